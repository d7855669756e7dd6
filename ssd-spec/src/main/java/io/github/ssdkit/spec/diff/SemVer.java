package io.github.ssdkit.spec.diff;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code MAJOR.MINOR.PATCH} with an optional pre-release suffix, which is kept
 * for display and ignored when comparing: {@code 2.0.0-rc.1} is a 2.0.0 in the making.
 *
 * @param major the first number, moved by changes that break data or code
 * @param minor the second number, moved by compatible additions
 * @param patch the third number, moved by fixes to documentation or wording
 * @param suffix the pre-release part with its leading dash, such as {@code -rc.1}, or empty
 */
public record SemVer(int major, int minor, int patch, String suffix) implements Comparable<SemVer> {

  private static final Pattern SHAPE = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})(-[0-9A-Za-z.-]+)?");

  /** The part of a version a change moves. */
  public enum Level {
    /** A fix: only documentation or words changed. */
    PATCH,
    /** A compatible addition. */
    MINOR,
    /** A change that breaks data or code. */
    MAJOR;

    /** {@return the name in lower case, as reports write it} */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Checks the components and puts defaults in place of nulls; lists are copied, so the value stays immutable.
   *
   * @param major the major version
   * @param minor the minor version
   * @param patch the patch version
   * @param suffix the pre-release suffix with its dash, such as {@code -rc.1}, or empty
   */
  public SemVer {
    suffix = suffix == null ? "" : suffix;
  }

  /**
   * Reads a version such as {@code 1.4.2} or {@code 2.0.0-rc.1}.
   *
   * @param text the text, or null
   * @return the version, or empty when the text is not one
   */
  public static Optional<SemVer> parse(String text) {
    Matcher m = text == null ? null : SHAPE.matcher(text.strip());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), m.group(4)));
  }

  /**
   * The next version at a level: 1.4.2 gives 2.0.0, 1.5.0 or 1.4.3.
   *
   * @param level the part to move
   * @return the next version
   */
  public SemVer next(Level level) {
    return switch (level) {
      case MAJOR -> new SemVer(major + 1, 0, 0, "");
      case MINOR -> new SemVer(major, minor + 1, 0, "");
      case PATCH -> new SemVer(major, minor, patch + 1, "");
    };
  }

  /** Compares major, minor and patch; the suffix does not count. */
  @Override
  public int compareTo(SemVer o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c == 0 ? Integer.compare(patch, o.patch) : c;
  }

  /**
   * The same major, minor and patch.
   *
   * @param o the other version
   * @return whether the two are the same version but for the suffix
   */
  public boolean sameCore(SemVer o) {
    return compareTo(o) == 0;
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch + suffix;
  }
}
