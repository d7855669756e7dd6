package io.github.ssdkit.validate.source;

/**
 * Where readers report problems with the input itself (encoding, quoting, row shape). They become
 * issues of kind {@code input} in the report; a reader never throws for bad data.
 */
@FunctionalInterface
public interface InputProblems {

  /**
   * @param row the 1-based data row the problem belongs to, or 0 for the file as a whole
   * @param rule a rule id starting with {@code input.}
   * @param error true for an error, false for a warning
   * @param message one line, naming the line or position in the file where it helps
   */
  void report(long row, String rule, boolean error, String message);
}
