package io.github.ssdkit.rules.run;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Cell texts packed into a {@code long}, so that a frame keeps 8 bytes for such a cell instead of
 * a string that would live as long as the frame: ISO dates and date-times (most dates of an
 * extract are date-times, nearly every one different) and whole numbers (most ids). Only exact
 * shapes are packed, so that unpacking gives the text back character for character:
 * {@code yyyy-MM-dd}, {@code yyyy-MM-ddTHH:mm} and {@code yyyy-MM-ddTHH:mm:ss} (digits and
 * separators, not checked as a calendar date), and 1 to 18 digits without a leading zero (or
 * {@code 0}). Any other text is left as text. Two texts pack to the same number only when equal.
 */
final class PackedCells {

  /** What {@link #pack} gives for a text of another shape; no packed text is 0. */
  static final long NOT_PACKED = 0;

  /** The shape tags in the three lowest bits: 1 to 3 the date shapes below, 4 a whole number. */
  private static final String[] DATE_SHAPES = {null, "dddd-dd-dd", "dddd-dd-ddTdd:dd", "dddd-dd-ddTdd:dd:dd"};
  private static final int WHOLE_NUMBER = 4;
  private static final int TAG_BITS = 3;
  private static final int MAX_DIGITS = 18;

  private PackedCells() {}

  /** The text's digits above its shape tag, or {@link #NOT_PACKED}. */
  static long pack(String text) {
    int n = text.length();
    if (n == 0) {
      return NOT_PACKED;
    }
    char first = text.charAt(0);
    if (first < '0' || first > '9') {
      return NOT_PACKED;
    }
    long number = wholeNumber(text);
    if (number >= 0) {
      return number << TAG_BITS | WHOLE_NUMBER;
    }
    for (int shape = 1; shape < DATE_SHAPES.length; shape++) {
      if (n == DATE_SHAPES[shape].length()) {
        return packDate(text, DATE_SHAPES[shape], shape);
      }
    }
    return NOT_PACKED;
  }

  /** The value of a text of digits only, without a leading zero unless it is {@code 0}; else -1. */
  private static long wholeNumber(String text) {
    if (text.length() > MAX_DIGITS || text.length() > 1 && text.charAt(0) == '0') {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static long packDate(String text, String shape, int tag) {
    long digits = 0;
    for (int i = 0; i < shape.length(); i++) {
      char c = text.charAt(i);
      if (shape.charAt(i) == 'd') {
        if (c < '0' || c > '9') {
          return NOT_PACKED;
        }
        digits = digits * 10 + (c - '0');
      } else if (c != shape.charAt(i)) {
        return NOT_PACKED;
      }
    }
    return digits << TAG_BITS | tag;
  }

  /** Whether a packed cell is a whole number (not a date, and not {@link #NOT_PACKED}). */
  static boolean isWholeNumber(long packed) {
    return (packed & (1 << TAG_BITS) - 1) == WHOLE_NUMBER;
  }

  /** The value of a packed whole number (see {@link #isWholeNumber}). */
  static long wholeValue(long packed) {
    return packed >>> TAG_BITS;
  }

  /** The text {@link #pack} was given. */
  static String unpack(long packed) {
    int tag = (int) (packed & (1 << TAG_BITS) - 1);
    long digits = packed >>> TAG_BITS;
    if (tag == WHOLE_NUMBER) {
      return Long.toString(digits);
    }
    char[] out = DATE_SHAPES[tag].toCharArray();
    for (int i = out.length - 1; i >= 0; i--) {
      if (out[i] == 'd') {
        out[i] = (char) ('0' + digits % 10);
        digits /= 10;
      }
    }
    return new String(out);
  }

  /** The day number of a packed date or date-time, as {@link Dates#epochDay} gives for its text. */
  static int epochDay(long packed) {
    int tag = (int) (packed & (1 << TAG_BITS) - 1);
    if (tag == WHOLE_NUMBER) {
      return Frame.NO_DATE;
    }
    long digits = packed >>> TAG_BITS;
    for (int i = 1; i < tag; i++) {
      digits /= i == 1 ? 10_000 : 100; // the time: 4 digits for HH:mm, 6 for HH:mm:ss
    }
    int day = (int) (digits % 100);
    int month = (int) (digits / 100 % 100);
    int year = (int) (digits / 10_000);
    try {
      return (int) LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return Frame.NO_DATE;
    }
  }
}
