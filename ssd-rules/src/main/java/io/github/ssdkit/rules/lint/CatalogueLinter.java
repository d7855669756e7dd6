package io.github.ssdkit.rules.lint;

import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.rules.load.CatalogueLoadResult;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs catalogue rules against a spec and returns every problem, sorted by file and line.
 *
 * <pre>{@code
 * List<SpecProblem> problems = CatalogueLinter.standard().lint(CatalogueLoader.bundled(), spec);
 * }</pre>
 */
public final class CatalogueLinter {

  private final List<CatalogueRule> rules;

  public CatalogueLinter(List<CatalogueRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules every catalogue must pass, the bundled one included. */
  public static CatalogueLinter standard() {
    return new CatalogueLinter(List.of(
        new ColumnsExistRule(),
        new UniqueCodesRule(),
        new YearsRule(),
        new StatusReasonRule(),
        new SeverityRule()));
  }

  public List<SpecProblem> lint(RuleCatalogue catalogue, Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (CatalogueRule rule : rules) {
      out.addAll(rule.check(catalogue, spec));
    }
    out.sort(SpecProblem.BY_LOCATION);
    return List.copyOf(out);
  }

  /** Loading problems followed by lint problems over whatever could be loaded. */
  public List<SpecProblem> lint(CatalogueLoadResult loaded, Spec spec) {
    List<SpecProblem> out = new ArrayList<>(loaded.problems());
    out.addAll(lint(loaded.catalogue(), spec));
    out.sort(SpecProblem.BY_LOCATION);
    return List.copyOf(out);
  }
}
