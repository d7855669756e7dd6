package io.github.ssdkit.validate.report;

import io.github.ssdkit.spec.RuleIds;
import io.github.ssdkit.spec.Severity;
import java.util.Objects;

/**
 * One problem found in an extract. Build one in words rather than by position:
 *
 * <pre>{@code
 * Issue issue = Issue.error("foreign-key").inTable("ssd_cin_plans").atRow(4).withKey("P7")
 *     .onField("cinp_referral_id").withValue("R9").saying("cinp_referral_id 'R9' has no matching ...");
 * }</pre>
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

  /** Values (and keys and fields) longer than this are cut in issues, so that one bad cell cannot bloat a report. */
  public static final int MAX_VALUE_LENGTH = 200;

  /** Messages longer than this are cut; they quote data, such as a header cell, which may be huge. */
  public static final int MAX_MESSAGE_LENGTH = 1000;

  /**
   * Shortens long values and makes the message one line; a null table, key, field or value is empty.
   *
   * @param severity error or warning
   * @param rule a stable id whose first part names its kind: {@code type}, {@code required}, {@code length}, {@code code}, {@code pattern}, {@code range}, {@code primary-key}, {@code foreign-key}, {@code check}, or {@code input} for the file itself
   * @param table the SSD table, or empty for problems of the whole extract
   * @param row the 1-based data row in its file (header excluded), or 0 when not about a row
   * @param key the row's primary-key value(s) joined with {@code |}, or empty when unknown
   * @param field the column, or empty
   * @param value the offending value (shortened when long), or empty
   * @param message what is wrong and what was expected, in one line
   */
  public Issue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    table = table == null ? "" : table;
    key = shorten(key == null ? "" : key);
    field = shorten(field == null ? "" : field);
    value = shorten(value == null ? "" : value);
    message = oneLine(message);
  }

  /**
   * Starts an error under a rule.
   *
   * @param rule the rule id, such as {@code foreign-key}
   * @return a builder; every part not given is empty (row 0)
   */
  public static Builder error(String rule) {
    return new Builder(Severity.ERROR, rule);
  }

  /**
   * Starts a warning under a rule.
   *
   * @param rule the rule id, such as {@code input.unknown-column}
   * @return a builder; every part not given is empty (row 0)
   */
  public static Builder warning(String rule) {
    return new Builder(Severity.WARNING, rule);
  }

  /**
   * Starts an issue of a severity known only at run time (a check's declared severity).
   *
   * @param severity error or warning
   * @param rule the rule id
   * @return a builder; every part not given is empty (row 0)
   */
  public static Builder of(Severity severity, String rule) {
    return new Builder(severity, rule);
  }

  /**
   * A copy naming the row's key, for issues found before the key was known.
   *
   * @param rowKey the row's primary-key value(s) joined with {@code |}
   * @return the same issue with that key
   */
  public Issue withKey(String rowKey) {
    return new Issue(severity, rule, table, row, rowKey, field, value, message);
  }

  /**
   * Gathers the parts of an issue in any order; {@link #saying} makes it. Not thread-safe: a
   * builder serves one issue.
   */
  public static final class Builder {
    private final Severity severity;
    private final String rule;
    private String table = "";
    private long row;
    private String key = "";
    private String field = "";
    private String value = "";

    private Builder(Severity severity, String rule) {
      this.severity = Objects.requireNonNull(severity, "severity");
      this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * The table the issue is in.
     *
     * @param name the SSD table; not given for problems of the whole extract
     * @return this builder
     */
    public Builder inTable(String name) {
      this.table = name;
      return this;
    }

    /**
     * The row the issue is about.
     *
     * @param number the 1-based data row; not given (0) when the issue is not about a row
     * @return this builder
     */
    public Builder atRow(long number) {
      this.row = number;
      return this;
    }

    /**
     * The row's key.
     *
     * @param rowKey the row's primary-key value(s) joined with {@code |}
     * @return this builder
     */
    public Builder withKey(String rowKey) {
      this.key = rowKey;
      return this;
    }

    /**
     * The column the issue is about.
     *
     * @param column the column the issue is about
     * @return this builder
     */
    public Builder onField(String column) {
      this.field = column;
      return this;
    }

    /**
     * The value at fault.
     *
     * @param offending the offending value
     * @return this builder
     */
    public Builder withValue(String offending) {
      this.value = offending;
      return this;
    }

    /**
     * Makes the issue.
     *
     * @param message what is wrong and what was expected, in one line
     * @return the issue
     */
    public Issue saying(String message) {
      return new Issue(severity, rule, table, row, key, field, value, message);
    }
  }

  /**
   * The rule's kind: the part of its id before the first dot.
   *
   * @return for example {@code type} for {@code type.date}
   */
  public String kind() {
    return RuleIds.kindOf(rule);
  }

  /**
   * Whether this issue makes the extract not valid.
   *
   * @return true for an error, false for a warning
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  static String shorten(String value) {
    if (value.length() <= MAX_VALUE_LENGTH) {
      return value;
    }
    return cut(value, MAX_VALUE_LENGTH) + "... (" + value.codePointCount(0, value.length()) + " characters)";
  }

  /**
   * The start of a text, never ending in half a surrogate pair, which JSON and UTF-8 cannot carry.
   *
   * @param text a text longer than {@code length}
   * @param length the most characters to keep
   * @return the first {@code length} characters, or one fewer
   */
  public static String cut(String text, int length) {
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end);
  }

  /**
   * Messages quote names and values from the data (a header cell, a JSON key) which may hold line
   * breaks; these are written as {@code \n} so that every message stays one line of a text report.
   */
  static String oneLine(String message) {
    String m = message.length() <= MAX_MESSAGE_LENGTH ? message : cut(message, MAX_MESSAGE_LENGTH - 3) + "...";
    for (int i = 0; i < m.length(); i++) {
      if (Character.isISOControl(m.charAt(i)) || m.charAt(i) == '\u2028' || m.charAt(i) == '\u2029') {
        return escapeControls(m);
      }
    }
    return m;
  }

  private static String escapeControls(String m) {
    StringBuilder b = new StringBuilder(m.length() + 16);
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
