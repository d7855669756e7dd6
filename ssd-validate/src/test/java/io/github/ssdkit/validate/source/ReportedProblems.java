package io.github.ssdkit.validate.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems a reader reports, checked as they come: an {@code input.*} rule (or {@code type.*} for
 * a cell) and a message. Line breaks a message quotes from the data are escaped by the report's
 * {@code Issue}, not here.
 */
final class ReportedProblems implements InputProblems {

  private final List<String> seen = new ArrayList<>();
  private long rowsSkipped;

  @Override
  public void report(long row, String rule, boolean error, String message) {
    if (!rule.startsWith("input.") || message.isBlank()) {
      throw new AssertionError("not an input problem: " + rule + " " + message);
    }
    if (message.endsWith("the row was not checked")) {
      rowsSkipped++;
    }
    if (seen.size() < 20) {
      seen.add(rule + " " + message);
    }
  }

  @Override
  public void reportCell(long row, int column, String rule, String value, String message) {
    if (!rule.startsWith("type.") || message.isBlank()) {
      throw new AssertionError("not a cell problem: " + rule + " " + message);
    }
  }

  long rowsSkipped() {
    return rowsSkipped;
  }

  /** Line ends (LF, and CR, which alone ends a CSV record too) plus one: no reader finds more rows than that. */
  static long lines(byte[] data) {
    long n = 1;
    for (byte b : data) {
      n += b == '\n' || b == '\r' ? 1 : 0;
    }
    return n;
  }

  @Override
  public String toString() {
    return seen.toString();
  }
}
