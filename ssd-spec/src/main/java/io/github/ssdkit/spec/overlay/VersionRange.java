package io.github.ssdkit.spec.overlay;

import io.github.ssdkit.spec.diff.SemVer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core spec versions an overlay applies to, written as Maven writes version ranges (the
 * notation a supplier's build already uses): {@code [1.0.0,2.0.0)} is 1.0.0 up to but not
 * including 2.0.0, {@code [1.2.0,)} is 1.2.0 or later, {@code [1.0.0]} is exactly 1.0.0, and a bare
 * {@code 1.0.0} also means exactly 1.0.0. Pre-release suffixes are ignored when comparing.
 *
 * @param lower the lowest version, or null for no lower bound
 * @param lowerInclusive whether {@code lower} itself is in the range
 * @param upper the highest version, or null for no upper bound
 * @param upperInclusive whether {@code upper} itself is in the range
 */
public record VersionRange(SemVer lower, boolean lowerInclusive, SemVer upper, boolean upperInclusive) {

  private static final Pattern RANGE = Pattern.compile("([\\[(])\\s*([^,\\s]*)\\s*(?:,\\s*([^\\])\\s]*)\\s*)?([\\])])");

  /** The range a text describes, or empty when it is not a range of semantic versions. */
  public static Optional<VersionRange> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    Optional<SemVer> exact = SemVer.parse(t);
    if (exact.isPresent()) {
      return Optional.of(new VersionRange(exact.get(), true, exact.get(), true));
    }
    Matcher m = RANGE.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean single = m.group(3) == null;
    if (single) {
      // [1.0.0] only: a single version in brackets is exact
      Optional<SemVer> v = SemVer.parse(m.group(2));
      return v.isPresent() && m.group(1).equals("[") && m.group(4).equals("]")
          ? Optional.of(new VersionRange(v.get(), true, v.get(), true)) : Optional.empty();
    }
    SemVer lower = null;
    SemVer upper = null;
    if (!m.group(2).isEmpty()) {
      lower = SemVer.parse(m.group(2)).orElse(null);
      if (lower == null) {
        return Optional.empty();
      }
    }
    if (!m.group(3).isEmpty()) {
      upper = SemVer.parse(m.group(3)).orElse(null);
      if (upper == null) {
        return Optional.empty();
      }
    }
    if (lower != null && upper != null && lower.compareTo(upper) > 0) {
      return Optional.empty();
    }
    return Optional.of(new VersionRange(lower, m.group(1).equals("["), upper, m.group(4).equals("]")));
  }

  public boolean contains(SemVer version) {
    if (lower != null) {
      int c = version.compareTo(lower);
      if (c < 0 || (c == 0 && !lowerInclusive)) {
        return false;
      }
    }
    if (upper != null) {
      int c = version.compareTo(upper);
      return c < 0 || (c == 0 && upperInclusive);
    }
    return true;
  }

  @Override
  public String toString() {
    if (lower != null && lower.equals(upper)) {
      return "[" + lower + "]";
    }
    return (lowerInclusive ? "[" : "(") + (lower == null ? "" : lower) + "," + (upper == null ? "" : upper)
        + (upperInclusive ? "]" : ")");
  }
}
