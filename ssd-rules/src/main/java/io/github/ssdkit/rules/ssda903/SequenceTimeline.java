package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.rules.families.Intervals;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Each child's rows of one table (episodes of care, placements, social worker episodes, adoption
 * decisions) in start order, each with the row before and after it. The order is taken over the
 * whole table, so the episode before the first one in the return is still seen; rules report only
 * rows in the return. Rows without a start date are left out (other rules report them). Memory:
 * one small record per row.
 */
final class SequenceTimeline {

  private SequenceTimeline() {}

  /** Where a table's rows are: the table, the column naming the child, and the start column. */
  record Rows(String table, String person, String start) {}

  /**
   * One row in its child's order.
   *
   * @param row the row index
   * @param previous the child's row just before it, or -1
   * @param next the child's row just after it, or -1
   */
  record Step(int row, int previous, int next) {
    boolean hasPrevious() {
      return previous >= 0;
    }

    boolean hasNext() {
      return next >= 0;
    }
  }

  /** Each child's rows in start order (file order between equal starts). */
  static List<List<Integer>> byChild(Frame f, Rows rows) {
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> group : Histories.byChild(f, rows.person()).values()) {
      List<Integer> ordered = Intervals.byStart(f, rows.start(), group);
      if (!ordered.isEmpty()) {
        out.add(ordered);
      }
    }
    return out;
  }

  /** Every dated row of the table as a step, child by child. */
  static List<Step> steps(Frame f, Rows rows) {
    List<Step> out = new ArrayList<>();
    for (List<Integer> ordered : byChild(f, rows)) {
      for (int k = 0; k < ordered.size(); k++) {
        out.add(new Step(ordered.get(k), k > 0 ? ordered.get(k - 1) : -1,
            k + 1 < ordered.size() ? ordered.get(k + 1) : -1));
      }
    }
    return out;
  }

  /** Whether a row's period (start to end, an empty end being open) touches the collection period. */
  static boolean openInYear(Frame f, String start, String end, int i, RuleInput in) {
    LocalDate from = f.date(start, i);
    LocalDate to = f.date(end, i);
    return from != null && !from.isAfter(in.period().end()) && (to == null || !to.isBefore(in.period().start()));
  }

  /** Whether a row is open on a day: started on or before it and not ended before it. */
  static boolean openOn(Frame f, String start, String end, int i, LocalDate day) {
    LocalDate from = f.date(start, i);
    LocalDate to = f.date(end, i);
    return from != null && !from.isAfter(day) && (to == null || !to.isBefore(day));
  }

  /** What a rule says about one step: the breach message, or null when the step keeps the rule. */
  @FunctionalInterface
  interface StepCheck {
    String breach(Frame f, Step s, RuleInput in);
  }

  /**
   * A rule checking each row of a table against its neighbours; breaches are reported at
   * {@code field} of rows in the return.
   */
  static RuleLogic eachStep(Rows rows, String field, StepCheck check) {
    return (RuleInput in, Findings out) -> {
      Frame f = in.table(rows.table());
      for (Step s : steps(f, rows)) {
        if (in.inScope(f, s.row())) {
          String message = check.breach(f, s, in);
          if (message != null) {
            out.at(f, s.row(), field, message);
          }
        }
      }
    };
  }
}
