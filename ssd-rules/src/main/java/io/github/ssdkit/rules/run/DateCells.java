package io.github.ssdkit.rules.run;

/**
 * ISO date and date-time texts packed into a {@code long}, so that a frame keeps 8 bytes for such a
 * cell instead of a string: most dates of an extract are date-times, nearly every one different.
 * Only the exact shapes {@code yyyy-MM-dd}, {@code yyyy-MM-ddTHH:mm} and {@code yyyy-MM-ddTHH:mm:ss}
 * (digits and separators only, not checked as a calendar date) are packed; unpacking gives the text
 * back character for character. Any other text is left as text.
 */
final class DateCells {

  /** What {@link #pack} gives for a text of another shape; no packed text is 0. */
  static final long NOT_PACKED = 0;

  private static final String[] SHAPES = {null, "dddd-dd-dd", "dddd-dd-ddTdd:dd", "dddd-dd-ddTdd:dd:dd"};

  private DateCells() {}

  /** The text's digits with its shape (1 to 3) in the two lowest bits, or {@link #NOT_PACKED}. */
  static long pack(String text) {
    for (int shape = 1; shape < SHAPES.length; shape++) {
      String s = SHAPES[shape];
      if (text.length() == s.length()) {
        long digits = 0;
        for (int i = 0; i < s.length(); i++) {
          char c = text.charAt(i);
          if (s.charAt(i) == 'd') {
            if (c < '0' || c > '9') {
              return NOT_PACKED;
            }
            digits = digits * 10 + (c - '0');
          } else if (c != s.charAt(i)) {
            return NOT_PACKED;
          }
        }
        return digits << 2 | shape;
      }
    }
    return NOT_PACKED;
  }

  /** The text {@link #pack} was given. */
  static String unpack(long packed) {
    String s = SHAPES[(int) (packed & 3)];
    long digits = packed >>> 2;
    char[] out = s.toCharArray();
    for (int i = out.length - 1; i >= 0; i--) {
      if (out[i] == 'd') {
        out[i] = (char) ('0' + digits % 10);
        digits /= 10;
      }
    }
    return new String(out);
  }
}
