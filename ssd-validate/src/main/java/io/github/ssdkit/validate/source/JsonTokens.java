package io.github.ssdkit.validate.source;

/**
 * The small pieces of JSON syntax the quick JSON Lines scan reads in place over a char array:
 * whitespace, literals, numbers and the hexadecimal digits of unicode escapes. Each answers where
 * the piece ends, or -1 when it is not one (the scan then leaves the line to Jackson).
 */
final class JsonTokens {

  private JsonTokens() {}

  /** Skips JSON whitespace but LF, which ends a line (and a scan of the text past a line's end). */
  static int space(char[] s, int i, int to) {
    while (i < to) {
      char c = s[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return i;
      }
      i++;
    }
    return i;
  }

  /** The four hexadecimal digits at {@code i} as a number, or -1. */
  static int hex(char[] s, int i) {
    int v = 0;
    for (int k = i; k < i + 4; k++) {
      int d = Character.digit(s[k], 16);
      if (d < 0 || s[k] > 'f') {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  /** The end of the literal {@code word} at {@code i}, which must be followed by a delimiter, or -1. */
  static int word(char[] s, int i, int to, String word) {
    int end = i + word.length();
    if (end > to) {
      return -1;
    }
    for (int k = 0; k < word.length(); k++) {
      if (s[i + k] != word.charAt(k)) {
        return -1;
      }
    }
    return delimited(s, end, to) ? end : -1;
  }

  /** Whether a scalar ending at {@code i} is followed by what may follow a value. */
  static boolean delimited(char[] s, int i, int to) {
    if (i >= to) {
      return true;
    }
    char c = s[i];
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * The end of a JSON number at {@code i}, or -1; with {@code whole}, only an integer's form
   * (Jackson would rewrite {@code 12.0} in an integer column), and at most 100 characters.
   */
  static int number(char[] s, int i, int to, boolean whole) {
    int start = i;
    if (i < to && s[i] == '-') {
      i++;
    }
    int digits = i;
    while (i < to && s[i] >= '0' && s[i] <= '9') {
      i++;
    }
    if (i == digits || (s[digits] == '0' && i - digits > 1)) {
      return -1;
    }
    if (i < to && s[i] == '.') {
      int f = ++i;
      while (i < to && s[i] >= '0' && s[i] <= '9') {
        i++;
      }
      if (whole || i == f) {
        return -1;
      }
    }
    if (i < to && (s[i] == 'e' || s[i] == 'E')) {
      i++;
      if (i < to && (s[i] == '+' || s[i] == '-')) {
        i++;
      }
      int e = i;
      while (i < to && s[i] >= '0' && s[i] <= '9') {
        i++;
      }
      if (whole || i == e) {
        return -1;
      }
    }
    return i - start <= 100 && delimited(s, i, to) ? i : -1;
  }
}
