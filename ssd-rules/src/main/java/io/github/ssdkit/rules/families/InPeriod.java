package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Period;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;

/**
 * A date against the collection period: no later than its end, or inside it; optionally the date
 * must be there at all. A cell that is not a date is left to the table pass, which reports it.
 */
public final class InPeriod implements RuleLogic {

  /** Which side of the period is checked. */
  public enum Bound {
    /** on or before the period's last day */
    NOT_AFTER_END,
    /** between the first and last day of the period */
    WITHIN
  }

  private final String table;
  private final String column;
  private final Bound bound;
  private final boolean required;
  private final String what;

  /**
   * @param table the table
   * @param column the date column
   * @param bound which side of the period is checked
   * @param required whether an empty cell is a breach too
   * @param what the thing the date belongs to ("the referral date")
   */
  public InPeriod(String table, String column, Bound bound, boolean required, String what) {
    this.table = table;
    this.column = column;
    this.bound = bound;
    this.required = required;
    this.what = what;
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(table);
    Period p = in.period();
    for (int i : in.rows(f)) {
      LocalDate d = f.date(column, i);
      if (d == null) {
        if (required && !f.has(column, i)) {
          out.at(f, i, column, what + " is missing");
        }
        continue;
      }
      if (bound == Bound.NOT_AFTER_END && d.isAfter(p.end())) {
        out.at(f, i, column, what + " " + d + " is after the end of the collection period " + p.end());
      } else if (bound == Bound.WITHIN && !p.contains(d)) {
        out.at(f, i, column, what + " " + d + " is outside the collection period " + p);
      }
    }
  }
}
