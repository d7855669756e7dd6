package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Check;

/** At least one of the columns holds a value; reported on the first of them. */
record AnyPresentCheck(String rule, Check.AnyPresent check, int[] columns) implements TableCheck {

  @Override
  public void check(RowContext row) {
    for (int c : columns) {
      if (row.has(c)) {
        return;
      }
    }
    row.report(check.severity(), rule, check.fields().get(0), "", String.join(", ", check.fields())
        + " are all empty; one of them needs a value: " + check.description());
  }
}
