package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import java.util.ArrayList;
import java.util.List;

/** Compiles the checks of one column from the spec, in the order they run on each cell. */
public final class FieldRules {

  private FieldRules() {}

  /**
   * The checks of one column, in the order they run on each non-empty cell.
   *
   * @param field the column
   * @param spec the spec, for code sets
   * @param temporal the date parser, with the run's extra date patterns
   * @return type, code, length, identifier, pattern, range and JSON checks that apply
   */
  public static List<FieldCheck> compile(Field field, Spec spec, Temporal temporal) {
    return compile(field, -1, spec, temporal);
  }

  /**
   * The checks of one column, for a row that parses its dates before the checks run, so that a
   * date is parsed once a row.
   *
   * @param field the column
   * @param position where {@link RowContext#temporal} holds the column's date as parsed by
   *     {@code temporal} ({@link Temporal#parseDate} for a date, {@link Temporal#parseDateTime}
   *     else), or -1 to parse it in the check
   * @param spec the spec, for code sets
   * @param temporal the date parser, with the run's extra date patterns
   * @return type, code, length, identifier, pattern, range and JSON checks that apply
   */
  public static List<FieldCheck> compile(Field field, int position, Spec spec, Temporal temporal) {
    List<FieldCheck> checks = new ArrayList<>();
    if (TypeCheck.applies(field.type())) {
      checks.add(new TypeCheck(field, temporal, position));
    }
    // the code before the length: 'F ' from a padded CHAR column or 'Female' is a wrong code, which
    // the code message explains; codes of an extensible set pass on and their length is still checked
    if (field.codeSet() != null && field.type() != LogicalType.JSON_ARRAY) {
      spec.codeSet(field.codeSet()).ifPresent(set -> checks.add(new CodeCheck(field.name(), set)));
    }
    if (field.maxLength() != null && !field.type().isJson()) {
      checks.add(new LengthCheck(field));
    }
    if (field.identifier() != null) {
      checks.add(new IdentifierCheck(field));
    }
    if (field.pattern() != null) {
      checks.add(new PatternCheck(field));
    }
    if (field.range() != null && field.type().isNumeric()) {
      checks.add(new RangeCheck(field.name(), field.range(), "range"));
    }
    if (field.type().isJson()) {
      checks.add(new JsonCheck(field, spec));
    }
    return List.copyOf(checks);
  }
}
