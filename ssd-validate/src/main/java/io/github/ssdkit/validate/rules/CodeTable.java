package io.github.ssdkit.validate.rules;

import java.util.List;

/**
 * Short texts (a code set's current codes, its aliases, a JSON column's key names) in an
 * open-addressing table, looked up by a range of a cell's characters in place: one hash over the
 * characters and usually one comparison, no String. A lookup gives the text's position in the list
 * the table was built from. Built once when a column's checks are compiled; at most half full, so
 * a miss ends quickly.
 */
final class CodeTable {

  private final String[] slots;
  private final int[] positions;
  private final int mask;

  /**
   * A table of texts.
   *
   * @param texts the texts; a text listed twice is found at its last position, as a map would keep it
   */
  CodeTable(List<String> texts) {
    int size = Integer.highestOneBit(Math.max(4, texts.size() * 2 - 1)) << 1;
    slots = new String[size];
    positions = new int[size];
    mask = size - 1;
    for (int p = 0; p < texts.size(); p++) {
      String text = texts.get(p);
      int i = hash(text, 0, text.length()) & mask;
      while (slots[i] != null && !slots[i].equals(text)) {
        i = (i + 1) & mask;
      }
      slots[i] = text;
      positions[i] = p;
    }
  }

  /**
   * Whether the text is one of the table's.
   *
   * @param text the cell
   * @return true when it is
   */
  boolean contains(CharSequence text) {
    return indexOf(text, 0, text.length()) >= 0;
  }

  /**
   * Where {@code text[from, to)} is in the list the table was built from.
   *
   * @param text the characters
   * @param from where the range starts
   * @param to where it ends
   * @return the position, or -1 when it is none of the texts
   */
  int indexOf(CharSequence text, int from, int to) {
    for (int i = hash(text, from, to) & mask; ; i = (i + 1) & mask) {
      String code = slots[i];
      if (code == null) {
        return -1;
      }
      if (same(code, text, from, to)) {
        return positions[i];
      }
    }
  }

  private static boolean same(String code, CharSequence text, int from, int to) {
    int n = code.length();
    if (n != to - from) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (code.charAt(i) != text.charAt(from + i)) {
        return false;
      }
    }
    return true;
  }

  /** A polynomial hash of a range, spread so that the low bits depend on all of it. */
  private static int hash(CharSequence text, int from, int to) {
    int h = to - from;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
