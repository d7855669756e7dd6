package io.github.ssdkit.model.runtime;

/**
 * A JSON row that cannot be read as an SSD record. The message names the table and column and
 * says what is wrong, for example
 * {@code ssd_person.pers_sex: 'Q' is not a code of sex; expected one of: M, F, U}; the cause is
 * Jackson's exception.
 */
public final class SsdJsonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The table, or the record's simple class name when it is not a table's row. */
  private final String table;
  /** The column, with nested keys and list positions ({@code cine_referral_outcome_json.NFA_FLAG}), or empty. */
  private final String column;

  SsdJsonException(String table, String column, String problem, Throwable cause) {
    super(table + (column.isEmpty() ? "" : "." + column) + ": " + problem, cause);
    this.table = table;
    this.column = column;
  }

  /**
   * The table whose row could not be read.
   *
   * @return the SSD table name, or the record's simple class name when it is not a table's row
   */
  public String table() {
    return table;
  }

  /**
   * Where in the row the problem is.
   *
   * @return the column, with nested keys and list positions
   *     ({@code cine_referral_outcome_json.NFA_FLAG}, {@code cinf_assessment_factors_json[1]}), or
   *     empty when the problem is with the row as a whole
   */
  public String column() {
    return column;
  }
}
