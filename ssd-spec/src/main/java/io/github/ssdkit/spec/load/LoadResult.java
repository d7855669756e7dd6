package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import java.util.List;
import java.util.Optional;

/**
 * What loading a spec gave: the spec itself (when the manifest could be read at all) and every
 * problem found on the way. A spec with error problems is partial: use it to show more problems,
 * never to generate code or validate data.
 */
public record LoadResult(Spec spec, List<SpecProblem> problems) {

  public LoadResult {
    problems = List.copyOf(problems);
  }

  public Optional<Spec> specIfPresent() {
    return Optional.ofNullable(spec);
  }

  public boolean hasErrors() {
    return spec == null || problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  public List<SpecProblem> errors() {
    return problems.stream().filter(SpecProblem::isError).toList();
  }

  /** The spec, or an exception listing every error when there is any. */
  public Spec orThrow() {
    if (hasErrors()) {
      throw new InvalidSpecException(errors());
    }
    return spec;
  }
}
