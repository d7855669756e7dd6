package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.RuleIds;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.rules.KeySet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One table's keys: its primary keys and unique columns (each value once), its foreign keys
 * (each value among the parent's keys), and afterwards the key sets the tables pointing at it
 * need. A reference into the table itself is resolved after the last row, when all its keys are
 * known. A value missing from a parent that was not completely read is only counted.
 */
final class KeyTracker {

  private final Spec spec;
  private final Table table;
  private final TableIssues issues;
  private final Map<String, KeySet> keyIndexes;
  private final int[] pk;
  private KeySet primaryKeys = new KeySet();
  private final Map<Integer, KeySet> uniqueColumns = new TreeMap<>();
  private final Map<Integer, List<SelfReference>> selfReferences = new TreeMap<>();
  private final UnverifiableReferences unverifiable = new UnverifiableReferences();
  private final DuplicateKeys duplicates;
  // The unique and foreign-key columns as parallel arrays, in column order: walked on every row.
  private int[] uniqueAt = new int[0];
  private KeySet[] uniqueSets = new KeySet[0];
  private int[] foreignAt = new int[0];
  private KeySet[] foreignSets = new KeySet[0];

  private record SelfReference(String value, long row, String key) {}

  KeyTracker(Spec spec, Table table, TableIssues issues, Map<String, KeySet> keyIndexes) {
    this.spec = spec;
    this.table = table;
    this.issues = issues;
    this.keyIndexes = keyIndexes;
    this.pk = table.primaryKey().stream().mapToInt(table.fieldNames()::indexOf).toArray();
    this.duplicates = new DuplicateKeys(table, issues);
  }

  /** The primary key's field positions, in key order. */
  int[] primaryKey() {
    return pk;
  }

  /**
   * Sets up the sets for the columns the file has, made ready for the rows expected; foreign keys
   * only when their parents were read.
   */
  void prepare(boolean[] present, boolean checkForeignKeys, long expectedRows) {
    if (pk.length > 0) {
      primaryKeys = new KeySet(expectedRows);
    }
    Map<Integer, KeySet> foreign = new TreeMap<>();
    for (int i = 0; i < present.length; i++) {
      Field f = table.fields().get(i);
      if (!present[i]) {
        continue;
      }
      if (f.unique() && !(pk.length == 1 && pk[0] == i)) {
        uniqueColumns.put(i, new KeySet(expectedRows));
      }
      if (f.references() != null && checkForeignKeys) {
        FieldRef ref = f.references();
        if (ref.table().equals(table.name())) {
          selfReferences.put(i, new ArrayList<>());
        } else if (keyIndexes.get(ref.toString()) != null) {
          foreign.put(i, keyIndexes.get(ref.toString()));
        }
      }
    }
    uniqueAt = uniqueColumns.keySet().stream().mapToInt(Integer::intValue).toArray();
    uniqueSets = Arrays.stream(uniqueAt).mapToObj(uniqueColumns::get).toArray(KeySet[]::new);
    foreignAt = foreign.keySet().stream().mapToInt(Integer::intValue).toArray();
    foreignSets = Arrays.stream(foreignAt).mapToObj(foreign::get).toArray(KeySet[]::new);
  }

  /**
   * Checks one row's keys, hashed in place from the cells; Strings are made only for what is
   * reported or kept.
   *
   * @param cells the row's cells in field order
   * @param row its number
   * @param key its primary key, made when asked for; empty when unknown
   */
  void check(CharSequence[] cells, long row, Supplier<String> key) {
    if (pk.length > 0) {
      long h = KeyLookup.keyHash(cells, pk);
      if (h != 0 && !primaryKeys.addHash(h)) {
        duplicates.found(row, key.get());
      }
    }
    for (int u = 0; u < uniqueAt.length; u++) {
      CharSequence v = cells[uniqueAt[u]];
      if (v != null && !uniqueSets[u].add(v)) {
        String name = table.fields().get(uniqueAt[u]).name();
        issues.add(Issue.error(RuleIds.PRIMARY_KEY_UNIQUE).inTable(table.name()).atRow(row).withKey(key.get())
            .onField(name).withValue(v.toString()).saying(name + " '" + v + "' must be unique but appears on an earlier row too"));
      }
    }
    for (int r = 0; r < foreignAt.length; r++) {
      CharSequence v = cells[foreignAt[r]];
      if (v != null && !foreignSets[r].contains(v)) {
        missingParent(foreignSets[r], foreignAt[r], v.toString(), row, key.get());
      }
    }
    if (selfReferences.isEmpty()) {
      return; // most tables: no iterator made a row
    }
    for (Map.Entry<Integer, List<SelfReference>> e : selfReferences.entrySet()) {
      CharSequence v = cells[e.getKey()];
      if (v != null) {
        e.getValue().add(new SelfReference(v.toString(), row, key.get()));
      }
    }
  }

  /** After the last row: references into the table itself, now that all its keys are known. */
  void resolveSelfReferences(boolean tableComplete) {
    for (Map.Entry<Integer, List<SelfReference>> e : selfReferences.entrySet()) {
      Field f = table.fields().get(e.getKey());
      KeySet target = keysOf(f.references().field());
      if (target != null && !tableComplete) {
        target.markIncomplete();
      }
      for (SelfReference ref : e.getValue()) {
        if (target != null && !target.contains(ref.value())) {
          missingParent(target, e.getKey(), ref.value(), ref.row(), ref.key());
        }
      }
    }
    selfReferences.clear();
  }

  /** The duplicates waiting for the first rows of their keys. */
  DuplicateKeys duplicates() {
    return duplicates;
  }

  UnverifiableReferences unverifiable() {
    return unverifiable;
  }

  /** The key set of a column of this table (its primary key or a unique column), or null. */
  private KeySet keysOf(String column) {
    return column.equals(pk.length == 1 ? table.primaryKey().get(0) : "") ? primaryKeys
        : uniqueColumns.get(table.fieldNames().indexOf(column));
  }

  /** A value not among its parent's keys: an error when they were all read, else only counted. */
  private void missingParent(KeySet parentKeys, int column, String value, long atRow, String rowKey) {
    Field f = table.fields().get(column);
    if (!parentKeys.complete()) {
      unverifiable.count(f.references().table());
      return;
    }
    issues.add(Issue.error(RuleIds.FOREIGN_KEY).inTable(table.name()).atRow(atRow).withKey(rowKey).onField(f.name())
        .withValue(value).saying(f.name() + " '" + value + "' has no matching " + f.references().field() + " in "
            + f.references().table()));
  }

  /**
   * Keeps this table's keys for the tables that point at it, marked incomplete when some rows
   * were lost or the column was not in the file (its values are unknown, not absent).
   *
   * @param present per field, whether the file had the column; null when there was no file
   * @param tableComplete whether every row was read
   */
  void keepKeys(boolean[] present, boolean tableComplete) {
    primaryKeys.trim();
    uniqueColumns.values().forEach(KeySet::trim);
    for (Table other : spec.tables()) {
      for (Field f : other.foreignKeys()) {
        FieldRef ref = f.references();
        if (!ref.table().equals(table.name()) || other.name().equals(table.name())) {
          continue;
        }
        KeySet keys = keysOf(ref.field());
        if (keys == null) {
          keys = new KeySet();
          if (present != null && !present[table.fieldNames().indexOf(ref.field())]) {
            keys.markIncomplete();
          }
        }
        if (!tableComplete) {
          keys.markIncomplete();
        }
        keyIndexes.put(ref.toString(), keys);
      }
    }
  }
}
