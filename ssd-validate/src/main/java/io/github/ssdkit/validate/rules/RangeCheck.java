package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Range;
import io.github.ssdkit.spec.Severity;
import java.math.BigDecimal;

/** A number lies within inclusive bounds; used for column bounds and for table range checks. */
final class RangeCheck implements FieldCheck {

  private final String field;
  private final Range range;
  private final String rule;
  private final Severity severity;

  RangeCheck(String field, Range range, String rule) {
    this(field, range, rule, Severity.ERROR);
  }

  RangeCheck(String field, Range range, String rule, Severity severity) {
    this.field = field;
    this.range = range;
    this.rule = rule;
    this.severity = severity;
  }

  @Override
  public boolean check(String value, RowContext row) {
    BigDecimal number = Numbers.parse(value);
    if (number != null && !range.contains(number)) {
      row.report(severity, rule, field, value, field + " " + value + " is outside " + describe());
      return severity != Severity.ERROR;
    }
    return true;
  }

  private String describe() {
    if (range.min() != null && range.max() != null) {
      return range.min().toPlainString() + " to " + range.max().toPlainString();
    }
    return range.min() != null ? "the minimum " + range.min().toPlainString() : "the maximum " + range.max().toPlainString();
  }
}
