package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A declared table check compiled for fast use on each row. Rule ids are {@code check.<check id>},
 * except declared ranges, which are {@code range.<check id>}.
 */
public interface TableCheck {

  void check(RowContext row);

  /** Called after the last row; checks over many rows report here. */
  default void finish(RowContext reporter) {}

  /** Compiles every declared check of a table whose columns the extract has. */
  static List<TableCheck> compile(Table table, Spec spec, boolean[] present) {
    List<TableCheck> out = new ArrayList<>();
    List<String> names = table.fieldNames();
    TableCheckCompiler compiler = new TableCheckCompiler(names, spec, table);
    for (Check c : table.checks()) {
      if (c.fields().stream().allMatch(f -> names.indexOf(f) >= 0 && present[names.indexOf(f)])) {
        out.add(c.accept(compiler));
      } else if (c instanceof Check.AnyPresent any && any.fields().stream().anyMatch(f -> present(names, present, f))) {
        // any one of the columns may carry the value, so the check runs over those the extract has
        out.add(compiler.anyPresent(any, present));
      }
    }
    return out;
  }

  private static boolean present(List<String> names, boolean[] present, String field) {
    int at = names.indexOf(field);
    return at >= 0 && present[at];
  }

  /** {@code earlier <= later} (or {@code <}) when both are real dates. */
  record DateOrder(String rule, Check.DateOrder check, int earlier, int later) implements TableCheck {
    @Override
    public void check(RowContext row) {
      long a = row.temporal(earlier);
      long b = row.temporal(later);
      if (a == Temporal.INVALID || b == Temporal.INVALID) {
        return;
      }
      if (check.allowEqual() ? a > b : a >= b) {
        row.report(check.severity(), rule, check.later(), row.cell(later), check.later() + " " + row.cell(later)
            + " is before " + check.earlier() + " " + row.cell(earlier) + ": " + check.description());
      }
    }
  }

  /** A value in {@code when} needs one in {@code then}, and the other way round when both ways. */
  record Presence(String rule, Check.Presence check, int when, int then) implements TableCheck {
    @Override
    public void check(RowContext row) {
      boolean hasWhen = row.cell(when) != null;
      boolean hasThen = row.cell(then) != null;
      if (hasWhen && !hasThen) {
        row.report(check.severity(), rule, check.then(), "", check.then() + " is empty although " + check.when()
            + " has a value: " + check.description());
      } else if (check.bothWays() && hasThen && !hasWhen) {
        row.report(check.severity(), rule, check.when(), "", check.when() + " is empty although " + check.then()
            + " has a value: " + check.description());
      }
    }
  }
}
