package io.github.ssdkit.spec.diff;

/**
 * What one change between two spec versions does to those who use the spec, from worst to
 * harmless. Each change carries the worst class that applies: a removed column breaks both data
 * and code, and is reported as breaking data.
 */
public enum Impact {
  /** Data valid under the old version can fail the new one: a major version. */
  BREAKING_DATA("breaking-data", SemVer.Level.MAJOR, "Breaking for data"),
  /** Data stays valid, but code built on the generated Java API no longer compiles: a major version. */
  BREAKING_CODE("breaking-code", SemVer.Level.MAJOR, "Breaking for code"),
  /** Old data stays valid and old code still compiles; new things may be used: a minor version. */
  COMPATIBLE("compatible", SemVer.Level.MINOR, "Compatible"),
  /** Descriptions, notes, guidance and other words only: a patch version. */
  DOCS_ONLY("docs-only", SemVer.Level.PATCH, "Documentation only");

  private final String id;
  private final SemVer.Level bump;
  private final String heading;

  Impact(String id, SemVer.Level bump, String heading) {
    this.id = id;
    this.bump = bump;
    this.heading = heading;
  }

  /**
   * The stable name used in JSON output, for example {@code breaking-data}.
   *
   * @return the name
   */
  public String id() {
    return id;
  }

  /**
   * The smallest version bump a change of this class needs.
   *
   * @return the level
   */
  public SemVer.Level bump() {
    return bump;
  }

  /**
   * A heading for text and Markdown output.
   *
   * @return the heading
   */
  public String heading() {
    return heading;
  }

  /** {@return whether a change of this class breaks data or code, so needs a major version} */
  public boolean isBreaking() {
    return bump == SemVer.Level.MAJOR;
  }
}
