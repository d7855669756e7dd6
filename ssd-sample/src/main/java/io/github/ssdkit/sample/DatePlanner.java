package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Dates a row: every date falls between the child's history start (or its parent row's first
 * date, or the start of the domain's age window) and the extract date (or the end of a closed
 * parent period, or the end of the domain's age window), each later side of a date order at least a day after its earlier
 * side, sequential periods start after the previous period ended, and each date within the
 * bounds its cross-table checks set (a plan within the referral it points at).
 */
final class DatePlanner {

  private static final int MAX_GAP_DAYS = 365;
  /** Days kept free for each period still to come after one: its start and its end. */
  private static final long DAYS_PER_PERIOD = 2;

  /**
   * Per column, the earliest and latest day cross-table checks allow (the dates of the rows its
   * foreign keys point at); null entries bound nothing.
   */
  record Bounds(LocalDate[] floor, LocalDate[] ceiling) {
    static Bounds of(int n) {
      return new Bounds(new LocalDate[n], new LocalDate[n]);
    }

    void raiseFloor(int column, LocalDate day) {
      if (floor[column] == null || day.isAfter(floor[column])) {
        floor[column] = day;
      }
    }

    void lowerCeiling(int column, LocalDate day) {
      if (ceiling[column] == null || day.isBefore(ceiling[column])) {
        ceiling[column] = day;
      }
    }
  }
  private final LocalDate extractDate;

  DatePlanner(LocalDate extractDate) {
    this.extractDate = extractDate;
  }

  LocalDate extractDate() {
    return extractDate;
  }

  /** Fills {@code days} for the filled date columns; false when no consistent dating exists. */
  boolean plan(TableRules rules, RowMaker.Request req, boolean[] present, LocalDate[] days,
      SpecShape shape, Bounds bounds, SplittableRandom rng) {
    int n = rules.fields.size();
    LocalDate lower = extractDate.minusYears(6);
    // Rows fall within the domain's age window (children's services end at 18, say).
    LocalDate upper = extractDate;
    if (req.child() != null) {
      lower = req.child().windowStart(rules.profile);
      upper = req.child().windowEnd(rules.profile);
      if (req.parent() != null && req.parent().firstDay() != null
          && req.parent().firstDay().isAfter(lower)) {
        lower = req.parent().firstDay();
      }
    }
    // Rows under a closed parent period fall within it.
    if (req.parent() != null && req.parent().lastDayOfPeriod() != null
        && req.parent().lastDayOfPeriod().isBefore(upper)) {
      upper = req.parent().lastDayOfPeriod();
    }
    Field birth = shape.birthDate();
    int birthAt = -1;
    if (rules.table == shape.personTable() && birth != null && req.child() != null) {
      birthAt = rules.fields.indexOf(birth);
      days[birthAt] = req.child().birth;
    }
    int[] tail = tails(rules, present, n);
    TableRules.Periods periods = rules.periods;
    boolean[] done = new boolean[n];
    if (birthAt >= 0) {
      done[birthAt] = true;
    }
    for (int round = 0; round < n; round++) {
      for (int i = 0; i < n; i++) {
        if (done[i] || !present[i] || !rules.fields.get(i).type().isTemporal()) {
          continue;
        }
        LocalDate lo = lower;
        boolean ready = true;
        boolean follows = false;
        for (TableRules.Order o : rules.dateEdges) {
          if (o.later() == i && present[o.earlier()] && isTemporal(rules, o.earlier())) {
            if (!done[o.earlier()]) {
              ready = false;
            } else {
              follows = true;
              LocalDate after = days[o.earlier()].plusDays(1);
              lo = after.isAfter(lo) ? after : lo;
            }
          }
        }
        if (!ready) {
          continue;
        }
        int share = 1;
        if (periods != null && i == periods.start()) {
          if (req.cursor() != null && req.cursor().isAfter(lo)) {
            lo = req.cursor();
          }
          share = Math.max(1, req.rowsLeft());
        }
        if (bounds != null && bounds.floor()[i] != null && bounds.floor()[i].isAfter(lo)) {
          lo = bounds.floor()[i];
        }
        LocalDate hi = upper.minusDays(tail[i]);
        if (bounds != null && bounds.ceiling()[i] != null && bounds.ceiling()[i].minusDays(tail[i]).isBefore(hi)) {
          hi = bounds.ceiling()[i].minusDays(tail[i]);
        }
        if (periods != null && i == periods.end() && req.rowsLeft() > 1
            && !hi.minusDays(DAYS_PER_PERIOD * (req.rowsLeft() - 1L)).isBefore(lo)) {
          // Room for the child's periods still to come, so the last is not left out (and this one
          // left ended as the child's latest).
          hi = hi.minusDays(DAYS_PER_PERIOD * (req.rowsLeft() - 1L));
        }
        long room = ChronoUnit.DAYS.between(lo, hi);
        if (room < 0) {
          return false;
        }
        long span = room / share;
        boolean lifeEnd = birthAt >= 0 && shape.endsLife(rules.fields.get(i));
        if (!lifeEnd && (follows || (periods != null && i == periods.end()))) {
          span = Math.min(span, MAX_GAP_DAYS);
        }
        days[i] = workingDay(lo.plusDays(span == 0 ? 0 : rng.nextLong(span + 1)), lo, hi);
        done[i] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      if (present[i] && isTemporal(rules, i) && !done[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The day, or the nearest working day within {@code lo..hi} when it falls at a weekend: the work
   * an extract records (conferences, visits, plans) happens on working days, and the CIN rules
   * query weekend dates (8870Q, 8875). A weekend day stays when the bounds leave no other.
   */
  static LocalDate workingDay(LocalDate day, LocalDate lo, LocalDate hi) {
    DayOfWeek dow = day.getDayOfWeek();
    if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
      return day;
    }
    LocalDate monday = day.plusDays(dow == DayOfWeek.SATURDAY ? 2 : 1);
    LocalDate friday = day.minusDays(dow == DayOfWeek.SATURDAY ? 1 : 2);
    if (!monday.isAfter(hi)) {
      return monday;
    }
    return friday.isBefore(lo) ? day : friday;
  }

  private static boolean isTemporal(TableRules rules, int i) {
    return rules.fields.get(i).type().isTemporal();
  }

  /** For each column, how many later dates must still fit after it (one day each). */
  private static int[] tails(TableRules rules, boolean[] present, int n) {
    int[] tail = new int[n];
    for (int pass = 0; pass < n; pass++) {
      for (TableRules.Order o : rules.dateEdges) {
        if (present[o.earlier()] && present[o.later()]) {
          tail[o.earlier()] = Math.max(tail[o.earlier()], tail[o.later()] + 1);
        }
      }
    }
    return tail;
  }

  static String format(LocalDate day, LogicalType type, SplittableRandom rng) {
    if (day == null) {
      return null;
    }
    if (type == LogicalType.DATETIME) {
      int seconds = 8 * 3600 + rng.nextInt(10 * 3600);
      // Not String.format: under a locale such as ar-SA it writes non-ASCII digits.
      return day + "T" + twoDigits(seconds / 3600) + ":" + twoDigits(seconds / 60 % 60) + ":"
          + twoDigits(seconds % 60);
    }
    return day.toString();
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
