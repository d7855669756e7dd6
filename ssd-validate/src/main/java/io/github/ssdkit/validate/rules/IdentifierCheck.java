package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.IdentifierScheme;
import io.github.ssdkit.spec.Severity;

/** NHS numbers and UPNs have the published shape and a correct check character. */
final class IdentifierCheck implements FieldCheck {

  private final Field field;
  private final IdentifierScheme scheme;
  private final String rule;

  IdentifierCheck(Field field) {
    this.field = field;
    this.scheme = field.identifier();
    this.rule = "pattern." + scheme.specName().replace('_', '-');
  }

  @Override
  public boolean check(CharSequence cell, RowContext row) {
    if (!scheme.matchesPattern(cell)) {
      String value = cell.toString();
      row.report(Severity.ERROR, rule, field.name(), value, field.name() + " '" + Numbers.clip(value) + "' is not "
          + (scheme == IdentifierScheme.NHS_NUMBER ? "an NHS number: expected 10 digits" : "a UPN: expected a check letter and 12 characters"));
      return false;
    }
    if (!scheme.hasValidCheck(cell)) {
      String value = cell.toString();
      row.report(Severity.ERROR, rule, field.name(), value, field.name() + " '" + value + "' has a wrong check "
          + (scheme == IdentifierScheme.NHS_NUMBER ? "digit (modulus 11)" : "letter"));
      return false;
    }
    return true;
  }
}
