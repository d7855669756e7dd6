package io.github.ssdkit.validate.source;

/**
 * Where readers report problems with the input itself (encoding, quoting, row shape). They become
 * issues of kind {@code input} in the report; a reader never throws for bad data.
 */
@FunctionalInterface
public interface InputProblems {

  /**
   * Reports one problem with the input; the reader then goes on with the rest of the file.
   *
   * @param row the 1-based data row the problem belongs to, or 0 for the file as a whole
   * @param rule a rule id starting with {@code input.}
   * @param error true for an error, false for a warning
   * @param message one line, naming the line or position in the file where it helps
   */
  void report(long row, String rule, boolean error, String message);

  /**
   * A cell of the row being read holds a value of the wrong kind (in a typed format such as JSON
   * Lines). The row is still returned with the cell's text; the validator reports the problem
   * against the cell's column and skips that cell's other checks, which would only repeat it.
   *
   * @param row the 1-based data row number
   * @param column the cell's index in the reader's header
   * @param rule the rule id, such as {@code type.json-value}
   * @param value the cell's text
   * @param message what is wrong, in one line
   */
  default void reportCell(long row, int column, String rule, String value, String message) {
    report(row, rule, true, message);
  }
}
