package io.github.ssdkit.rules.run;

import io.github.ssdkit.rules.CollectionYear;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The collection period a return covers, both ends included: by default 1 April to 31 March of a
 * {@link CollectionYear}. The end is the census reference date of the CIN census and the
 * "31 March" of the SSDA903 cohorts.
 *
 * @param start the first day
 * @param end the last day, the reference date
 */
public record Period(LocalDate start, LocalDate end) {

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("the period ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /** 1 April of the year's first calendar year to 31 March of the next. */
  public static Period of(CollectionYear year) {
    return new Period(LocalDate.of(year.startYear(), 4, 1), LocalDate.of(year.startYear() + 1, 3, 31));
  }

  /** Parses {@code 2025-04-01..2026-03-31}; empty when the text is not two ISO dates in order. */
  public static Optional<Period> parse(String text) {
    String[] parts = text == null ? new String[0] : text.strip().split("\\.\\.", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      LocalDate start = LocalDate.parse(parts[0].strip());
      LocalDate end = LocalDate.parse(parts[1].strip());
      return end.isBefore(start) ? Optional.empty() : Optional.of(new Period(start, end));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The census reference date: the last day of the period. */
  public LocalDate referenceDate() {
    return end;
  }

  /** The same period a year earlier: last year's collection period, for comparing with last year's extract. */
  public Period yearBefore() {
    return new Period(start.minusYears(1), end.minusYears(1));
  }

  /**
   * Whether a row ending on a day is still open when the period starts: no end (or no readable
   * end), or an end on or after the first day. The return scopes keep such rows.
   *
   * @param endDay a day number, as {@link Frame#day} gives it; {@link Frame#NO_DATE} for none
   * @return true unless it ended before the period began
   */
  public boolean notEndedBefore(int endDay) {
    return endDay == Frame.NO_DATE || endDay >= start.toEpochDay();
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
