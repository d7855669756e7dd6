package io.github.ssdkit.validate.report;

import io.github.ssdkit.spec.Severity;
import java.util.Objects;

/**
 * One problem found in an extract.
 *
 * @param severity error or warning
 * @param rule a stable id whose first part names its kind: {@code type}, {@code required},
 *     {@code length}, {@code code}, {@code pattern}, {@code range}, {@code primary-key},
 *     {@code foreign-key}, {@code check}, or {@code input} for the file itself
 * @param table the SSD table, or empty for problems of the whole extract
 * @param row the 1-based data row in its file (header excluded), or 0 when not about a row
 * @param key the row's primary-key value(s) joined with {@code |}, or empty when unknown
 * @param field the column, or empty
 * @param value the offending value (shortened when long), or empty
 * @param message what is wrong and what was expected, in one line
 */
public record Issue(Severity severity, String rule, String table, long row, String key, String field,
    String value, String message) {

  /** Values longer than this are cut in issues, so that one bad cell cannot bloat a report. */
  public static final int MAX_VALUE_LENGTH = 200;

  public Issue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    table = table == null ? "" : table;
    key = key == null ? "" : key;
    field = field == null ? "" : field;
    value = shorten(value == null ? "" : value);
  }

  /** The rule's kind: the part of its id before the first dot. */
  public String kind() {
    int dot = rule.indexOf('.');
    return dot < 0 ? rule : rule.substring(0, dot);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  static String shorten(String value) {
    if (value.length() <= MAX_VALUE_LENGTH) {
      return value;
    }
    return value.substring(0, MAX_VALUE_LENGTH) + "... (" + value.length() + " characters)";
  }
}
