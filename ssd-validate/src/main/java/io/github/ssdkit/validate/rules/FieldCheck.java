package io.github.ssdkit.validate.rules;

/** One rule over one non-empty cell, compiled from the spec once per table. */
public interface FieldCheck {

  /**
   * Checks the value, reporting through the row.
   *
   * @param value the cell, never null or empty: often a reused view of a reader's buffer, valid
   *     only during the call (its {@code toString()} is a copy to keep or report)
   * @param row the row being checked, to report to
   * @return false when later checks of the same cell should be skipped
   */
  boolean check(CharSequence value, RowContext row);
}
