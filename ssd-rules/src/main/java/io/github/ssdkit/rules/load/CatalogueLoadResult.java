package io.github.ssdkit.rules.load;

import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.spec.SpecProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What loading the catalogue gave: the packs that could be read and every problem found. With
 * error problems the catalogue is partial: use it to show more problems, not to validate data.
 */
public record CatalogueLoadResult(RuleCatalogue catalogue, List<SpecProblem> problems) {

  public CatalogueLoadResult {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(SpecProblem::isError);
  }

  /** The catalogue, or an exception listing every error when there is any. */
  public RuleCatalogue orThrow() {
    if (hasErrors()) {
      throw new IllegalStateException(problems.size() + " problem(s) in the rule catalogue:\n"
          + problems.stream().map(SpecProblem::toString).collect(Collectors.joining("\n")));
    }
    return catalogue;
  }
}
