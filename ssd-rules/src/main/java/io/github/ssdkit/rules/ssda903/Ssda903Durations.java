package io.github.ssdkit.rules.ssda903;

import static io.github.ssdkit.rules.ssda903.Ssda903Rules.LEGAL;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.PLACEMENTS;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.upper;

import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.LegalStatusTable;
import io.github.ssdkit.rules.families.RowRule;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.Period;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The SSDA903 rules on how long a legal status or a temporary placement may last, in calendar
 * days from its start to its end (the day after the start is one day). A legal status still open
 * counts to 31 March; an open temporary placement is not checked, as the return's tool does. Only
 * stays open at some time in the collection year are reported, as only those are in its return.
 */
final class Ssda903Durations {

  private Ssda903Durations() {}

  static void register(Registry r) {
    r.add("361", runOf("L1", 3, "police protection (L1) may last at most 72 hours"));
    r.add("362", runOf("L2", 21, "an emergency protection order (L2) may last at most 21 days"));
    r.add("363", runOf("L3", 7, "a child assessment order (L3) may last at most 7 days"));
    r.add("364", runOf("J2", 21, "police detention (J2) may last at most 21 days"));
    r.add("365", RowRule.on(LEGAL, LegalStatusTable.LEGAL_STATUS_END_DATE, (f, i, in) -> "V3".equals(upper(f, LegalStatusTable.LEGAL_STATUS, i))
        && inYear(f, i, in.period()) && days(f, i, in.period()) > 17,
        (f, i) -> "a single short break (V3) may last at most 17 days, but this one starts on "
            + f.date(LegalStatusTable.LEGAL_STATUS_START_DATE, i) + " and ends on " + RowRule.show(f.date(LegalStatusTable.LEGAL_STATUS_END_DATE, i))
            + " (an open status counts to 31 March)"));
    r.add("367", shortBreaksInYear());
    r.add("375", temporary("T1", 42, "a temporary placement for hospital care (T1) may last at most six weeks"));
    r.add("376", temporary("T3", 21, "a temporary placement while the foster carers are on holiday (T3) may last at"
        + " most three weeks"));
    r.add("379", temporary("T4", 7, "a temporary placement for another reason (T4) may last at most seven days"));
  }

  /** Whether a legal status was open at some time in the period, so that the year's return holds it. */
  static boolean inYear(Frame f, int i, Period period) {
    return Ssda903AgesLinkedDates.openIn(period, f.date(LegalStatusTable.LEGAL_STATUS_START_DATE, i),
        f.date(LegalStatusTable.LEGAL_STATUS_END_DATE, i));
  }

  /** Days from a legal status's start to its end, an open status ending on the period's last day; -1 without a start. */
  static long days(Frame f, int i, Period period) {
    LocalDate start = f.date(LegalStatusTable.LEGAL_STATUS_START_DATE, i);
    LocalDate end = f.date(LegalStatusTable.LEGAL_STATUS_END_DATE, i);
    return start == null ? -1 : ChronoUnit.DAYS.between(start, end == null ? period.end() : end);
  }

  /**
   * A child's statuses of one code that follow on from each other (the next starting on or before
   * the day the last ended) count as one stay; a stay longer than {@code maxDays}, open at some time
   * in the year, is reported at each of its rows.
   */
  private static RuleLogic runOf(String code, int maxDays, String what) {
    return (in, out) -> {
      Frame f = in.table(LEGAL);
      int[] rows = Arrays.stream(in.rows(f))
          .filter(i -> code.equals(upper(f, LegalStatusTable.LEGAL_STATUS, i)) && f.date(LegalStatusTable.LEGAL_STATUS_START_DATE, i) != null)
          .toArray();
      for (List<Integer> child : f.groupBy(LegalStatusTable.PERSON_ID, rows).values()) {
        List<Integer> sorted = new ArrayList<>(child);
        sorted.sort(Comparator.comparing(i -> f.date(LegalStatusTable.LEGAL_STATUS_START_DATE, i)));
        List<Integer> stay = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (int i : sorted) {
          LocalDate start = f.date(LegalStatusTable.LEGAL_STATUS_START_DATE, i);
          LocalDate end = f.date(LegalStatusTable.LEGAL_STATUS_END_DATE, i);
          end = end == null ? in.period().end() : end;
          if (first != null && start.isAfter(last)) {
            report(f, stay, first, last, maxDays, what, in.period(), out);
            stay.clear();
            first = null;
          }
          if (first == null) {
            first = start;
            last = end;
          } else if (end.isAfter(last)) {
            last = end;
          }
          stay.add(i);
        }
        if (first != null) {
          report(f, stay, first, last, maxDays, what, in.period(), out);
        }
      }
    };
  }

  private static void report(Frame f, List<Integer> stay, LocalDate first, LocalDate last, int maxDays, String what,
      Period year, Findings out) {
    long days = ChronoUnit.DAYS.between(first, last);
    if (days > maxDays && Ssda903AgesLinkedDates.openIn(year, first, last)) {
      for (int i : stay) {
        out.at(f, i, LegalStatusTable.LEGAL_STATUS_END_DATE, what + ", but the stay from " + first + " to " + last + " lasts "
            + days + " days (an open status counts to 31 March)");
      }
    }
  }

  /** 367: a child's short breaks (V3), each cut to the collection year, may add up to at most 75 days. */
  private static RuleLogic shortBreaksInYear() {
    return (in, out) -> {
      Frame f = in.table(LEGAL);
      Period year = in.period();
      int[] rows = Arrays.stream(in.rows(f)).filter(i -> "V3".equals(upper(f, LegalStatusTable.LEGAL_STATUS, i))).toArray();
      for (Map.Entry<String, List<Integer>> child : f.groupBy(LegalStatusTable.PERSON_ID, rows).entrySet()) {
        List<Integer> counted = new ArrayList<>();
        long total = 0;
        for (int i : child.getValue()) {
          LocalDate start = f.date(LegalStatusTable.LEGAL_STATUS_START_DATE, i);
          if (start == null) {
            continue;
          }
          LocalDate end = f.date(LegalStatusTable.LEGAL_STATUS_END_DATE, i);
          LocalDate from = start.isBefore(year.start()) ? year.start() : start;
          LocalDate to = end == null || end.isAfter(year.end()) ? year.end() : end;
          long days = ChronoUnit.DAYS.between(from, to);
          if (days > 0) {
            total += days;
            counted.add(i);
          }
        }
        if (total > 75) {
          for (int i : counted) {
            out.at(f, i, LegalStatusTable.LEGAL_STATUS_END_DATE, "the child's short breaks (V3) add up to " + total
                + " days in the collection year, more than 75");
          }
        }
      }
    };
  }

  /** A temporary placement of a type that ends more than {@code maxDays} after it began. */
  private static RowRule temporary(String type, int maxDays, String what) {
    return RowRule.on(PLACEMENTS, ClaPlacementTable.CLA_PLACEMENT_END_DATE, (f, i, in) -> {
      LocalDate start = f.date(ClaPlacementTable.CLA_PLACEMENT_START_DATE, i);
      LocalDate end = f.date(ClaPlacementTable.CLA_PLACEMENT_END_DATE, i);
      return start != null && end != null && type.equals(upper(f, ClaPlacementTable.CLA_PLACEMENT_TYPE, i))
          && end.isAfter(start.plusDays(maxDays)) && Ssda903AgesLinkedDates.openIn(in.period(), start, end);
    }, (f, i) -> what + ", but this one runs from " + f.date(ClaPlacementTable.CLA_PLACEMENT_START_DATE, i) + " to "
        + f.date(ClaPlacementTable.CLA_PLACEMENT_END_DATE, i));
  }
}
