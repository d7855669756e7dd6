package io.github.ssdkit.spec;

/** How bad a problem is: errors make a spec unusable, warnings are worth a look. */
public enum Severity {
  /** Something is wrong: a spec with an error is unusable, a row with one is invalid. */
  ERROR,
  /** Worth a look, but not wrong. */
  WARNING;

  /** {@return the name in lower case, as reports write it} */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
