package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import java.util.List;

/**
 * One independent check over a loaded spec. Rules never throw for a bad spec: they return every
 * problem they find, each with a rule id that starts with {@code lint.}.
 */
public interface LintRule {

  /**
   * Checks a loaded spec.
   *
   * @param spec the spec
   * @return the problems found, empty when none
   */
  List<SpecProblem> check(Spec spec);
}
