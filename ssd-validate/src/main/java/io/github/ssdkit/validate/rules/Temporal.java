package io.github.ssdkit.validate.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Parses the date and date-time texts extracts hold into seconds since 1970 (local time, no
 * zone), by hand for the standard shapes because this runs for every date cell of every row.
 *
 * <p>Accepted: {@code yyyy-MM-dd}, and for date-times also {@code yyyy-MM-dd'T'HH:mm:ss},
 * {@code yyyy-MM-dd HH:mm:ss} and either with a fraction of up to 9 digits (SQL Server exports
 * {@code .SSS} or 7 digits; Java's ISO format, which {@code SsdJson} writes, up to 9); a date
 * column also takes a date-time at midnight, which is how SQL Server exports
 * DATETIME columns holding dates. Other patterns (such as {@code dd/MM/yyyy}) only when asked for.
 */
public final class Temporal {

  /** Returned when a text is not a valid date. */
  public static final long INVALID = Long.MIN_VALUE;

  private final List<DateTimeFormatter> extraDateFormats;

  public Temporal(List<String> extraDatePatterns) {
    this.extraDateFormats = extraDatePatterns.stream().map(Temporal::formatter).toList();
  }

  /**
   * A strict formatter for a user's date pattern such as {@code dd/MM/yyyy} or {@code dd/MM/yy}.
   * Under strict resolving a year-of-era ({@code y}) without an era never resolves to a date, so
   * every unquoted {@code y} is read as the proleptic year {@code u}, which means the same for
   * the years extracts hold.
   *
   * @throws IllegalArgumentException naming the pattern, when it is not a valid pattern
   */
  public static DateTimeFormatter formatter(String pattern) {
    StringBuilder proleptic = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      quoted ^= c == '\'';
      proleptic.append(!quoted && c == 'y' ? 'u' : c);
    }
    try {
      return DateTimeFormatter.ofPattern(proleptic.toString()).withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + pattern + "' is not a valid date pattern (" + e.getMessage()
          + "); expected a pattern such as dd/MM/yyyy", e);
    }
  }

  /** Seconds since 1970-01-01T00:00 for a date or date-time text, or {@link #INVALID}. */
  public long parseDateTime(String s) {
    long v = standard(s, true);
    return v != INVALID ? v : extra(s, true);
  }

  /** Seconds since 1970 of a date text (or a midnight date-time), or {@link #INVALID}. */
  public long parseDate(String s) {
    long v = standard(s, false);
    return v != INVALID ? v : extra(s, false);
  }

  private long standard(String s, boolean timeAllowed) {
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
      if (s.charAt(19) != '.' || n == 20 || n > 29) {
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

  private long extra(String s, boolean timeAllowed) {
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

  private static int digits(String s, int from, int count) {
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

  /** The date of a value returned by the parse methods, for messages and withdrawal checks. */
  public static LocalDate toDate(long seconds) {
    return LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
  }
}
