package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Table checks have unique ids and name existing columns of a type the check can read. */
final class CheckFieldsRule implements LintRule {

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (Table table : spec.tables()) {
      Set<String> ids = new HashSet<>();
      for (Check check : table.checks()) {
        if (!ids.add(check.id())) {
          out.add(SpecProblem.error("lint.check.duplicate-id", check.location(),
              "check id '" + check.id() + "' is used twice in " + table.name()));
        }
        if (!check.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
          out.add(SpecProblem.error("lint.check.id", check.location(), "check id '" + check.id() + "' must be kebab-case"));
        }
        if (check instanceof Check.DateOrder c) {
          need(spec, table, c, c.earlier(), "a date or datetime", LogicalType::isTemporal, out);
          need(spec, table, c, c.later(), "a date or datetime", LogicalType::isTemporal, out);
        } else if (check instanceof Check.Presence c) {
          need(spec, table, c, c.when(), "any type", t -> true, out);
          need(spec, table, c, c.then(), "any type", t -> true, out);
        } else if (check instanceof Check.ValueRange c) {
          need(spec, table, c, c.field(), "a number", LogicalType::isNumeric, out);
        } else if (check instanceof Check.NoOverlap c) {
          c.groupBy().forEach(g -> need(spec, table, c, g, "a scalar", t -> !t.isJson(), out));
          need(spec, table, c, c.start(), "a date or datetime", LogicalType::isTemporal, out);
          need(spec, table, c, c.end(), "a date or datetime", LogicalType::isTemporal, out);
        }
      }
    }
    return out;
  }

  private static void need(Spec spec, Table table, Check check, String column, String expected,
      Predicate<LogicalType> ok, List<SpecProblem> out) {
    Optional<Field> field = table.field(column);
    if (field.isEmpty()) {
      if (spec.isUnreadable(table.name(), column)) {
        return; // the column's entry could not be read, which loading has reported
      }
      out.add(SpecProblem.error("lint.check.unresolved", check.location(), check.kind() + " check '"
          + check.id() + "' names '" + column + "', which is not a column of " + table.name()));
    } else if (!ok.test(field.get().type())) {
      out.add(SpecProblem.error("lint.check.type", check.location(), check.kind() + " check '" + check.id()
          + "' needs " + column + " to be " + expected + ", not " + field.get().type().specName()));
    }
  }
}
