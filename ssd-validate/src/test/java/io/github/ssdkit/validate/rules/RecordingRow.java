package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Severity;
import java.util.ArrayList;
import java.util.List;

/** A row context with no other cells that records what a check reports, for comparing two checks. */
final class RecordingRow implements RowContext {

  final List<String> reports = new ArrayList<>();

  @Override
  public String cell(int field) {
    return null;
  }

  @Override
  public long temporal(int field) {
    return Temporal.INVALID;
  }

  @Override
  public long rowDate() {
    return Temporal.INVALID;
  }

  @Override
  public long rowNumber() {
    return 1;
  }

  @Override
  public void report(Severity severity, String rule, String field, String value, String message) {
    reports.add(severity + " " + rule + " " + field + " " + message);
  }

  @Override
  public void reportRow(long row, Severity severity, String rule, String field, String value, String message) {
    reports.add(row + " " + severity + " " + rule + " " + field + " " + message);
  }
}
