package io.github.ssdkit.spec.diff;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The renames between two specs, found through stable references: old name to new name for
 * tables, columns (per old table) and code sets. A name absent here kept its name or is gone.
 */
final class Renames {

  private final Map<String, String> tables;
  private final Map<String, Map<String, String>> columns;
  private final Map<String, String> codeSets;

  private Renames(Map<String, String> tables, Map<String, Map<String, String>> columns, Map<String, String> codeSets) {
    this.tables = tables;
    this.columns = columns;
    this.codeSets = codeSets;
  }

  static Renames find(Spec older, Spec newer) {
    Map<String, String> tables = tableRenames(older, newer);
    Map<String, Map<String, String>> columns = new HashMap<>();
    for (Table a : older.tables()) {
      newer.table(tables.getOrDefault(a.name(), a.name()))
          .ifPresent(b -> columns.put(a.name(), columnRenames(a, b)));
    }
    return new Renames(tables, columns, codeSetRenames(older, newer));
  }

  /** The new name of an old table (its own name when it kept it). */
  String table(String old) {
    return tables.getOrDefault(old, old);
  }

  boolean isRenamedTable(String old) {
    return tables.containsKey(old);
  }

  /** The new name of an old table's column (its own name when it kept it). */
  String column(String oldTable, String oldColumn) {
    return columns.getOrDefault(oldTable, Map.of()).getOrDefault(oldColumn, oldColumn);
  }

  boolean isRenamedColumn(String oldTable, String oldColumn) {
    return columns.getOrDefault(oldTable, Map.of()).containsKey(oldColumn);
  }

  /** The new id of an old code set, or null for none. */
  String codeSet(String old) {
    return old == null ? null : codeSets.getOrDefault(old, old);
  }

  boolean isRenamedCodeSet(String old) {
    return codeSets.containsKey(old);
  }

  /** An old reference as the new spec would spell it. */
  FieldRef ref(FieldRef old) {
    return old == null ? null : new FieldRef(table(old.table()), column(old.table(), old.field()));
  }

  /**
   * An old table that is gone by name is renamed to the new table (also new by name) holding more
   * than half of its columns' item references.
   */
  private static Map<String, String> tableRenames(Spec older, Spec newer) {
    Map<String, String> itemTable = new HashMap<>();
    for (Table b : newer.tables()) {
      if (older.table(b.name()).isEmpty()) {
        b.fields().stream().filter(f -> !f.item().isBlank()).forEach(f -> itemTable.put(f.item(), b.name()));
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (Table a : older.tables()) {
      if (newer.table(a.name()).isPresent()) {
        continue;
      }
      List<String> items = a.fields().stream().map(Field::item).filter(i -> !i.isBlank()).toList();
      Map<String, Integer> votes = new HashMap<>();
      items.forEach(i -> {
        String t = itemTable.get(i);
        if (t != null) {
          votes.merge(t, 1, Integer::sum);
        }
      });
      votes.entrySet().stream()
          .filter(e -> e.getValue() * 2 > items.size() && !taken.contains(e.getKey()))
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .ifPresent(e -> {
            out.put(a.name(), e.getKey());
            taken.add(e.getKey());
          });
    }
    return out;
  }

  /** A column gone by name whose item reference names a column new by name is renamed to it. */
  private static Map<String, String> columnRenames(Table a, Table b) {
    Map<String, String> newByItem = new HashMap<>();
    for (Field f : b.fields()) {
      if (a.field(f.name()).isEmpty() && !f.item().isBlank()) {
        newByItem.putIfAbsent(f.item(), f.name());
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Field f : a.fields()) {
      if (b.field(f.name()).isEmpty() && !f.item().isBlank() && newByItem.containsKey(f.item())) {
        out.put(f.name(), newByItem.remove(f.item()));
      }
    }
    return out;
  }

  /**
   * A code set gone by id is renamed to the new set (also new by id) that shares the most of its
   * codes, when they share at least half of the codes of both.
   */
  private static Map<String, String> codeSetRenames(Spec older, Spec newer) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (CodeSet a : older.codeSets()) {
      if (newer.codeSet(a.id()).isPresent() || a.values().isEmpty()) {
        continue;
      }
      Set<String> codes = new HashSet<>(a.codes());
      CodeSet best = null;
      int bestShared = 0;
      for (CodeSet b : newer.codeSets()) {
        if (older.codeSet(b.id()).isPresent() || taken.contains(b.id())) {
          continue;
        }
        int shared = (int) b.codes().stream().filter(codes::contains).count();
        if (shared * 2 >= codes.size() && shared * 2 >= b.codes().size() && shared > bestShared) {
          best = b;
          bestShared = shared;
        }
      }
      if (best != null) {
        out.put(a.id(), best.id());
        taken.add(best.id());
      }
    }
    return out;
  }
}
