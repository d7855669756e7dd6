package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Severity;

/**
 * The value has the column's type: a real date, a whole number, a decimal, a boolean. A date the
 * row has parsed already (see {@link RowContext#temporal}) is not parsed again.
 */
final class TypeCheck implements FieldCheck {

  private final Field field;
  private final Temporal temporal;
  /** Where the row holds the field's parsed date, or -1 to parse it here. */
  private final int position;

  TypeCheck(Field field, Temporal temporal, int position) {
    this.field = field;
    this.temporal = temporal;
    this.position = position;
  }

  /**
   * Whether values of a type can fail this check: the other types accept any text here.
   *
   * @param type the column's type
   * @return true for dates, date-times, numbers and booleans
   */
  static boolean applies(LogicalType type) {
    return switch (type) {
      case DATE, DATETIME, INTEGER, DECIMAL, BOOLEAN -> true;
      case STRING, FLAG, CODE, JSON_OBJECT, JSON_ARRAY -> false;
    };
  }

  /** The date the row parsed, or the value parsed here. */
  private long parsed(CharSequence value, RowContext row, boolean timeAllowed) {
    if (position >= 0) {
      return row.temporal(position);
    }
    return timeAllowed ? temporal.parseDateTime(value) : temporal.parseDate(value);
  }

  @Override
  public boolean check(CharSequence value, RowContext row) {
    switch (field.type()) {
      case DATE:
        if (parsed(value, row, false) == Temporal.INVALID) {
          return fail(row, value, "type.date", "not a real date; expected yyyy-MM-dd" + lookalike(value));
        }
        return true;
      case DATETIME:
        if (parsed(value, row, true) == Temporal.INVALID) {
          return fail(row, value, "type.datetime", "not a real date and time; expected yyyy-MM-dd HH:mm:ss or yyyy-MM-ddTHH:mm:ss"
              + lookalike(value));
        }
        return true;
      case INTEGER:
        if (!Numbers.isInteger(value)) {
          return fail(row, value, "type.integer", "not a whole number");
        }
        return true;
      case DECIMAL:
        if (!Numbers.isDecimal(value)) {
          return fail(row, value, "type.decimal", "not a number");
        }
        return true;
      case BOOLEAN:
        if (!isBoolean(value)) {
          return fail(row, value, "type.boolean", "not a boolean; expected 1, 0, true or false");
        }
        return true;
      default:
        return true;
    }
  }

  /** 1, 0, true or false in any case (as {@link String#equalsIgnoreCase} compares). */
  private static boolean isBoolean(CharSequence value) {
    int n = value.length();
    if (n == 1) {
      return value.charAt(0) == '0' || value.charAt(0) == '1';
    }
    return (n == 4 || n == 5) && (value.toString().equalsIgnoreCase("true") || value.toString().equalsIgnoreCase("false"));
  }

  /**
   * A hint for a date written another common way, such as {@code 22/07/1985}: which pattern it
   * looks like and the option that accepts it, or why it cannot be accepted (a two-digit year).
   * Only worked out for a value that failed, so it costs nothing on valid rows.
   */
  private static String lookalike(CharSequence value) {
    return Temporal.lookalikePattern(value.toString())
        .map(p -> p.contains("yyyy") ? "; it looks like " + p + ", which --date-format " + p + " accepts"
            : "; it looks like " + p + ", with a two-digit year, which cannot be read safely (1985 or 2085?): "
            + "export four-digit years")
        .orElse("");
  }

  private boolean fail(RowContext row, CharSequence cell, String rule, String what) {
    String value = cell.toString();
    row.report(Severity.ERROR, rule, field.name(), value, field.name() + " '" + Numbers.clip(value) + "' is " + what);
    return false;
  }
}
