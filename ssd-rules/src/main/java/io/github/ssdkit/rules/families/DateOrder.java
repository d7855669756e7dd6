package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;

/**
 * Two dates of one row in order: the later one may not be before the earlier (or, for
 * {@link Order#AFTER}, not on the same day either; for {@link Order#NOT_SAME_DAY}, only the same
 * day is a breach). Rows missing either date pass: whether a date is required is another rule.
 */
public final class DateOrder implements RuleLogic {

  /** What counts as in order. */
  public enum Order {
    /** later on or after earlier */
    NOT_BEFORE,
    /** later strictly after earlier */
    AFTER,
    /** the two dates not on the same day */
    NOT_SAME_DAY
  }

  private final String table;
  private final String earlier;
  private final String later;
  private final Order order;
  private final String what;

  /**
   * @param table the table
   * @param earlier the column that comes first (a start)
   * @param later the column that comes second (an end); issues point at it
   * @param order what counts as in order
   * @param what what a breach means, in plain words ("the referral closes before it was received")
   */
  public DateOrder(String table, String earlier, String later, Order order, String what) {
    this.table = table;
    this.earlier = earlier;
    this.later = later;
    this.order = order;
    this.what = what;
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(table);
    for (int i : in.rows(f)) {
      LocalDate a = f.date(earlier, i);
      LocalDate b = f.date(later, i);
      if (a == null || b == null) {
        continue;
      }
      boolean breach = switch (order) {
        case NOT_BEFORE -> b.isBefore(a);
        case AFTER -> !b.isAfter(a);
        case NOT_SAME_DAY -> b.isEqual(a);
      };
      if (breach) {
        out.at(f, i, later, what + ": " + later + " is " + b + ", " + earlier + " is " + a);
      }
    }
  }
}
