package io.github.ssdkit.spec.overlay;

import io.github.ssdkit.spec.Overlay;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.InvalidSpecException;
import io.github.ssdkit.spec.load.LoadResult;
import java.util.List;
import java.util.Optional;

/**
 * What merging overlays into a core spec gave: the merged spec (when the core could be read), the
 * overlays as read, in the order applied, and every problem, sorted by file and line: loading the
 * core and each overlay, the overlay rules (prefix, core version, forbidden changes) and the lint
 * rules over the merged spec. A result with error problems is for showing problems only, never for
 * generating code or validating data.
 *
 * @param spec the merged spec, or null when the core could not be read
 * @param overlays the overlays that were read and applied, in order; an overlay that could not be
 *     read or was listed twice is left out
 * @param problems every problem, sorted by file and line
 */
public record MergeResult(Spec spec, List<Overlay> overlays, List<SpecProblem> problems) {

  /**
   * Copies the lists, so the result is immutable.
   *
   * @param spec the merged spec, or null when the core could not be read
   * @param overlays the overlays that were read and applied, in order; an overlay that could not be
   *     read or was listed twice is left out
   * @param problems every problem, sorted by file and line
   */
  public MergeResult {
    overlays = List.copyOf(overlays);
    problems = List.copyOf(problems);
  }

  /** {@return the merged spec, or empty when the core could not be read} */
  public Optional<Spec> specIfPresent() {
    return Optional.ofNullable(spec);
  }

  /** {@return whether there is no merged spec or any problem is an error} */
  public boolean hasErrors() {
    return spec == null || problems.stream().anyMatch(SpecProblem::isError);
  }

  /** {@return the problems that are errors, in the order of {@link #problems()}} */
  public List<SpecProblem> errors() {
    return problems.stream().filter(SpecProblem::isError).toList();
  }

  /**
   * {@return the merged spec, when there are no errors}
   *
   * @throws InvalidSpecException listing every error, when there is any
   */
  public Spec orThrow() {
    if (hasErrors()) {
      throw new InvalidSpecException(errors());
    }
    return spec;
  }

  /** {@return the same spec and problems as a {@link LoadResult}, for code that takes one} */
  public LoadResult asLoadResult() {
    return new LoadResult(spec, problems);
  }
}
