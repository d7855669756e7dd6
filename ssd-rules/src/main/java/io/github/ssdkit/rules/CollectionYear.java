package io.github.ssdkit.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A collection year, written {@code 2025-26}: the return covers 1 April of the first year to 31
 * March of the second, and is made after that.
 */
public record CollectionYear(int startYear) implements Comparable<CollectionYear> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})");

  public CollectionYear {
    if (startYear < 1990 || startYear > 2999) {
      throw new IllegalArgumentException("collection year starting in " + startYear + " is out of range");
    }
  }

  /** Parses {@code 2025-26}; empty when the text is not of that form or the years do not follow on. */
  public static Optional<CollectionYear> parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if ((start + 1) % 100 != end || start < 1990 || start > 2998) {
      return Optional.empty();
    }
    return Optional.of(new CollectionYear(start));
  }

  @Override
  public int compareTo(CollectionYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
  }
}
