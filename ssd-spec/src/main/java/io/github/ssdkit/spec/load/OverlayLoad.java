package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.Overlay;
import io.github.ssdkit.spec.SpecProblem;
import java.util.List;
import java.util.Optional;

/**
 * What reading one overlay gave: the overlay as written (when its manifest could be read) and every
 * problem found in its files. Judging it against the core is the overlay merger's job.
 */
public record OverlayLoad(Overlay overlay, List<SpecProblem> problems) {

  public OverlayLoad {
    problems = List.copyOf(problems);
  }

  public Optional<Overlay> overlayIfPresent() {
    return Optional.ofNullable(overlay);
  }
}
