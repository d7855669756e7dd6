package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.format.ExtractFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date and date-time texts extracts hold into seconds since 1970 (local time, no
 * zone), by hand for the standard shapes because this runs for every date cell of every row.
 *
 * <p>Accepted: {@code yyyy-MM-dd}, and for date-times also {@code yyyy-MM-dd'T'HH:mm:ss},
 * {@code yyyy-MM-dd HH:mm:ss} and either with a fraction; a date column also takes a date-time at
 * midnight. That grammar is {@link ExtractFormat}'s, which the JSON Schemas and {@code SsdJson}
 * share (a test holds this hand parser to its patterns). Other patterns (such as
 * {@code dd/MM/yyyy}) only when asked for.
 */
public final class Temporal {

  /** Returned when a text is not a valid date. */
  public static final long INVALID = Long.MIN_VALUE;

  /** Day, month and year (two or four digits), then maybe hours, minutes and seconds. */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("([0-9]{1,2})([/.-])([0-9]{1,2})\\2([0-9]{4}|[0-9]{2})( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?");

  private final List<DateTimeFormatter> extraDateFormats;

  /**
   * A parser of the standard grammar and of extra date patterns.
   *
   * @param extraDatePatterns patterns such as {@code dd/MM/yyyy}, tried after the standard grammar
   * @throws IllegalArgumentException naming a pattern that is not valid
   */
  public Temporal(List<String> extraDatePatterns) {
    this.extraDateFormats = extraDatePatterns.stream().map(Temporal::formatter).toList();
  }

  /**
   * A strict formatter for a user's date pattern such as {@code dd/MM/yyyy}. Under strict
   * resolving a year-of-era ({@code y}) without an era never resolves to a date, so every unquoted
   * {@code y} is read as the proleptic year {@code u}, which means the same for the years extracts
   * hold; a year of one or three letters is read as four digits, so that {@code 85} is no year.
   *
   * <p>A two-digit year ({@code yy}) is refused (decision 220): {@code java.time} reads
   * {@code 85} as 2085, and no fixed pivot suits the SSD, whose dates run from births a century
   * ago to plans and reviews due after the extract. So is the week-based year {@code Y}, which
   * {@code dd/MM/YYYY} means by mistake and which never resolves to a date.
   *
   * @param pattern a {@code java.time} pattern
   * @return the formatter
   * @throws IllegalArgumentException naming the pattern, when it is not a valid pattern or has a
   *     two-digit or week-based year
   */
  public static DateTimeFormatter formatter(String pattern) {
    StringBuilder proleptic = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      quoted ^= c == '\'';
      if (quoted || (c != 'y' && c != 'u' && c != 'Y')) {
        proleptic.append(c);
        continue;
      }
      int run = 1;
      while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
        run++;
      }
      i += run - 1;
      if (c == 'Y') {
        throw new IllegalArgumentException("'" + pattern + "' has the week-based year " + "Y".repeat(run)
            + ", which is not the calendar year; write " + "y".repeat(Math.max(4, run)) + " for the year");
      }
      if (run == 2) {
        throw new IllegalArgumentException("'" + pattern + "' has a two-digit year, which is refused: 85 could be "
            + "1985 or 2085, and no fixed pivot suits dates from births a century ago to reviews due next year; "
            + "export the dates with four-digit years and use " + pattern.replace(c + "" + c, "yyyy"));
      }
      proleptic.append("u".repeat(Math.max(4, run)));
    }
    try {
      return DateTimeFormatter.ofPattern(proleptic.toString()).withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + pattern + "' is not a valid date pattern (" + e.getMessage()
          + "); expected a pattern such as dd/MM/yyyy", e);
    }
  }

  /**
   * The pattern a date that is not in the spec's format looks written in, for a hint: day, month
   * and year with slashes, dots or dashes, day first unless the first number cannot be a month
   * and the second can (English data writes the day first), with a time when there is one.
   *
   * @param s a date or date-time text the parser did not accept
   * @return a pattern such as {@code dd/MM/yyyy} or {@code dd/MM/yy} (two-digit year), when the
   *     text is a real date in it; else empty
   */
  public static Optional<String> lookalikePattern(String s) {
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    String first = m.group(1);
    String second = m.group(3);
    String sep = m.group(2);
    boolean monthFirst = Integer.parseInt(first) <= 12 && Integer.parseInt(second) > 12;
    String day = (monthFirst ? second : first).length() == 2 ? "dd" : "d";
    String month = (monthFirst ? first : second).length() == 2 ? "MM" : "M";
    String year = m.group(4).length() == 2 ? "yy" : "yyyy";
    String date = monthFirst ? month + sep + day + sep + year : day + sep + month + sep + year;
    String time = m.group(5) == null ? "" : m.group(6) == null ? " HH:mm" : " HH:mm:ss";
    String pattern = date + time;
    // a two-digit year is refused as a pattern; its shape alone makes the hint
    String checked = year.equals("yy") ? pattern.replace("yy", "yyyy") : pattern;
    String text = year.equals("yy") ? s.substring(0, m.start(4)) + "19" + s.substring(m.start(4)) : s;
    try {
      LocalDateTime.parse(time.isEmpty() ? text + " 00:00" : text,
          formatter(time.isEmpty() ? checked + " HH:mm" : checked));
      return Optional.of(pattern);
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether dates are also read in patterns besides the standard grammar.
   *
   * @return true when extra patterns were given
   */
  public boolean hasExtraPatterns() {
    return !extraDateFormats.isEmpty();
  }

  /**
   * Seconds since 1970-01-01T00:00 for a date or date-time text.
   *
   * @param s the cell, read in place
   * @return the seconds, or {@link #INVALID}
   */
  public long parseDateTime(CharSequence s) {
    long v = standard(s, true);
    return v != INVALID ? v : extra(s, true);
  }

  /**
   * Seconds since 1970 of a date text (or a midnight date-time).
   *
   * @param s the cell, read in place
   * @return the seconds, or {@link #INVALID}
   */
  public long parseDate(CharSequence s) {
    long v = standard(s, false);
    return v != INVALID ? v : extra(s, false);
  }

  private long standard(CharSequence s, boolean timeAllowed) {
    int n = s.length();
    if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return INVALID;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    // year 0 is no calendar year (SQL Server and PostgreSQL refuse 0000-01-01)
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
      return INVALID;
    }
    long seconds = epochDay(year, month, day) * 86_400L;
    if (n == 10) {
      return seconds;
    }
    char sep = s.charAt(10);
    if ((sep != 'T' && sep != ' ') || n < 19 || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return INVALID;
    }
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return INVALID;
    }
    boolean fractionZero = true;
    if (n > 19) {
      if (s.charAt(19) != '.' || n == 20 || n > 20 + ExtractFormat.MAX_FRACTION_DIGITS) {
        return INVALID;
      }
      for (int i = 20; i < n; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return INVALID;
        }
        fractionZero &= c == '0';
      }
    }
    if (!timeAllowed && (hour != 0 || minute != 0 || second != 0 || !fractionZero)) {
      return INVALID;
    }
    return seconds + hour * 3600L + minute * 60L + second;
  }

  private long extra(CharSequence s, boolean timeAllowed) {
    if (extraDateFormats.isEmpty()) {
      return INVALID;
    }
    for (DateTimeFormatter f : extraDateFormats) {
      try {
        LocalDate d = LocalDate.parse(s, f);
        return d.getYear() < 1 ? INVALID : d.toEpochDay() * 86_400L;
      } catch (DateTimeParseException e) {
        if (timeAllowed) {
          try {
            LocalDateTime t = LocalDateTime.parse(s, f);
            return t.getYear() < 1 ? INVALID : t.toEpochSecond(ZoneOffset.UTC);
          } catch (java.time.DateTimeException ignored) {
            // try the next pattern
          }
        }
      }
    }
    return INVALID;
  }

  private static int digits(CharSequence s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a valid proleptic Gregorian date (the civil-from-days inverse). */
  static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  /**
   * The date of a value returned by the parse methods, for messages and withdrawal checks.
   *
   * @param seconds a value the parse methods returned
   * @return its date
   */
  public static LocalDate toDate(long seconds) {
    return LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
  }
}
