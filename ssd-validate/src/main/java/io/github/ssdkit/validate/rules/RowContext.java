package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Severity;

/**
 * What the checks of one row see: the row's cells in spec column order, their parsed dates, and
 * where to report. One instance is reused for every row of a table.
 */
public interface RowContext {

  /**
   * The cell of a spec column.
   *
   * @param field its position in the table's fields
   * @return the text, or null when empty or absent
   */
  String cell(int field);

  /**
   * The cell of a spec column as it was read, without making a String: valid until the next row.
   *
   * @param field its position in the table's fields
   * @return the text, or null when empty or absent
   */
  default CharSequence text(int field) {
    return cell(field);
  }

  /**
   * Whether the cell of a spec column holds a value.
   *
   * @param field its position in the table's fields
   * @return false when empty or absent
   */
  default boolean has(int field) {
    return text(field) != null;
  }

  /**
   * A date or date-time column's value.
   *
   * @param field its position in the table's fields
   * @return seconds since 1970, or {@link Temporal#INVALID} when empty or not a date
   */
  long temporal(int field);

  /**
   * The row's own date (see {@link RowDate}).
   *
   * @return seconds since 1970, or {@link Temporal#INVALID}
   */
  long rowDate();

  /**
   * The row's own end date (see {@link RowDate#endColumnOf}).
   *
   * @return seconds since 1970, or {@link Temporal#INVALID} when the row has none
   */
  default long rowEnd() {
    return Temporal.INVALID;
  }

  /**
   * Whether the row is a period still open: its table has an end date, the extract has the column,
   * and the cell is empty.
   *
   * @return true for an open period
   */
  default boolean rowOpen() {
    return false;
  }

  /**
   * The current row.
   *
   * @return its 1-based data row number
   */
  long rowNumber();

  /**
   * Reports an issue on the current row.
   *
   * @param severity error or warning
   * @param rule the rule id, such as {@code code}
   * @param field the column, or empty
   * @param value the offending value, or empty
   * @param message what is wrong and what was expected, in one line
   */
  void report(Severity severity, String rule, String field, String value, String message);

  /**
   * Reports about another row of the table, for checks that look across rows.
   *
   * @param row the 1-based data row number
   * @param severity error or warning
   * @param rule the rule id
   * @param field the column, or empty
   * @param value the offending value, or empty
   * @param message what is wrong, in one line
   */
  void reportRow(long row, Severity severity, String rule, String field, String value, String message);
}
