package io.github.ssdkit.spec;

/** How bad a problem is: errors make a spec unusable, warnings are worth a look. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
