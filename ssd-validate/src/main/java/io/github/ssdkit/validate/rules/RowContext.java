package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Severity;

/**
 * What the checks of one row see: the row's cells in spec column order, their parsed dates, and
 * where to report. One instance is reused for every row of a table.
 */
public interface RowContext {

  /** The cell of a spec column, by its position in the table's fields, or null when empty or absent. */
  String cell(int field);

  /** Seconds since 1970 of a date or date-time column, or {@link Temporal#INVALID} when empty or not a date. */
  long temporal(int field);

  /** The row's own date (see {@link RowDate}), or {@link Temporal#INVALID}. */
  long rowDate();

  /** The row's own end date (see {@link RowDate#endColumnOf}), or {@link Temporal#INVALID} when none. */
  default long rowEnd() {
    return Temporal.INVALID;
  }

  /** Whether the row is a period still open: its table has an end date, the extract the column, and the cell is empty. */
  default boolean rowOpen() {
    return false;
  }

  /** The 1-based data row number of the current row. */
  long rowNumber();

  void report(Severity severity, String rule, String field, String value, String message);

  /** Reports about another row of the table, for checks that look across rows. */
  void reportRow(long row, Severity severity, String rule, String field, String value, String message);
}
