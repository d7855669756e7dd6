package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.Overlay;
import io.github.ssdkit.spec.SpecProblem;
import java.util.List;
import java.util.Optional;

/**
 * What reading one overlay gave: the overlay as written (when its manifest could be read) and every
 * problem found in its files. Judging it against the core is the overlay merger's job.
 *
 * @param overlay the overlay as written, or null when its manifest could not be read
 * @param problems every problem found in its files
 */
public record OverlayLoad(Overlay overlay, List<SpecProblem> problems) {

  /**
   * Copies the problems, so the result is immutable.
   *
   * @param overlay the overlay as written, or null when its manifest could not be read
   * @param problems every problem found in its files
   */
  public OverlayLoad {
    problems = List.copyOf(problems);
  }

  /** {@return the overlay, or empty when its manifest could not be read} */
  public Optional<Overlay> overlayIfPresent() {
    return Optional.ofNullable(overlay);
  }
}
