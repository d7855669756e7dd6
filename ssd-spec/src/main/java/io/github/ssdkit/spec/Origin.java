package io.github.ssdkit.spec;

import java.util.Objects;

/**
 * Where an item of a merged spec comes from: the core SSD, or a named overlay at a version.
 * Generators print {@link #label()} beside every local item, so a reader of the Javadoc, a schema
 * or a docs page can tell a local table, column, code or check from the standard.
 *
 * @param overlay the overlay's id, for example {@code la801}; empty for the core
 * @param version the overlay's version; empty for the core
 * @param prefix the prefix the overlay's names carry, for example {@code la801_}; empty for the core
 */
public record Origin(String overlay, String version, String prefix) {

  /** The core spec. */
  public static final Origin CORE = new Origin("", "", "");

  public Origin {
    overlay = Objects.requireNonNullElse(overlay, "");
    version = Objects.requireNonNullElse(version, "");
    prefix = Objects.requireNonNullElse(prefix, "");
  }

  public boolean isCore() {
    return overlay.isEmpty();
  }

  /** {@code core}, or {@code overlay la801 1.0.0}: the words generators print. */
  public String label() {
    return isCore() ? "core" : "overlay " + overlay + (version.isEmpty() ? "" : " " + version);
  }

  /** The sentence generators add to the description of a local item; empty for the core. */
  public String localNote() {
    return isCore() ? "" : "Local item from " + label() + ", not part of the core SSD.";
  }

  /** {@code text} followed by the local note, or {@code text} alone for a core item. */
  public String describe(String text) {
    if (isCore()) {
      return text;
    }
    return text.isBlank() ? localNote() : text.strip() + " " + localNote();
  }
}
