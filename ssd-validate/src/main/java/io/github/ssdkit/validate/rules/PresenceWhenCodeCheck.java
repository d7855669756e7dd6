package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Check;
import java.util.Set;

/**
 * {@code then} holds a value when {@code when} holds one of the listed codes (or an alias of one).
 *
 * @param triggers the listed codes and their aliases, as written in extracts
 */
record PresenceWhenCodeCheck(String rule, Check.PresenceWhenCode check, int when, Set<String> triggers, int then)
    implements TableCheck {

  @Override
  public void check(RowContext row) {
    if (!row.has(when) || row.has(then)) {
      return;
    }
    String code = row.cell(when);
    if (triggers.contains(code)) {
      row.report(check.severity(), rule, check.then(), "", check.then() + " is empty although " + check.when()
          + " is '" + code + "': " + check.description());
    }
  }
}
