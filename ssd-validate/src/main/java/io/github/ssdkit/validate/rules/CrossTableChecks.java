package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Check;
import java.time.LocalDate;

/**
 * The compiled forms of the cross-table checks ({@link Check.CrossTable}): each reads the value of
 * its foreign key, finds the parent's kept dates, and compares by day. A row is not judged when
 * its foreign key, its own date or the parent's date is empty or invalid, or when the parent key
 * is unknown: the column and foreign-key rules report those.
 */
final class CrossTableChecks {

  private static final long DAY = 86_400L;

  private CrossTableChecks() {}

  /** {@code field} on the bound's side of the parent's date. */
  record ParentDate(String rule, Check.ParentDate check, int via, int field, ParentDates parent, int parentColumn,
      String parentTable)
      implements TableCheck {
    @Override
    public void check(RowContext row) {
      CharSequence key = row.text(via);
      long t = row.temporal(field);
      if (key == null || t == Temporal.INVALID) {
        return;
      }
      int slot = parent.slot(key);
      int bound = slot < 0 ? ParentDates.NONE : parent.day(slot, parentColumn);
      if (bound == ParentDates.NONE) {
        return;
      }
      long day = Math.floorDiv(t, DAY);
      boolean breach = check.bound() == Check.Bound.NOT_BEFORE ? day < bound : day > bound;
      if (breach) {
        row.report(check.severity(), rule, check.field(), row.cell(field), check.field() + " " + LocalDate.ofEpochDay(day)
            + " is " + (check.bound() == Check.Bound.NOT_BEFORE ? "before" : "after") + " " + check.parentField()
            + " " + LocalDate.ofEpochDay(bound) + " of " + parentTable + " '" + key + "' (" + check.via() + "): "
            + check.description());
      }
    }
  }

  /** The period {@code [start, end]} within the parent's period. */
  record WithinParent(String rule, Check.WithinParent check, int via, int start, int end, ParentDates parent,
      int parentStartColumn, int parentEndColumn, String parentTable) implements TableCheck {
    @Override
    public void check(RowContext row) {
      CharSequence key = row.text(via);
      long s = row.temporal(start);
      if (key == null || s == Temporal.INVALID) {
        return;
      }
      int slot = parent.slot(key);
      if (slot < 0) {
        return;
      }
      int parentStart = parent.day(slot, parentStartColumn);
      int parentEnd = parent.day(slot, parentEndColumn);
      long startDay = Math.floorDiv(s, DAY);
      long e = row.temporal(end);
      long endDay = e == Temporal.INVALID ? Long.MIN_VALUE : Math.floorDiv(e, DAY);
      if (parentStart != ParentDates.NONE && startDay < parentStart) {
        row.report(check.severity(), rule, check.start(), row.cell(start), check.start() + " "
            + LocalDate.ofEpochDay(startDay) + " is before " + check.parentStart() + " " + LocalDate.ofEpochDay(parentStart)
            + of(key));
      } else if (parentEnd != ParentDates.NONE && startDay > parentEnd) {
        row.report(check.severity(), rule, check.start(), row.cell(start), check.start() + " "
            + LocalDate.ofEpochDay(startDay) + " is after " + check.parentEnd() + " " + LocalDate.ofEpochDay(parentEnd)
            + of(key));
      } else if (parentEnd != ParentDates.NONE && endDay != Long.MIN_VALUE && endDay > parentEnd) {
        row.report(check.severity(), rule, check.end(), row.cell(end), check.end() + " "
            + LocalDate.ofEpochDay(endDay) + " is after " + check.parentEnd() + " " + LocalDate.ofEpochDay(parentEnd)
            + of(key));
      }
    }

    /** The end of a message: which parent row, found how; worded only for a breach. */
    private String of(CharSequence key) {
      return " of " + parentTable + " '" + key + "' (" + check.via() + "): " + check.description();
    }
  }
}
