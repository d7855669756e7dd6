package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every foreign key points at an existing column that identifies one row of its table (the
 * single-column primary key, or a unique column) and holds the same type of value.
 */
final class ForeignKeyRule implements LintRule {

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (Table table : spec.tables()) {
      for (Field f : table.foreignKeys()) {
        FieldRef ref = f.references();
        String what = "foreign key " + table.name() + "." + f.name() + " -> " + ref;
        Optional<Table> target = spec.table(ref.table());
        if (target.isEmpty()) {
          if (spec.isUnreadable(ref.table(), null)) {
            continue; // its file could not be read, which loading has reported
          }
          out.add(SpecProblem.error("lint.foreign-key.unresolved", f.location(), what + ": no table '" + ref.table() + "'"));
          continue;
        }
        Optional<Field> targetField = target.get().field(ref.field());
        if (targetField.isEmpty()) {
          if (spec.isUnreadable(ref.table(), ref.field())) {
            continue;
          }
          out.add(SpecProblem.error("lint.foreign-key.unresolved", f.location(),
              what + ": table " + ref.table() + " has no column '" + ref.field() + "'"));
          continue;
        }
        Field to = targetField.get();
        boolean soleKey = target.get().primaryKey().equals(List.of(to.name()));
        if (!soleKey && !to.unique()) {
          out.add(SpecProblem.error("lint.foreign-key.not-key", f.location(), what
              + ": the target is neither the table's single-column primary key nor a unique column"));
        }
        if (to.type() != f.type()) {
          out.add(SpecProblem.error("lint.foreign-key.type", f.location(), what + ": type "
              + f.type().specName() + " does not match the target's " + to.type().specName()));
        } else if (to.maxLength() != null && (f.maxLength() == null || f.maxLength() > to.maxLength())) {
          out.add(SpecProblem.warning("lint.foreign-key.length", f.location(), what + ": max_length "
              + f.maxLength() + " is longer than the target's " + to.maxLength()));
        }
      }
    }
    return out;
  }
}
