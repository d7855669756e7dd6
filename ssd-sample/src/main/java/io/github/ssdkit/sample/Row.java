package io.github.ssdkit.sample;

import java.time.LocalDate;

/**
 * One generated row: its cells as written (null for an empty cell) and, for date columns, the
 * day each holds, kept so children can be dated after their parents; and the bounds cross-table
 * checks put on its dates (null when none), kept so an injected error can break one.
 */
record Row(String[] values, LocalDate[] days, DatePlanner.Bounds bounds) {

  /** The earliest day in the row, or null when it has no dates. */
  LocalDate firstDay() {
    LocalDate first = null;
    for (LocalDate d : days) {
      if (d != null && (first == null || d.isBefore(first))) {
        first = d;
      }
    }
    return first;
  }

  /** The latest day when the row holds two or more dates (a period), else null (open-ended). */
  LocalDate lastDayOfPeriod() {
    LocalDate last = null;
    int count = 0;
    for (LocalDate d : days) {
      if (d != null) {
        count++;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    return count >= 2 ? last : null;
  }
}
