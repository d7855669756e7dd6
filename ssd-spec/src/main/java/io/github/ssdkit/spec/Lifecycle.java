package io.github.ssdkit.spec;

import java.util.Arrays;
import java.util.Optional;

/** Where a table or field stands in the standard. */
public enum Lifecycle {
  /** Part of a published release: extracts are expected to hold it. */
  RELEASED("released"),
  /** Agreed in principle but not yet required; always optional. */
  PROPOSED("proposed"),
  /** Still accepted, due to be removed in a later major version. */
  DEPRECATED("deprecated");

  private final String specName;

  Lifecycle(String specName) {
    this.specName = specName;
  }

  /** {@return the name used in spec files, such as {@code released}} */
  public String specName() {
    return specName;
  }

  /**
   * The status by its spec-file name.
   *
   * @param name the name
   * @return the status, or empty when there is none of that name
   */
  public static Optional<Lifecycle> fromSpecName(String name) {
    return Arrays.stream(values()).filter(t -> t.specName.equals(name)).findFirst();
  }
}
