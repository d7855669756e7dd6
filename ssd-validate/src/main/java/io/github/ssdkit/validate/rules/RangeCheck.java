package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Range;
import io.github.ssdkit.spec.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A number lies within inclusive bounds; used for column bounds and for table range checks. */
final class RangeCheck implements FieldCheck {

  private final String field;
  private final Range range;
  private final String rule;
  private final Severity severity;
  /** The whole numbers the range holds, {@code [minWhole, maxWhole]}: an integer inside passes at once. */
  private final long minWhole;
  private final long maxWhole;

  RangeCheck(String field, Range range, String rule) {
    this(field, range, rule, Severity.ERROR);
  }

  RangeCheck(String field, Range range, String rule, Severity severity) {
    this.field = field;
    this.range = range;
    this.rule = rule;
    this.severity = severity;
    this.minWhole = range.min() == null ? Long.MIN_VALUE : whole(range.min(), RoundingMode.CEILING);
    this.maxWhole = range.max() == null ? Long.MAX_VALUE : whole(range.max(), RoundingMode.FLOOR);
  }

  /** The bound rounded to a whole number inside the range, clamped to what a long holds. */
  private static long whole(BigDecimal bound, RoundingMode inward) {
    BigDecimal w = bound.setScale(0, inward);
    if (w.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
      return Long.MAX_VALUE;
    }
    return w.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) <= 0 ? Long.MIN_VALUE : w.longValueExact();
  }

  @Override
  public boolean check(CharSequence cell, RowContext row) {
    if (Numbers.isInteger(cell)) { // the usual case, judged without a BigDecimal
      long v = Numbers.parseInteger(cell);
      if (v >= minWhole && v <= maxWhole) {
        return true;
      }
    }
    String value = cell.toString();
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
