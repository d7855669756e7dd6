package io.github.ssdkit.rules.lint;

import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import java.util.List;

/**
 * One independent check over a loaded catalogue, against the spec whose columns it names. Rules
 * never throw: they return every problem found, each with an id starting {@code rules.lint.}.
 */
public interface CatalogueRule {

  List<SpecProblem> check(RuleCatalogue catalogue, Spec spec);
}
