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

  /**
   * Checks the current row.
   *
   * @param row the row, to read cells from and report to
   */
  void check(RowContext row);

  /**
   * Called after the last row; checks over many rows report here.
   *
   * @param reporter where to report, with {@link RowContext#reportRow}
   */
  default void finish(RowContext reporter) {}

  /**
   * Compiles every declared check of a table whose columns the extract has (an any-present check
   * runs over those of its columns the extract has).
   *
   * @param table the table
   * @param spec the spec, for the code sets a check names
   * @param present per field, whether the extract has the column
   * @param parents the dates kept of the tables this one's foreign keys point at, for cross-table
   *     checks ({@link ParentRows#NONE} when none; such checks then do not run)
   * @return the compiled checks, in declaration order
   */
  static List<TableCheck> compile(Table table, Spec spec, boolean[] present, ParentRows parents) {
    List<TableCheck> out = new ArrayList<>();
    TableCheckCompiler compiler = new TableCheckCompiler(spec, table, present, parents);
    for (Check c : table.checks()) {
      TableCheck compiled = c.accept(compiler);
      if (compiled != null) {
        out.add(compiled);
      }
    }
    return out;
  }

  /**
   * {@code earlier <= later} (or {@code <}) when both are real dates.
   *
   * @param rule the rule id issues are reported under
   * @param check the declared check, for its columns, severity and description
   * @param earlier the row index of the date column that must come first
   * @param later the row index of the date column that must come on or after it
   */
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

  /**
   * A value in {@code when} needs one in {@code then}, and the other way round when both ways.
   *
   * @param rule the rule id issues are reported under
   * @param check the declared check, for its columns, severity, description and direction
   * @param when the row index of the column whose value makes the other one needed
   * @param then the row index of the column that must then hold a value
   */
  record Presence(String rule, Check.Presence check, int when, int then) implements TableCheck {
    @Override
    public void check(RowContext row) {
      boolean hasWhen = row.has(when);
      boolean hasThen = row.has(then);
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
