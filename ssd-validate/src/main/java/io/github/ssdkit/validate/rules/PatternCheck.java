package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Severity;
import java.util.regex.Pattern;

/** The value matches the column's declared pattern. */
final class PatternCheck implements FieldCheck {

  private final Field field;
  private final Pattern pattern;

  PatternCheck(Field field) {
    this.field = field;
    this.pattern = Pattern.compile(field.pattern());
  }

  @Override
  public boolean check(String value, RowContext row) {
    if (!pattern.matcher(value).matches()) {
      row.report(Severity.ERROR, "pattern", field.name(), value, field.name() + " '" + Numbers.clip(value)
          + "' does not match " + field.pattern());
      return false;
    }
    return true;
  }
}
