package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CodeSet;
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

/**
 * Table checks have unique ids and name existing columns of a type the check can read; a
 * cross-table check's path through its foreign key leads to one parent row whose columns exist
 * and are dates.
 */
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
        check.accept(new Columns(spec, table, out));
      }
    }
    return out;
  }

  /** Which columns each kind reads, and of which type. */
  private record Columns(Spec spec, Table table, List<SpecProblem> out) implements Check.Visitor<Void> {

    @Override
    public Void dateOrder(Check.DateOrder c) {
      need(spec, table, c, c.earlier(), "a date or datetime", LogicalType::isTemporal, out);
      need(spec, table, c, c.later(), "a date or datetime", LogicalType::isTemporal, out);
      return null;
    }

    @Override
    public Void presence(Check.Presence c) {
      need(spec, table, c, c.when(), "any type", t -> true, out);
      need(spec, table, c, c.then(), "any type", t -> true, out);
      return null;
    }

    @Override
    public Void presenceWhenCode(Check.PresenceWhenCode c) {
      need(spec, table, c, c.when(), "a coded column", t -> !t.isJson(), out);
      need(spec, table, c, c.then(), "any type", t -> true, out);
      codesExist(spec, table, c, out);
      return null;
    }

    @Override
    public Void anyPresent(Check.AnyPresent c) {
      c.fields().forEach(f -> need(spec, table, c, f, "any type", t -> true, out));
      if (c.fields().size() < 2) {
        out.add(SpecProblem.error("lint.check.fields", c.location(), "any_present check '" + c.id()
            + "' names one column; mark that column required instead"));
      }
      return null;
    }

    @Override
    public Void valueRange(Check.ValueRange c) {
      need(spec, table, c, c.field(), "a number", LogicalType::isNumeric, out);
      return null;
    }

    @Override
    public Void noOverlap(Check.NoOverlap c) {
      c.groupBy().forEach(g -> need(spec, table, c, g, "a scalar", t -> !t.isJson(), out));
      need(spec, table, c, c.start(), "a date or datetime", LogicalType::isTemporal, out);
      need(spec, table, c, c.end(), "a date or datetime", LogicalType::isTemporal, out);
      return null;
    }

    @Override
    public Void textPattern(Check.TextPattern c) {
      need(spec, table, c, c.field(), "text", t -> t == LogicalType.STRING || t == LogicalType.CODE, out);
      return null;
    }

    @Override
    public Void parentDate(Check.ParentDate c) {
      need(spec, table, c, c.field(), "a date or datetime", LogicalType::isTemporal, out);
      parentPath(spec, table, c, out);
      return null;
    }

    @Override
    public Void withinParent(Check.WithinParent c) {
      need(spec, table, c, c.start(), "a date or datetime", LogicalType::isTemporal, out);
      need(spec, table, c, c.end(), "a date or datetime", LogicalType::isTemporal, out);
      parentPath(spec, table, c, out);
      return null;
    }
  }

  /**
   * The path of a cross-table check: {@code via} is a foreign key of the table to another table,
   * pointing at that table's one-column primary key or a unique column (so that one parent row
   * answers), and every parent column it reads is a date there.
   */
  private static void parentPath(Spec spec, Table table, Check.CrossTable c, List<SpecProblem> out) {
    Optional<Field> via = table.field(c.via());
    if (via.isEmpty()) {
      if (!spec.isUnreadable(table.name(), c.via())) {
        out.add(SpecProblem.error("lint.check.unresolved", c.location(), c.kind() + " check '" + c.id()
            + "' names '" + c.via() + "', which is not a column of " + table.name()));
      }
      return;
    }
    if (via.get().references() == null) {
      out.add(SpecProblem.error("lint.check.via", c.location(), c.kind() + " check '" + c.id() + "' goes through "
          + c.via() + ", which is not a foreign key; 'via' must name a column with 'references'"));
      return;
    }
    String parentName = via.get().references().table();
    Optional<Table> parent = spec.table(parentName);
    if (parent.isEmpty()) {
      return; // the foreign-key rule reports a reference to a missing table
    }
    if (parentName.equals(table.name())) {
      out.add(SpecProblem.error("lint.check.via", c.location(), c.kind() + " check '" + c.id() + "' goes through "
          + c.via() + ", which points into " + table.name() + " itself; a parent must be another table"));
      return;
    }
    String target = via.get().references().field();
    boolean oneRow = parent.get().primaryKey().equals(List.of(target))
        || parent.get().field(target).map(Field::unique).orElse(false);
    if (!oneRow) {
      out.add(SpecProblem.error("lint.check.via", c.location(), c.kind() + " check '" + c.id() + "' goes through "
          + c.via() + " to " + parentName + "." + target + ", which is neither the primary key nor unique there,"
          + " so more than one parent row could answer"));
    }
    for (String column : c.parentFields()) {
      Optional<Field> f = parent.get().field(column);
      if (f.isEmpty()) {
        out.add(SpecProblem.error("lint.check.unresolved", c.location(), c.kind() + " check '" + c.id()
            + "' names '" + column + "', which is not a column of " + parentName + " (the table " + c.via()
            + " points at)"));
      } else if (!f.get().type().isTemporal()) {
        out.add(SpecProblem.error("lint.check.type", c.location(), c.kind() + " check '" + c.id() + "' needs "
            + parentName + "." + column + " to be a date or datetime, not " + f.get().type().specName()));
      }
    }
  }

  /** The codes a presence_when_code check lists are codes (or aliases) of its column's code set. */
  private static void codesExist(Spec spec, Table table, Check.PresenceWhenCode c, List<SpecProblem> out) {
    Optional<CodeSet> set = table.field(c.when()).map(Field::codeSet).flatMap(spec::codeSet);
    if (table.field(c.when()).isPresent() && table.field(c.when()).get().codeSet() == null) {
      out.add(SpecProblem.error("lint.check.type", c.location(), "presence_when_code check '" + c.id() + "' needs "
          + c.when() + " to have a code set"));
    }
    if (set.isEmpty()) {
      return; // no column or no set: reported above or by the code-set reference rule
    }
    for (String code : c.codes()) {
      if (set.get().find(code).isEmpty()) {
        out.add(SpecProblem.error("lint.check.code", c.location(), "presence_when_code check '" + c.id()
            + "' lists '" + code + "', which is not a code of " + set.get().id()));
      }
    }
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
