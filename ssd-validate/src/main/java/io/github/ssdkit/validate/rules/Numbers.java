package io.github.ssdkit.validate.rules;

import java.math.BigDecimal;

/** Allocation-free checks of number texts (in place, on any character sequence), and short forms of values for messages. */
final class Numbers {

  private Numbers() {}

  static boolean isInteger(CharSequence s) {
    int i = signed(s) ? 1 : 0;
    if (i == s.length() || s.length() - i > 18) {
      return false;
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean isDecimal(CharSequence s) {
    int i = signed(s) ? 1 : 0;
    boolean digits = false;
    boolean point = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digits && s.length() <= 40;
  }

  private static boolean signed(CharSequence s) {
    return s.length() > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+');
  }

  /**
   * The value of an integer text ({@link #isInteger} true), read in place.
   *
   * @param s the text
   * @return its value
   */
  static long parseInteger(CharSequence s) {
    boolean negative = s.charAt(0) == '-';
    long v = 0;
    for (int i = signed(s) ? 1 : 0; i < s.length(); i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return negative ? -v : v;
  }

  static BigDecimal parse(String s) {
    try {
      return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A value short enough to quote in a one-line message. */
  static String clip(String value) {
    return value.length() <= 60 ? value : io.github.ssdkit.validate.report.Issue.cut(value, 57) + "...";
  }
}
