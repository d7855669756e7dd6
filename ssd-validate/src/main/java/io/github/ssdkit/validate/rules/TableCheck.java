package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Severity;
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
   * Compiles every declared check of a table whose columns the extract has.
   *
   * @param table the table
   * @param present per field, whether the extract has the column
   * @return the compiled checks, in declaration order
   */
  static List<TableCheck> compile(Table table, boolean[] present) {
    List<TableCheck> out = new ArrayList<>();
    List<String> names = table.fieldNames();
    for (Check c : table.checks()) {
      boolean usable = c.fields().stream().allMatch(f -> names.indexOf(f) >= 0 && present[names.indexOf(f)]);
      if (!usable) {
        continue;
      }
      String rule = "check." + c.id();
      if (c instanceof Check.DateOrder d) {
        out.add(new DateOrder(rule, d, names.indexOf(d.earlier()), names.indexOf(d.later())));
      } else if (c instanceof Check.Presence p) {
        out.add(new Presence(rule, p, names.indexOf(p.when()), names.indexOf(p.then())));
      } else if (c instanceof Check.ValueRange r) {
        // a declared range is still a range rule: its id says so, and names the check
        RangeCheck range = new RangeCheck(r.field(), r.range(), "range." + c.id());
        int at = names.indexOf(r.field());
        out.add(row -> {
          String v = row.cell(at);
          if (v != null && Numbers.isDecimal(v)) {
            range.check(v, row);
          }
        });
      } else if (c instanceof Check.NoOverlap o) {
        int[] group = o.groupBy().stream().mapToInt(names::indexOf).toArray();
        out.add(new OverlapCheck(rule, o, group, names.indexOf(o.start()), names.indexOf(o.end())));
      }
    }
    return out;
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
        row.report(Severity.ERROR, rule, check.later(), row.cell(later), check.later() + " " + row.cell(later)
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
        row.report(Severity.ERROR, rule, check.then(), "", check.then() + " is empty although " + check.when()
            + " has a value: " + check.description());
      } else if (check.bothWays() && hasThen && !hasWhen) {
        row.report(Severity.ERROR, rule, check.when(), "", check.when() + " is empty although " + check.then()
            + " has a value: " + check.description());
      }
    }
  }
}
