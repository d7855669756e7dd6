package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Severity;
import java.util.function.Predicate;

/**
 * The value matches the column's declared pattern: by hand when the pattern is a plain sequence
 * ({@link SequencePattern}), the usual case, else by the regular expression.
 */
final class PatternCheck implements FieldCheck {

  private final Field field;
  private final Predicate<CharSequence> matches;

  PatternCheck(Field field) {
    this.field = field;
    this.matches = SequencePattern.matcher(field.pattern());
  }

  @Override
  public boolean check(CharSequence cell, RowContext row) {
    if (!matches.test(cell)) {
      String value = cell.toString();
      row.report(Severity.ERROR, "pattern", field.name(), value, field.name() + " '" + Numbers.clip(value)
          + "' does not match " + field.pattern());
      return false;
    }
    return true;
  }
}
