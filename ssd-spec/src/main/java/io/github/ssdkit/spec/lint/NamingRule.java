package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SSD naming: tables are {@code ssd_<name>}; columns are lower snake_case and start with their
 * table's prefix (the part of the first key column before its first underscore, such as
 * {@code pers_}), so that a column name alone tells which table it belongs to. A table where
 * fewer than half the columns share that prefix (a few admin tables) never adopted the convention
 * and is not held to it, since real extracts use its names as they are. An overlay's table starts with
 * the overlay's prefix instead of {@code ssd_}, and a column an overlay adds to another's table
 * carries the overlay's prefix instead of the table's (the overlay merger checks both prefixes).
 */
final class NamingRule implements LintRule {

  private static final Pattern TABLE = Pattern.compile("ssd_[a-z0-9]+(_[a-z0-9]+)*");
  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (Table table : spec.tables()) {
      boolean local = !spec.origins().table(table.name()).isCore();
      if (local ? !SNAKE.matcher(table.name()).matches() : !TABLE.matcher(table.name()).matches()) {
        out.add(SpecProblem.error("lint.naming.table", table.location(), "table name '" + table.name()
            + (local ? "' must be lower snake_case" : "' must be ssd_ followed by lower snake_case")));
      }
      String prefix = prefixOf(table);
      for (Field field : table.fields()) {
        if (!SNAKE.matcher(field.name()).matches()) {
          out.add(SpecProblem.error("lint.naming.field", field.location(),
              "column name '" + field.name() + "' must be lower snake_case"));
        } else if (prefix != null && !field.name().startsWith(prefix)
            && spec.origins().column(table.name(), field.name()).equals(spec.origins().table(table.name()))) {
          out.add(SpecProblem.warning("lint.naming.prefix", field.location(), "column '" + field.name()
              + "' of " + table.name() + " does not start with the table prefix '" + prefix + "'"));
        }
      }
    }
    for (CodeSet set : spec.codeSets()) {
      if (!SNAKE.matcher(set.id()).matches()) {
        out.add(SpecProblem.error("lint.naming.code-set", set.location(),
            "code set id '" + set.id() + "' must be lower snake_case"));
      }
    }
    return out;
  }

  static String prefixOf(Table table) {
    String prefix = candidatePrefix(table);
    if (prefix == null) {
      return null;
    }
    long sharing = table.fields().stream().filter(f -> f.name().startsWith(prefix)).count();
    return sharing * 2 >= table.fields().size() ? prefix : null;
  }

  private static String candidatePrefix(Table table) {
    String first = table.primaryKey().isEmpty()
        ? (table.fields().isEmpty() ? null : table.fields().get(0).name())
        : table.primaryKey().get(0);
    if (first == null || first.indexOf('_') <= 0) {
      return null;
    }
    return first.substring(0, first.indexOf('_') + 1);
  }
}
