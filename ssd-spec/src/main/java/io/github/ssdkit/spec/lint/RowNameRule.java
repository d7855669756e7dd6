package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Row type names ({@code row_name}, decision 274): a table's {@code row_name} must be a Java type
 * name in PascalCase of ASCII letters and digits, not a {@code java.lang} type the generated code
 * uses, and every table's row type name (its {@code row_name}, or the one derived from the table
 * name) must differ from every other's, also ignoring case, since generated files are named after
 * them and some file systems ignore case.
 */
final class RowNameRule implements LintRule {

  private static final Pattern PASCAL = Pattern.compile("[A-Z][A-Za-z0-9]*");
  /** java.lang types the generated classes refer to by their simple names. */
  private static final Set<String> TAKEN = Set.of("Object", "String", "Integer", "Boolean", "Record", "Enum",
      "Override", "Deprecated", "Class", "IllegalStateException", "IllegalArgumentException");

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    Map<String, Table> seen = new HashMap<>();
    for (Table table : spec.tables()) {
      String name = table.rowName();
      if (!name.isEmpty() && (!PASCAL.matcher(name).matches() || !SourceVersion.isName(name) || TAKEN.contains(name))) {
        out.add(SpecProblem.error("lint.row-name.illegal", table.location(), "row_name '" + name + "' of " + table.name()
            + " must be a Java type name in PascalCase (letters and digits, starting with a capital)"
            + (TAKEN.contains(name) ? " other than java.lang's " + name : "")));
        continue;
      }
      String type = table.rowTypeName();
      Table other = seen.putIfAbsent(type.toLowerCase(Locale.ROOT), table);
      if (other != null) {
        out.add(SpecProblem.error("lint.row-name.duplicate", table.location(), "the row type name '" + type + "' of "
            + table.name() + " is also that of " + other.name() + " ('" + other.rowTypeName()
            + "'); give one of them another row_name"));
      }
    }
    return out;
  }
}
