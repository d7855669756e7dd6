package io.github.ssdkit.sample;

import io.github.ssdkit.spec.LogicalType;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Keeps a child's periods of two tables from running at once, by the convention {@code takes-over}
 * (a child protection plan and a CIN plan): the other table's period running on the day a new one
 * starts ends that day, and the new one ends by the day the child's next period there starts.
 * The other table's rows are made earlier and not yet written, so ending one edits its row.
 */
final class TakeOver {

  private TakeOver() {}

  /**
   * Fits a new row around the child's periods of the other table, ending the one it takes over
   * from; false (and nothing changed) when it cannot fit: a period there starts on its first day,
   * or a period would have to end after the last day its parent allows (the referral's close).
   *
   * @param cells the new row's cells, its end filled here when it must end
   * @param days the new row's days, likewise
   * @param endType the type of the new row's end column, to write its day
   * @param endCeiling the last day the new row's end may fall on, or null for no limit
   */
  static boolean fit(TableConventions.TakesOver t, ChildState child, String[] cells, LocalDate[] days,
      LogicalType endType, LocalDate endCeiling, SplittableRandom rng) {
    LocalDate start = days[t.start()];
    if (start == null) {
      return true;
    }
    List<Row> others = child.rows(t.table());
    Row running = null;
    LocalDate nextStart = null;
    for (Row o : others) {
      LocalDate oStart = o.days()[t.otherStart()];
      LocalDate oEnd = o.days()[t.otherEnd()];
      if (oStart == null) {
        continue;
      }
      if (oStart.equals(start)) {
        return false;
      }
      if (oStart.isBefore(start) && (oEnd == null || oEnd.isAfter(start))) {
        running = o;
      } else if (oStart.isAfter(start) && (nextStart == null || oStart.isBefore(nextStart))) {
        nextStart = oStart;
      }
    }
    if (running != null && tooLate(start, running.bounds(), t.otherEnd())) {
      return false;
    }
    LocalDate end = days[t.end()];
    boolean endsEarlier = nextStart != null && (end == null || end.isAfter(nextStart));
    if (endsEarlier && end == null && endCeiling != null && nextStart.isAfter(endCeiling)) {
      return false;
    }
    if (endsEarlier) {
      days[t.end()] = nextStart;
      cells[t.end()] = DatePlanner.format(nextStart, endType, rng);
    }
    if (running != null) {
      running.days()[t.otherEnd()] = start;
      running.values()[t.otherEnd()] = DatePlanner.format(start, t.otherEndType(), rng);
    }
    return true;
  }

  private static boolean tooLate(LocalDate day, DatePlanner.Bounds bounds, int column) {
    return bounds != null && bounds.ceiling()[column] != null && day.isAfter(bounds.ceiling()[column]);
  }
}
