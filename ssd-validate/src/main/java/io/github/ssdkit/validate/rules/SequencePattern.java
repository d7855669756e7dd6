package io.github.ssdkit.validate.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A declared pattern of the simplest and most common kind, matched by hand instead of by
 * {@link Pattern}: every cell of a column with a pattern is tested, and a
 * {@code Matcher} per cell showed up in profiles.
 *
 * <p>The kind: optionally {@code ^}, then a sequence of items, optionally {@code $}. An item is a
 * letter or digit, or a class {@code [...]} of letters, digits and ranges between two of them (no
 * negation), followed by no count or by {@code {n}}, {@code {n,m}}, {@code ?}, {@code *} or
 * {@code +}. Anything else ({@code .}, groups, alternatives, escapes, flags, lazy or possessive
 * counts) is not this kind, and {@link #of} returns empty so the caller keeps the regular
 * expression. For this kind the answer is the same as {@code Pattern.matches}: the whole value
 * must match (so the anchors change nothing), only ASCII characters can match an item (so a value
 * with any other character, or a line break, never matches), and every way of dividing the value
 * among the items is tried, by tracking the set of positions each item can end at, in time
 * proportional to the value's length times the number of items, never by backtracking. When every
 * item but the last has an exact count, as in the usual patterns, one walk from the left decides.
 * {@code SequencePatternPropertyTest} compares the two on random patterns and values.
 */
final class SequencePattern {

  /** The most repetitions an item may declare; larger counts stay with the regular expression. */
  private static final int MAX_COUNT = 1000;
  /** The count of {@code *} and {@code +}: no limit. */
  private static final int UNBOUNDED = Integer.MAX_VALUE;

  /** Items in order: which ASCII characters each accepts, and how many times. */
  private final boolean[][] accepts;
  private final int[] min;
  private final int[] max;
  private final int minLength;
  /** Whether every item but the last has one exact count, so one left-to-right walk decides. */
  private final boolean fixedUntilLast;

  private SequencePattern(List<boolean[]> accepts, List<int[]> counts) {
    this.accepts = accepts.toArray(new boolean[0][]);
    this.min = counts.stream().mapToInt(c -> c[0]).toArray();
    this.max = counts.stream().mapToInt(c -> c[1]).toArray();
    int least = 0;
    for (int m : min) {
      least += m;
    }
    this.minLength = least;
    boolean fixed = true;
    for (int i = 0; i + 1 < min.length; i++) {
      fixed &= min[i] == max[i];
    }
    this.fixedUntilLast = fixed;
  }

  /**
   * A test of whole values against a declared pattern: by hand when it is of the simple kind
   * described above, else by the regular expression.
   *
   * @param regex a Java regular expression
   * @return whether a value matches all of it
   * @throws java.util.regex.PatternSyntaxException when the expression is not valid
   */
  static Predicate<CharSequence> matcher(String regex) {
    Optional<SequencePattern> sequence = of(regex);
    if (sequence.isPresent()) {
      return sequence.get()::matches;
    }
    Pattern pattern = Pattern.compile(regex);
    return value -> pattern.matcher(value).matches();
  }

  /**
   * The pattern as a sequence, when it is of the simple kind described above.
   *
   * @param regex a Java regular expression
   * @return the sequence, or empty when the regular expression must be used
   */
  static Optional<SequencePattern> of(String regex) {
    int n = regex.length();
    int i = 0;
    if (i < n && regex.charAt(i) == '^') {
      i++;
    }
    if (n > i && regex.charAt(n - 1) == '$') {
      n--;
    }
    List<boolean[]> accepts = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    while (i < n) {
      char c = regex.charAt(i);
      boolean[] set = new boolean[128];
      if (alphanumeric(c)) {
        set[c] = true;
        i++;
      } else if (c == '[') {
        i = readClass(regex, i + 1, n, set);
        if (i < 0) {
          return Optional.empty();
        }
      } else {
        return Optional.empty();
      }
      int[] count = {1, 1};
      i = readCount(regex, i, n, count);
      if (i < 0) {
        return Optional.empty();
      }
      accepts.add(set);
      counts.add(count);
    }
    return Optional.of(new SequencePattern(accepts, counts));
  }

  /** Reads a class's members after its {@code [}; the index after its {@code ]}, or -1. */
  private static int readClass(String regex, int i, int n, boolean[] set) {
    boolean any = false;
    while (i < n && regex.charAt(i) != ']') {
      char from = regex.charAt(i);
      if (!alphanumeric(from)) {
        return -1;
      }
      char to = from;
      if (i + 2 < n && regex.charAt(i + 1) == '-' && regex.charAt(i + 2) != ']') {
        to = regex.charAt(i + 2);
        if (!alphanumeric(to) || to < from) {
          return -1;
        }
        i += 3;
      } else {
        i++;
      }
      for (char x = from; x <= to; x++) {
        set[x] = true;
      }
      any = true;
    }
    return i < n && any ? i + 1 : -1;
  }

  /** Reads an optional count into {@code count}; the index after it, or -1 when it is not simple. */
  private static int readCount(String regex, int i, int n, int[] count) {
    if (i >= n) {
      return i;
    }
    char c = regex.charAt(i);
    if (c == '?' || c == '*' || c == '+') {
      count[0] = c == '+' ? 1 : 0;
      count[1] = c == '?' ? 1 : UNBOUNDED;
      i++;
    } else if (c == '{') {
      int close = regex.indexOf('}', i);
      if (close < 0 || close >= n) {
        return -1;
      }
      String[] parts = regex.substring(i + 1, close).split(",", -1);
      if (parts.length > 2 || !number(parts[0]) || (parts.length == 2 && !number(parts[1]))) {
        return -1;
      }
      count[0] = Integer.parseInt(parts[0]);
      count[1] = parts.length == 1 ? count[0] : Integer.parseInt(parts[1]);
      if (count[1] < count[0] || count[1] > MAX_COUNT) {
        return -1;
      }
      i = close + 1;
    } else {
      return i;
    }
    // a lazy or possessive count, or a count of a count: leave it to the regular expression
    return i < n && (regex.charAt(i) == '?' || regex.charAt(i) == '+' || regex.charAt(i) == '*'
        || regex.charAt(i) == '{') ? -1 : i;
  }

  private static boolean number(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean alphanumeric(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * Whether the whole value matches.
   *
   * @param value the cell text
   * @return the same answer as {@code Pattern.matches(regex, value)}
   */
  boolean matches(CharSequence value) {
    int n = value.length();
    if (n < minLength) {
      return false;
    }
    if (fixedUntilLast) {
      return matchesFixedUntilLast(value);
    }
    // reach[p]: some division of value[0, p) among the items so far matches them
    boolean[] reach = new boolean[n + 1];
    reach[0] = true;
    int[] runEnd = new int[n + 1];
    int[] starts = new int[n + 2];
    for (int item = 0; item < accepts.length; item++) {
      boolean[] set = accepts[item];
      // runEnd[p]: the end of the longest run of characters in the set from p
      runEnd[n] = n;
      for (int p = n - 1; p >= 0; p--) {
        char c = value.charAt(p);
        runEnd[p] = c < 128 && set[c] ? runEnd[p + 1] : p;
      }
      // each reachable p reaches every q in [p + min, min(runEnd[p], p + max)]: add the intervals
      Arrays.fill(starts, 0);
      boolean anyReached = false;
      for (int p = 0; p <= n; p++) {
        if (!reach[p]) {
          continue;
        }
        long from = (long) p + min[item];
        long to = Math.min(runEnd[p], (long) p + max[item]);
        if (from <= to) {
          starts[(int) from]++;
          starts[(int) to + 1]--;
          anyReached = true;
        }
      }
      if (!anyReached) {
        return false;
      }
      int open = 0;
      for (int q = 0; q <= n; q++) {
        open += starts[q];
        reach[q] = open > 0;
      }
    }
    return reach[n];
  }

  /** The common shape ({@code SW[0-9]{1,10}}): the fixed items take exactly their count, the last the rest. */
  private boolean matchesFixedUntilLast(CharSequence value) {
    int n = value.length();
    int at = 0;
    int last = accepts.length - 1;
    for (int item = 0; item < last; item++) {
      int end = at + min[item];
      if (run(value, at, accepts[item], end) != end) {
        return false;
      }
      at = end;
    }
    if (last < 0) {
      return n == 0;
    }
    int rest = n - at;
    return rest >= min[last] && rest <= max[last] && run(value, at, accepts[last], n) == n;
  }

  /** How far from {@code from} (up to {@code limit}) the characters are all in the set. */
  private static int run(CharSequence value, int from, boolean[] set, int limit) {
    int i = from;
    while (i < limit) {
      char c = value.charAt(i);
      if (c >= 128 || !set[c]) {
        break;
      }
      i++;
    }
    return i;
  }
}
