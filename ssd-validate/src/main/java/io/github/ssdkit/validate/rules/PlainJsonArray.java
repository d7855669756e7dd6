package io.github.ssdkit.validate.rules;

/**
 * Answers, in one pass over a JSON array cell's characters, whether it is surely valid with
 * nothing to report: a flat array (no escapes, no nesting, strict number syntax) whose items are
 * current codes of the column's set, or nulls; any plain items when the column has no set. False
 * says only "not surely": the caller then checks the cell the way that words the issues.
 * Stateless once built.
 */
final class PlainJsonArray {

  /** The items' code check, or null when any plain item will do. */
  private final CodeCheck items;

  PlainJsonArray(CodeCheck items) {
    this.items = items;
  }

  /**
   * Whether the cell is surely a flat array with no issue.
   *
   * @param s the cell
   * @return true when it is; false when it is not or might not be
   */
  boolean accepts(CharSequence s) {
    int n = s.length();
    int i = FlatJson.spaces(s, 0);
    if (i >= n || s.charAt(i) != '[') {
      return false;
    }
    i = FlatJson.spaces(s, i + 1);
    if (i < n && s.charAt(i) == ']') {
      return FlatJson.spaces(s, i + 1) == n;
    }
    while (true) {
      i = item(s, i);
      if (i < 0) {
        return false;
      }
      i = FlatJson.spaces(s, i);
      if (i >= n) {
        return false;
      }
      char c = s.charAt(i);
      if (c == ',') {
        i = FlatJson.spaces(s, i + 1);
      } else if (c == ']') {
        return FlatJson.spaces(s, i + 1) == n;
      } else {
        return false;
      }
    }
  }

  /** The end of the item starting at {@code i} when it is plainly valid, else -1. */
  private int item(CharSequence s, int i) {
    int n = s.length();
    if (i >= n) {
      return -1;
    }
    if (s.charAt(i) == '"') {
      int close = items != null ? items.currentCodeInString(s, i + 1) : plainStringEnd(s, i + 1);
      return close < 0 ? -1 : close + 1;
    }
    if (FlatJson.startsWith(s, i, "null")) {
      return i + 4; // a null item says nothing, in any column
    }
    if (items != null) {
      return -1; // a number or boolean may still be a code: the full check decides
    }
    if (FlatJson.startsWith(s, i, "true")) {
      return i + 4;
    }
    if (FlatJson.startsWith(s, i, "false")) {
      return i + 5;
    }
    return FlatJson.numberEnd(s, i);
  }

  /** The index of the closing quote of a string with no escape or control character, or -1. */
  private static int plainStringEnd(CharSequence s, int i) {
    return FlatJson.stringEnd(s, i);
  }
}
