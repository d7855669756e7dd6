package io.github.ssdkit.validate.rules;

import java.util.Collection;

/**
 * The current (not withdrawn) codes of a code set in an open-addressing table, looked up by a
 * cell's characters in place: one hash over the characters and usually one comparison, no String.
 * Built once when a column's checks are compiled; at most half full, so a miss ends quickly.
 */
final class CodeTable {

  private final String[] slots;
  private final int mask;

  /**
   * A table of codes.
   *
   * @param codes the codes, each once
   */
  CodeTable(Collection<String> codes) {
    int size = Integer.highestOneBit(Math.max(4, codes.size() * 2 - 1)) << 1;
    slots = new String[size];
    mask = size - 1;
    for (String code : codes) {
      int i = hash(code) & mask;
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      slots[i] = code;
    }
  }

  /**
   * Whether the text is one of the codes.
   *
   * @param text the cell
   * @return true when it is
   */
  boolean contains(CharSequence text) {
    for (int i = hash(text) & mask; ; i = (i + 1) & mask) {
      String code = slots[i];
      if (code == null) {
        return false;
      }
      if (same(code, text)) {
        return true;
      }
    }
  }

  private static boolean same(String code, CharSequence text) {
    int n = code.length();
    if (n != text.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (code.charAt(i) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A polynomial hash over the characters, spread so that the low bits depend on all of them. */
  private static int hash(CharSequence text) {
    int h = text.length();
    for (int i = 0; i < text.length(); i++) {
      h = 31 * h + text.charAt(i);
    }
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
