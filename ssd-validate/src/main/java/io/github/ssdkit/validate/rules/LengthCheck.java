package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Severity;

/** Text is no longer than the column's max_length, counted in characters (Unicode code points), in place. */
final class LengthCheck implements FieldCheck {

  private final Field field;
  private final int max;

  LengthCheck(Field field) {
    this.field = field;
    this.max = field.maxLength();
  }

  @Override
  public boolean check(CharSequence value, RowContext row) {
    // UTF-16 length is never below the code point count, so the exact count is rarely needed
    if (value.length() <= max) {
      return true;
    }
    int length = Character.codePointCount(value, 0, value.length());
    if (length > max) {
      row.report(Severity.ERROR, "length", field.name(), value.toString(),
          field.name() + " is " + length + " characters long; at most " + max + " allowed");
      return false;
    }
    return true;
  }
}
