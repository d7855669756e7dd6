package io.github.ssdkit.spec.diff;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Changes to tables: added, removed, renamed, their keys, columns and checks. */
final class TableChanges {

  static final Set<String> TABLE_COMPONENTS = Set.of("name", "rowName", "description", "domain", "status", "since",
      "primaryKey", "fields", "checks", "notes", "location");

  private TableChanges() {}

  static void compare(Spec older, Spec newer, Renames renames, ChangeList out) {
    Set<String> matched = new HashSet<>();
    for (Table a : older.tables()) {
      Optional<Table> b = newer.table(renames.table(a.name()));
      if (b.isEmpty()) {
        out.add(Impact.BREAKING_DATA, "table.removed", "table " + a.name(), a.name(), null,
            "extracts that hold it no longer match the spec, and its generated record is gone");
        continue;
      }
      matched.add(b.get().name());
      if (renames.isRenamedTable(a.name())) {
        out.add(Impact.BREAKING_DATA, "table.renamed", "table " + b.get().name(), a.name(), b.get().name(),
            "found by its columns' item references; extracts name the table's file, and the generated record is renamed");
      }
      compareTable(a, b.get(), renames, out);
    }
    for (Table b : newer.tables()) {
      if (!matched.contains(b.name())) {
        out.add(Impact.COMPATIBLE, "table.added", "table " + b.name(), null, b.name(),
            "old extracts do not hold it, and a table that is absent is not an error");
      }
    }
    List<String> oldOrder = older.tables().stream().map(t -> renames.table(t.name())).filter(matched::contains).toList();
    List<String> newOrder = newer.tables().stream().map(Table::name).filter(matched::contains).toList();
    if (!oldOrder.equals(newOrder)) {
      out.add(Impact.DOCS_ONLY, "spec.tables.reordered", "spec", null, null, "tables are found by name, not by place");
    }
  }

  private static void compareTable(Table a, Table b, Renames renames, ChangeList out) {
    String subject = "table " + b.name();
    out.docs("table.description.changed", subject, a.description(), b.description());
    out.docs("table.domain.changed", subject, a.domain(), b.domain());
    out.docs("table.notes.changed", subject, a.notes(), b.notes());
    if (!a.rowTypeName().equals(b.rowTypeName()) && !(a.rowName().isEmpty() && b.rowName().isEmpty())) {
      out.add(Impact.BREAKING_CODE, "table.row-name.changed", subject, a.rowTypeName(), b.rowTypeName(),
          "row_name renames the generated row type; code naming the old type no longer compiles");
    }
    out.docs("table.since.changed", subject, a.since(), b.since());
    status(subject, "table", a.status(), b.status(), false, out);
    primaryKey(a, b, renames, out);
    Set<String> matched = new HashSet<>();
    for (Field f : a.fields()) {
      String newName = renames.column(a.name(), f.name());
      Optional<Field> g = b.field(newName);
      String column = "column " + b.name() + "." + (g.isPresent() ? newName : f.name());
      if (g.isEmpty()) {
        out.add(Impact.BREAKING_DATA, "column.removed", column, f.name(), null,
            "extracts that hold it no longer match the spec, and its record component is gone");
        continue;
      }
      matched.add(newName);
      if (renames.isRenamedColumn(a.name(), f.name())) {
        out.add(Impact.BREAKING_DATA, "column.renamed", column, f.name(), newName,
            "found by its item reference " + f.item() + "; extracts with the old header no longer match,"
                + " and the record component is renamed");
      }
      FieldChanges.compare(column, f, g.get(), renames, out);
    }
    for (Field g : b.fields()) {
      if (matched.contains(g.name())) {
        continue;
      }
      boolean demanded = g.required() && g.status() != Lifecycle.PROPOSED;
      out.add(demanded ? Impact.BREAKING_DATA : Impact.COMPATIBLE, "column.added", "column " + b.name() + "." + g.name(),
          null, g.name() + (demanded ? " (required)" : " (optional)"),
          demanded ? "old extracts lack a required column" : "old extracts without it get a warning at most");
    }
    List<String> oldOrder = a.fields().stream().map(f -> renames.column(a.name(), f.name()))
        .filter(matched::contains).toList();
    List<String> newOrder = b.fields().stream().map(Field::name).filter(matched::contains).toList();
    if (!oldOrder.equals(newOrder)) {
      out.add(Impact.COMPATIBLE, "table.columns.reordered", subject, null, null,
          "columns are read by header name; the generated record's components (and canonical constructor)"
              + " follow the new order, so build records with their builders");
    }
    CheckChanges.compare(b.name(), a.checks(), b.checks(), c -> renames.column(a.name(), c), out);
    Unclassified.compare(subject, a, b, TABLE_COMPONENTS, out);
  }

  private static void primaryKey(Table a, Table b, Renames renames, ChangeList out) {
    List<String> before = a.primaryKey().stream().map(c -> renames.column(a.name(), c)).toList();
    List<String> after = b.primaryKey();
    if (before.equals(after)) {
      return;
    }
    String subject = "table " + b.name();
    if (after.containsAll(before)) {
      out.add(Impact.COMPATIBLE, "table.key.widened", subject, before, after,
          "a key of more columns lets more rows be distinct");
    } else {
      out.add(Impact.BREAKING_DATA, "table.key.changed", subject, before, after,
          "rows distinct under the old key can clash under the new one");
    }
  }

  /**
   * A proposed item is never demanded of an extract; a released or deprecated one is (when
   * required), so promoting a required column breaks data and every other move is compatible.
   */
  static void status(String subject, String what, Lifecycle a, Lifecycle b, boolean required, ChangeList out) {
    if (a == b) {
      return;
    }
    boolean demanded = a == Lifecycle.PROPOSED && required;
    out.add(demanded ? Impact.BREAKING_DATA : Impact.COMPATIBLE, what + ".status.changed", subject,
        a.specName(), b.specName(), demanded ? "a required column that was only proposed must now be present"
            : "no extract valid before is refused for it");
  }
}
