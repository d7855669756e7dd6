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
 *
 * @param spec the spec that was read, possibly partial, or null when not even the manifest could be read
 * @param problems every problem found while loading, in the order found
 */
public record LoadResult(Spec spec, List<SpecProblem> problems) {

  /**
   * Checks the components and puts defaults in place of nulls; lists are copied, so the value stays immutable.
   *
   * @param spec the spec, or null when not even the manifest could be read
   * @param problems every problem found, in the order found
   */
  public LoadResult {
    problems = List.copyOf(problems);
  }

  /** {@return the spec, possibly partial, or empty when none could be read} */
  public Optional<Spec> specIfPresent() {
    return Optional.ofNullable(spec);
  }

  /** {@return whether there is no spec or any problem is an error} */
  public boolean hasErrors() {
    return spec == null || problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  /** {@return the problems that are errors} */
  public List<SpecProblem> errors() {
    return problems.stream().filter(SpecProblem::isError).toList();
  }

  /**
   * The spec, or an exception listing every error when there is any.
   *
   * @return the spec
   * @throws InvalidSpecException when there is an error
   */
  public Spec orThrow() {
    if (hasErrors()) {
      throw new InvalidSpecException(errors());
    }
    return spec;
  }
}
