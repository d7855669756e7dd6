package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every table has a primary key of one or more distinct, existing, required, scalar columns. */
final class PrimaryKeyRule implements LintRule {

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (Table table : spec.tables()) {
      if (table.primaryKey().isEmpty()) {
        out.add(SpecProblem.error("lint.primary-key.missing", table.location(),
            "table " + table.name() + " has no primary_key; every SSD table needs one to identify its rows"));
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (String column : table.primaryKey()) {
        if (!seen.add(column)) {
          out.add(SpecProblem.error("lint.primary-key.duplicate", table.location(),
              "primary key of " + table.name() + " lists '" + column + "' twice"));
        }
        Optional<Field> field = table.field(column);
        if (field.isEmpty()) {
          if (spec.isUnreadable(table.name(), column)) {
            continue; // the column's entry could not be read, which loading has reported
          }
          out.add(SpecProblem.error("lint.primary-key.unresolved", table.location(),
              "primary key column '" + column + "' is not a column of " + table.name()));
        } else if (field.get().type().isJson()) {
          out.add(SpecProblem.error("lint.primary-key.type", field.get().location(),
              "primary key column '" + column + "' cannot be JSON"));
        } else if (!field.get().required()) {
          out.add(SpecProblem.error("lint.primary-key.required", field.get().location(),
              "primary key column '" + column + "' must be required"));
        }
      }
    }
    return out;
  }
}
