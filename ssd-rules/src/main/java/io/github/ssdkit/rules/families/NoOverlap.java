package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Periods of one group (a child's plans, a referral's assessments) that may not overlap. A period
 * with no end runs to the end of the collection period. Periods are taken in start order, and a
 * period that starts before an earlier one has ended is reported, naming that one; with
 * {@code touchingAllowed} a period may start on the day the previous one ends.
 */
public final class NoOverlap implements RuleLogic {

  private final Intervals.Spans spans;
  private final boolean touchingAllowed;
  private final String what;

  /**
   * @param spans the table, group, start and end columns
   * @param touchingAllowed whether a start on the previous end day is fine
   * @param what what the periods are ("CIN plans of the same child")
   */
  public NoOverlap(Intervals.Spans spans, boolean touchingAllowed, String what) {
    this.spans = spans;
    this.touchingAllowed = touchingAllowed;
    this.what = what;
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(spans.table());
    for (List<Integer> rows : f.groupBy(spans.group(), in.rows(f)).values()) {
      List<Integer> dated = new ArrayList<>();
      for (int i : rows) {
        if (f.date(spans.start(), i) != null) {
          dated.add(i);
        }
      }
      dated.sort(Comparator.comparing((Integer i) -> f.date(spans.start(), i)).thenComparing(i -> i));
      int open = -1;
      LocalDate openEnd = null;
      for (int i : dated) {
        LocalDate start = f.date(spans.start(), i);
        if (open >= 0 && (start.isBefore(openEnd) || (!touchingAllowed && start.isEqual(openEnd)))) {
          out.at(f, i, spans.start(), what + " overlap: this one starts on " + start + ", while "
              + f.describe(open) + " runs to " + (f.date(spans.end(), open) == null ? "no end date" : openEnd));
        }
        LocalDate end = Intervals.endOrOpen(f, spans.end(), i, in.referenceDate());
        if (open < 0 || end.isAfter(openEnd)) {
          open = i;
          openEnd = end;
        }
      }
    }
  }
}
