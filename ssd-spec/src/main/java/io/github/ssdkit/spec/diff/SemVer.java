package io.github.ssdkit.spec.diff;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code MAJOR.MINOR.PATCH} with an optional pre-release suffix, which is kept
 * for display and ignored when comparing: {@code 2.0.0-rc.1} is a 2.0.0 in the making.
 */
public record SemVer(int major, int minor, int patch, String suffix) implements Comparable<SemVer> {

  private static final Pattern SHAPE = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})(-[0-9A-Za-z.-]+)?");

  /** The part of a version a change moves. */
  public enum Level {
    PATCH, MINOR, MAJOR;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public SemVer {
    suffix = suffix == null ? "" : suffix;
  }

  public static Optional<SemVer> parse(String text) {
    Matcher m = text == null ? null : SHAPE.matcher(text.strip());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), m.group(4)));
  }

  /** The next version at a level: 1.4.2 gives 2.0.0, 1.5.0 or 1.4.3. */
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

  /** The same major, minor and patch. */
  public boolean sameCore(SemVer o) {
    return compareTo(o) == 0;
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch + suffix;
  }
}
