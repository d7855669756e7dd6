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

  /**
   * Turns a null component into the empty string.
   *
   * @param overlay the overlay's id, for example {@code la801}; empty for the core
   * @param version the overlay's version; empty for the core
   * @param prefix the prefix the overlay's names carry, for example {@code la801_}; empty for the core
   */
  public Origin {
    overlay = Objects.requireNonNullElse(overlay, "");
    version = Objects.requireNonNullElse(version, "");
    prefix = Objects.requireNonNullElse(prefix, "");
  }

  /** {@return whether this is the core: the overlay id is empty} */
  public boolean isCore() {
    return overlay.isEmpty();
  }

  /**
   * {@return {@code core}, or {@code overlay la801 1.0.0} (the version left out when empty): the
   * words generators print}
   */
  public String label() {
    return isCore() ? "core" : "overlay " + overlay + (version.isEmpty() ? "" : " " + version);
  }

  /** {@return the sentence generators add to the description of a local item; empty for the core} */
  public String localNote() {
    return isCore() ? "" : "Local item from " + label() + ", not part of the core SSD.";
  }

  /**
   * A description with the local note added.
   *
   * @param text an item's description, possibly blank
   * @return {@code text} unchanged for the core; otherwise {@code text}, stripped, followed by the
   *     local note, or the local note alone when {@code text} is blank
   */
  public String describe(String text) {
    if (isCore()) {
      return text;
    }
    return text.isBlank() ? localNote() : text.strip() + " " + localNote();
  }
}
