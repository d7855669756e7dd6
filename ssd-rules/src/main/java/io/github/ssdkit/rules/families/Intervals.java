package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Frame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Helpers for periods held as start and end columns: open ends, ordering, "open on a day". */
public final class Intervals {

  private Intervals() {}

  /**
   * Where a group's periods are: the table, the column grouping them (a person or referral id),
   * and the start and end date columns.
   */
  public record Spans(String table, String group, String start, String end) {}

  /** The end of a period, or {@code open} (the reference date) when it has none; never before the start. */
  public static LocalDate endOrOpen(Frame f, String endColumn, int i, LocalDate open) {
    LocalDate end = f.date(endColumn, i);
    return end == null ? open : end;
  }

  /** The rows of a group with a start date, in start order (file order between equal starts). */
  public static List<Integer> byStart(Frame f, String startColumn, List<Integer> rows) {
    List<Integer> out = new ArrayList<>();
    for (int i : rows) {
      if (f.day(startColumn, i) != Frame.NO_DATE) {
        out.add(i);
      }
    }
    out.sort(Comparator.comparingInt((Integer i) -> f.day(startColumn, i)).thenComparingInt(i -> i));
    return out;
  }

  /** Whether a day falls strictly inside a period: after its start and before its end (an open end never ends). */
  public static boolean strictlyInside(LocalDate day, LocalDate start, LocalDate end) {
    return day.isAfter(start) && (end == null || day.isBefore(end));
  }
}
