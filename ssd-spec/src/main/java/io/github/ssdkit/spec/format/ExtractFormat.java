package io.github.ssdkit.spec.format;

import java.util.regex.Pattern;

/**
 * The one statement of how extracts write dates and date-times, shared by the validator (which
 * parses them by hand for speed), {@code SsdJson} (which reads and writes records) and the JSON
 * Schema generator (which exports the same grammar as patterns). A test holds all three to the
 * same verdicts, so a change here is a change everywhere.
 *
 * <p>A date is {@code yyyy-MM-dd}, a real calendar date of a year from 1 (no 30 February; 29
 * February only in leap years). A date-time is a date, optionally followed by {@code T} or a space and
 * {@code HH:mm:ss} with an optional fraction of 1 to {@link #MAX_FRACTION_DIGITS} digits; no zone.
 * A date column also takes a date-time at exactly midnight, which is how SQL Server exports
 * DATETIME columns holding dates. Other date patterns (such as {@code dd/MM/yyyy}) are a
 * validator option and never part of this grammar.
 *
 * <p>The patterns use only syntax that Java and ECMAScript regular expressions read alike, so the
 * JSON Schemas built from them behave the same in networknt, Ajv and Python {@code jsonschema}.
 */
public final class ExtractFormat {

  /**
   * Most fraction-of-second digits a date-time may carry: 9, Java's nanoseconds, which covers SQL
   * Server's 7 ({@code datetime2}) and 3 ({@code datetime}).
   */
  public static final int MAX_FRACTION_DIGITS = 9;

  private static final String MONTH_DAY = "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
      + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
      + "|02-(?:0[1-9]|1[0-9]|2[0-8]))";
  /** Years 0001 to 9999: year 0 is no calendar year (decision 115), written without look-ahead. */
  private static final String YEAR = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)";
  /** Years divisible by 4 but not by 100, or by 400 (but not 0), each followed by 29 February. */
  private static final String LEAP_DAY =
      "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][48]|[2468]0|[13579][26])00)-02-29";
  private static final String DATE = "(?:" + YEAR + "-" + MONTH_DAY + "|" + LEAP_DAY + ")";
  private static final String FRACTION = "(?:\\.[0-9]{1," + MAX_FRACTION_DIGITS + "})?";
  private static final String TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]" + FRACTION;

  /** An anchored pattern for the text of a date column: a date, or a date-time at midnight. */
  public static final String DATE_PATTERN =
      "^" + DATE + "(?:[T ]00:00:00(?:\\.0{1," + MAX_FRACTION_DIGITS + "})?)?$";

  /** An anchored pattern for the text of a date-time column: a date-time, or a date alone (midnight). */
  public static final String DATETIME_PATTERN = "^" + DATE + "(?:[T ]" + TIME + ")?$";

  private static final Pattern DATE_REGEX = Pattern.compile(DATE_PATTERN);
  private static final Pattern DATETIME_REGEX = Pattern.compile(DATETIME_PATTERN);

  private ExtractFormat() {}

  /**
   * Whether a text is a valid value of a date column.
   *
   * @param text the cell as the extract holds it
   * @return true for a date, or a date-time at midnight
   */
  public static boolean isDate(String text) {
    return DATE_REGEX.matcher(text).matches();
  }

  /**
   * Whether a text is a valid value of a date-time column.
   *
   * @param text the cell as the extract holds it
   * @return true for a date-time in the grammar above, or a date alone
   */
  public static boolean isDateTime(String text) {
    return DATETIME_REGEX.matcher(text).matches();
  }
}
