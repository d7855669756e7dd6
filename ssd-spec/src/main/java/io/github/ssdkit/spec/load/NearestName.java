package io.github.ssdkit.spec.load;

import java.util.Optional;
import java.util.Set;

/** The one allowed name a misspelt name most likely meant, for "did you mean" in messages. */
public final class NearestName {

  private NearestName() {}

  /**
   * The allowed name within two edits of {@code name} (one for names of four letters or fewer),
   * when exactly one is; the spec loader's messages use the same rule.
   *
   * @param name the name as written
   * @param allowed the names it may have meant
   * @return the only close name, or empty when none or several are close
   */
  public static Optional<String> among(String name, Set<String> allowed) {
    return Optional.ofNullable(MapReader.nearest(name, allowed));
  }
}
