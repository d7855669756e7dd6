package io.github.ssdkit.rules.run;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Date helpers the rules share: reading a cell as a date, age at a date, weekends and England's
 * working days.
 */
public final class Dates {

  private Dates() {}

  /**
   * England and Wales bank holidays the working-day rules skip (published by the UK government),
   * 2019 to 2027. A period outside these years counts only weekends as non-working days.
   */
  static final Set<LocalDate> BANK_HOLIDAYS = Set.of(
      d(2019, 1, 1), d(2019, 4, 19), d(2019, 4, 22), d(2019, 5, 6), d(2019, 5, 27), d(2019, 8, 26), d(2019, 12, 25), d(2019, 12, 26),
      d(2020, 1, 1), d(2020, 4, 10), d(2020, 4, 13), d(2020, 5, 8), d(2020, 5, 25), d(2020, 8, 31), d(2020, 12, 25), d(2020, 12, 28),
      d(2021, 1, 1), d(2021, 4, 2), d(2021, 4, 5), d(2021, 5, 3), d(2021, 5, 31), d(2021, 8, 30), d(2021, 12, 27), d(2021, 12, 28),
      d(2022, 1, 3), d(2022, 4, 15), d(2022, 4, 18), d(2022, 5, 2), d(2022, 6, 2), d(2022, 6, 3), d(2022, 8, 29), d(2022, 9, 19),
      d(2022, 12, 26), d(2022, 12, 27),
      d(2023, 1, 2), d(2023, 4, 7), d(2023, 4, 10), d(2023, 5, 1), d(2023, 5, 8), d(2023, 5, 29), d(2023, 8, 28), d(2023, 12, 25),
      d(2023, 12, 26),
      d(2024, 1, 1), d(2024, 3, 29), d(2024, 4, 1), d(2024, 5, 6), d(2024, 5, 27), d(2024, 8, 26), d(2024, 12, 25), d(2024, 12, 26),
      d(2025, 1, 1), d(2025, 4, 18), d(2025, 4, 21), d(2025, 5, 5), d(2025, 5, 26), d(2025, 8, 25), d(2025, 12, 25), d(2025, 12, 26),
      d(2026, 1, 1), d(2026, 4, 3), d(2026, 4, 6), d(2026, 5, 4), d(2026, 5, 25), d(2026, 8, 31), d(2026, 12, 25), d(2026, 12, 28),
      d(2027, 1, 1), d(2027, 3, 26), d(2027, 3, 29), d(2027, 5, 3), d(2027, 5, 31), d(2027, 8, 30), d(2027, 12, 27), d(2027, 12, 28));

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** The first day {@link #ofDay} keeps a shared date for: 1 January 1900. */
  private static final int FIRST_KEPT_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay();
  /** Dates from 1900 to 2099, made when first asked for and shared: a frame hands out many dates per cell. */
  private static final LocalDate[] KEPT = new LocalDate[(int) LocalDate.of(2100, 1, 1).toEpochDay() - FIRST_KEPT_DAY];

  /**
   * The date of a day number, the same object for the same day from 1900 to 2099 (dates are values:
   * rules compare them with {@code equals} and {@code isBefore}, never by identity). Threads racing
   * to fill a place make equal dates, and a date's fields are final, so any of them may be kept.
   */
  static LocalDate ofDay(int epochDay) {
    int k = epochDay - FIRST_KEPT_DAY;
    if (k < 0 || k >= KEPT.length) {
      return LocalDate.ofEpochDay(epochDay);
    }
    LocalDate date = KEPT[k];
    if (date == null) {
      date = LocalDate.ofEpochDay(epochDay);
      KEPT[k] = date;
    }
    return date;
  }

  /** The day number of an ISO date or date-time text, or {@link Frame#NO_DATE}. */
  static int epochDay(String text) {
    if (text == null || text.length() < 10) {
      return Frame.NO_DATE;
    }
    String day = text.substring(0, 10);
    if (text.length() > 10 && text.charAt(10) != 'T' && text.charAt(10) != ' ') {
      return Frame.NO_DATE;
    }
    for (int i = 0; i < 10; i++) {
      char c = day.charAt(i);
      boolean dash = i == 4 || i == 7;
      if (dash ? c != '-' : c < '0' || c > '9') {
        return Frame.NO_DATE;
      }
    }
    try {
      return (int) LocalDate.parse(day).toEpochDay();
    } catch (DateTimeException e) {
      return Frame.NO_DATE;
    }
  }

  /** Whole years of age on a day: the birthday counts from the day itself (29 February birthdays from 1 March, as the calendar gives). */
  public static int ageOn(LocalDate birth, LocalDate day) {
    return (int) ChronoUnit.YEARS.between(birth, day);
  }

  public static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  public static boolean isWorkingDay(LocalDate day) {
    return !isWeekend(day) && !BANK_HOLIDAYS.contains(day);
  }

  /** The day {@code n} working days after {@code from} (before it when n is negative); {@code from} itself is not counted. */
  public static LocalDate addWorkingDays(LocalDate from, int n) {
    LocalDate day = from;
    int step = n < 0 ? -1 : 1;
    for (int left = Math.abs(n); left > 0; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** The later of two dates, null counting as "open" (so the other wins unless both are null). */
  public static LocalDate orElse(LocalDate date, LocalDate open) {
    return date == null ? open : date;
  }
}
