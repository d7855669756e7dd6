package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;

/**
 * A date of a row against a date of the row it links to in another table (an assessment against
 * its referral, a plan against the child's date of death). Rows with no link, no linked row, or a
 * missing date on either side pass: those are the table pass's foreign-key and required checks.
 */
public final class LinkedDate implements RuleLogic {

  /** How the row's date must stand to the linked date. */
  public enum Relation {
    /** on or after the linked date */
    NOT_BEFORE,
    /** strictly after the linked date */
    AFTER,
    /** on the linked date */
    SAME_DAY,
    /** on or before the linked date */
    NOT_AFTER
  }

  /** One side of the link: a table, its date column and the id column that links the two. */
  public record Side(String table, String date, String id) {}

  private final Side row;
  private final Side linked;
  private final Relation relation;
  private final String what;

  /**
   * @param row the checked row's table, date and link column; issues point at its date
   * @param linked the linked table, its date, and the id the link holds
   * @param relation how the dates must stand
   * @param what what a breach means, in plain words
   */
  public LinkedDate(Side row, Side linked, Relation relation, String what) {
    this.row = row;
    this.linked = linked;
    this.relation = relation;
    this.what = what;
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(row.table());
    Frame g = in.table(linked.table());
    int[] linkedRow = f.linkTo(row.id(), g, linked.id());
    for (int i : in.rows(f)) {
      LocalDate d = f.date(row.date(), i);
      int j = linkedRow[i];
      if (d == null || j < 0) {
        continue;
      }
      LocalDate other = g.date(linked.date(), j);
      if (other == null) {
        continue;
      }
      boolean breach = switch (relation) {
        case NOT_BEFORE -> d.isBefore(other);
        case AFTER -> !d.isAfter(other);
        case SAME_DAY -> !d.isEqual(other);
        case NOT_AFTER -> d.isAfter(other);
      };
      if (breach) {
        out.at(f, i, row.date(), what + ": " + row.date() + " is " + d + ", " + linked.date() + " of "
            + g.describe(j) + " is " + other);
      }
    }
  }
}
