package io.github.ssdkit.validate.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A few short texts (a JSON column's key names, a small code set's current codes) matched against the
 * inside of a JSON string in place, in one read of its characters: the candidates are those
 * whose first two characters fall in the string's bucket, and a candidate matches when its
 * characters and then a closing quote agree with the string's. Texts that hold a quote, a
 * backslash or a control character are never matched: the caller then takes its slower way,
 * which finds them. Texts of a bucket are tried one by one, so this suits tens of texts, not
 * hundreds.
 */
final class QuotedTexts {

  /** Buckets by a text's first two characters (a one-character text's second is its closing quote). */
  private static final int BUCKETS = 64;

  /** Every text followed by its closing quote, one after another, so one loop checks both. */
  private final char[] pool;
  private final int[] offsets;
  /** Each text's length with its closing quote. */
  private final int[] quotedLengths;
  private final int[] positions;
  /** The texts of bucket {@code b} are {@code inBucket[bucketStart[b]]} to {@code inBucket[bucketStart[b + 1] - 1]}. */
  private final int[] bucketStart = new int[BUCKETS + 1];
  private final int[] inBucket;

  /**
   * A table of texts.
   *
   * @param list the texts; a text listed twice is matched at its last position, as a map would keep it
   */
  QuotedTexts(List<String> list) {
    Map<String, Integer> last = new LinkedHashMap<>();
    for (int p = 0; p < list.size(); p++) {
      if (matchable(list.get(p))) {
        last.put(list.get(p), p);
      }
    }
    List<String> texts = new ArrayList<>(last.keySet());
    positions = last.values().stream().mapToInt(Integer::intValue).toArray();
    offsets = new int[texts.size()];
    quotedLengths = new int[texts.size()];
    StringBuilder all = new StringBuilder();
    int[] counts = new int[BUCKETS];
    for (int t = 0; t < texts.size(); t++) {
      String text = texts.get(t);
      offsets[t] = all.length();
      quotedLengths[t] = text.length() + 1;
      all.append(text).append('"');
      counts[bucket(text.charAt(0), text.length() > 1 ? text.charAt(1) : '"')]++;
    }
    pool = all.toString().toCharArray();
    for (int b = 0; b < BUCKETS; b++) {
      bucketStart[b + 1] = bucketStart[b] + counts[b];
    }
    inBucket = new int[texts.size()];
    int[] filled = Arrays.copyOf(bucketStart, BUCKETS);
    for (int t = 0; t < texts.size(); t++) {
      String text = texts.get(t);
      inBucket[filled[bucket(text.charAt(0), text.length() > 1 ? text.charAt(1) : '"')]++] = t;
    }
  }

  private static int bucket(char first, char second) {
    return (first * 31 + second) & (BUCKETS - 1);
  }

  private static boolean matchable(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20) {
        return false;
      }
    }
    return true;
  }

  /**
   * Which text the JSON string whose inside starts at {@code at} holds.
   *
   * @param s the cell
   * @param at the first character after the string's opening quote
   * @return a match for {@link #length} and {@link #position}, or -1 when it holds none of the texts
   */
  int match(CharSequence s, int at) {
    int n = s.length();
    if (at + 1 >= n) {
      return -1;
    }
    int b = bucket(s.charAt(at), s.charAt(at + 1));
    for (int e = bucketStart[b]; e < bucketStart[b + 1]; e++) {
      int t = inBucket[e];
      if (at + quotedLengths[t] <= n && sameAt(s, at, offsets[t], quotedLengths[t])) {
        return t;
      }
    }
    return -1;
  }

  /**
   * The length of the text {@link #match} found.
   *
   * @param t what {@link #match} returned
   * @return its length
   */
  int length(int t) {
    return quotedLengths[t] - 1;
  }

  /**
   * The position in the list the table was built from of the text {@link #match} found.
   *
   * @param t what {@link #match} returned
   * @return its position
   */
  int position(int t) {
    return positions[t];
  }

  /** Whether {@code s} holds the pool's {@code count} characters from {@code offset} at {@code at}. */
  private boolean sameAt(CharSequence s, int at, int offset, int count) {
    for (int i = 0; i < count; i++) {
      if (s.charAt(at + i) != pool[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
