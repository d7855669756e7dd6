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
 */
public record MergeResult(Spec spec, List<Overlay> overlays, List<SpecProblem> problems) {

  public MergeResult {
    overlays = List.copyOf(overlays);
    problems = List.copyOf(problems);
  }

  public Optional<Spec> specIfPresent() {
    return Optional.ofNullable(spec);
  }

  public boolean hasErrors() {
    return spec == null || problems.stream().anyMatch(SpecProblem::isError);
  }

  public List<SpecProblem> errors() {
    return problems.stream().filter(SpecProblem::isError).toList();
  }

  /** The merged spec, or an exception listing every error when there is any. */
  public Spec orThrow() {
    if (hasErrors()) {
      throw new InvalidSpecException(errors());
    }
    return spec;
  }

  /** The same spec and problems as a {@link LoadResult}, for code that takes one. */
  public LoadResult asLoadResult() {
    return new LoadResult(spec, problems);
  }
}
