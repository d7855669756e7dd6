package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.TableSummary;
import io.github.ssdkit.validate.rules.FieldCheck;
import io.github.ssdkit.validate.rules.FieldRules;
import io.github.ssdkit.validate.rules.KeySet;
import io.github.ssdkit.validate.rules.RowContext;
import io.github.ssdkit.validate.rules.RowDate;
import io.github.ssdkit.validate.rules.TableCheck;
import io.github.ssdkit.validate.rules.Temporal;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.InputProblems;
import io.github.ssdkit.validate.source.TableReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Validates one table in a single pass: maps the file's columns to the spec, runs every column
 * and table check on each row, tracks keys, and remembers the key sets later tables point to.
 */
final class TableValidator implements RowContext, InputProblems {

  private final Spec spec;
  private final Table table;
  private final Issues issues;
  private final Map<String, KeySet> keyIndexes;
  private final Temporal temporal;
  private final int fieldCount;
  private final String[] cells;
  private final long[] temporals;
  private final boolean[] present;
  private final FieldCheck[][] checks;
  private final int[] pk;
  private final int rowDateColumn;
  private final int rowEndColumn;
  private final Map<String, Long> ruleCounts = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();
  private final KeySet primaryKeys = new KeySet();
  private final Map<Integer, KeySet> uniqueColumns = new HashMap<>();
  private final Map<Integer, KeySet> foreignTargets = new HashMap<>();
  private final Map<Integer, List<String[]>> deferredSelfReferences = new HashMap<>();
  // The two maps above as parallel arrays, in column order: they are walked on every row.
  private int[] uniqueAt = new int[0];
  private KeySet[] uniqueSets = new KeySet[0];
  private int[] foreignAt = new int[0];
  private KeySet[] foreignSets = new KeySet[0];
  private final LogicalType[] types;
  private List<TableCheck> tableChecks = List.of();
  private long row;
  private long rowsRead;
  /** Set while table checks finish; their row issues wait in {@link #finishedIssues} for keys. */
  private boolean finishing;
  private final List<Issue> finishedIssues = new ArrayList<>();
  private String key;
  /** Why the table was not completely read; null when it was. */
  private String incomplete;
  private final UnverifiableReferences unverifiable = new UnverifiableReferences();
  private final DuplicateKeys duplicates;
  /** Cells of the next row the reader found of the wrong kind, reported once the row's key is known. */
  private final List<CellProblem> cellProblems = new ArrayList<>();
  private final boolean[] rejected;
  /** Whether {@link #rejected} holds a mark from the last row; most rows have none, so no clearing. */
  private boolean anyRejected;

  private record CellProblem(int column, String rule, String value, String message) {}
  private long errors;
  private long warnings;

  TableValidator(Spec spec, Table table, Issues issues, Map<String, KeySet> keyIndexes, Temporal temporal) {
    this.spec = spec;
    this.table = table;
    this.issues = issues;
    this.keyIndexes = keyIndexes;
    this.temporal = temporal;
    this.fieldCount = table.fields().size();
    this.cells = new String[fieldCount];
    this.temporals = new long[fieldCount];
    this.present = new boolean[fieldCount];
    this.rejected = new boolean[fieldCount];
    this.checks = new FieldCheck[fieldCount][];
    this.pk = table.primaryKey().stream().mapToInt(table.fieldNames()::indexOf).toArray();
    this.types = table.fields().stream().map(Field::type).toArray(LogicalType[]::new);
    this.rowDateColumn = RowDate.columnOf(table);
    this.duplicates = new DuplicateKeys(table, issues);
    this.rowEndColumn = RowDate.endColumnOf(table);
  }

  TableSummary run(ExtractSource source, boolean checkForeignKeys) throws IOException {
    Optional<TableReader> opened = source.open(table, this);
    if (opened.isEmpty()) {
      notes.add("no file for this table; read as an empty table");
      keepKeys(false);
      return summary(false);
    }
    try (TableReader reader = opened.get()) {
      int[] map = mapHeader(reader.header());
      if (map != null) {
        compile(checkForeignKeys);
        String[] raw;
        while ((raw = reader.next(this)) != null) {
          row = reader.rowNumber();
          check(raw, map);
        }
        rowsRead = reader.rowNumber();
      }
      incomplete = reader.incomplete().or(() -> map == null ? Optional.empty() : missingKeyColumn()).orElse(null);
      if (map != null) {
        row = 0;
        key = "";
        finishing = true;
        tableChecks.forEach(c -> c.finish(this));
        finishing = false;
        resolveSelfReferences();
      }
    }
    addWithKeys(source);
    duplicates.list(source);
    keepKeys(true);
    return summary(true);
  }

  /**
   * Issues that table checks report after the last row (overlapping periods) name a row but could
   * not know its key then. The keys of the rows that can be listed are looked up in a second pass
   * over the table, which only a table with such issues pays for; if the table cannot be read
   * again the issues keep an empty key.
   */
  private void addWithKeys(ExtractSource source) {
    if (finishedIssues.isEmpty()) {
      return;
    }
    Map<Long, String> keys = new HashMap<>();
    finishedIssues.forEach(i -> keys.put(i.row(), ""));
    if (pk.length > 0) {
      try {
        RowKeys.find(source, table, keys);
      } catch (IOException | RuntimeException e) {
        // the rows were read once already; the issues stand without their keys
      }
    }
    for (Issue i : finishedIssues) {
      issues.list(new Issue(i.severity(), i.rule(), i.table(), i.row(), keys.get(i.row()), i.field(), i.value(), i.message()));
    }
    finishedIssues.clear();
  }

  /** A table without its primary-key column is read, but which keys it holds is not known. */
  private Optional<String> missingKeyColumn() {
    for (int i : pk) {
      if (!present[i]) {
        return Optional.of("its key column " + table.fields().get(i).name() + " is missing, so its keys are unknown");
      }
    }
    return Optional.empty();
  }

  /** File column -> spec field index (-1 for unknown), or null when the header is unusable. */
  private int[] mapHeader(List<String> header) {
    if (header.isEmpty()) {
      return null;
    }
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < fieldCount; i++) {
      byName.put(table.fields().get(i).name().toLowerCase(Locale.ROOT), i);
    }
    int[] map = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      Integer f = byName.get(header.get(c).toLowerCase(Locale.ROOT));
      map[c] = f == null ? -1 : f;
      if (f == null && header.get(c).isEmpty()) {
        tableIssue(Severity.WARNING, "input.unknown-column", "", "column " + (c + 1)
            + " of the header has no name (a trailing comma?) and was ignored");
      } else if (f == null) {
        tableIssue(Severity.WARNING, "input.unknown-column", header.get(c), "column '" + header.get(c)
            + "' is not in the spec for " + table.name() + " and was ignored");
      } else if (present[f]) {
        tableIssue(Severity.ERROR, "input.duplicate-column", header.get(c), "column '" + header.get(c)
            + "' appears twice in the header; only the first is checked");
        map[c] = -1;
      } else {
        present[f] = true;
      }
    }
    for (int i = 0; i < fieldCount; i++) {
      Field f = table.fields().get(i);
      if (present[i] || f.status() == Lifecycle.PROPOSED) {
        continue;
      }
      tableIssue(f.required() ? Severity.ERROR : Severity.WARNING, "input.missing-column", f.name(),
          "column '" + f.name() + "' is missing from the header" + (f.required() ? "; it is required" : ""));
    }
    return map;
  }

  private void compile(boolean checkForeignKeys) {
    for (int i = 0; i < fieldCount; i++) {
      Field f = table.fields().get(i);
      checks[i] = present[i] ? FieldRules.compile(f, spec, temporal).toArray(new FieldCheck[0]) : new FieldCheck[0];
      if (present[i] && f.unique() && !(pk.length == 1 && pk[0] == i)) {
        uniqueColumns.put(i, new KeySet());
      }
      if (present[i] && f.references() != null && checkForeignKeys) {
        FieldRef ref = f.references();
        if (ref.table().equals(table.name())) {
          deferredSelfReferences.put(i, new ArrayList<>());
        } else {
          KeySet target = keyIndexes.get(ref.toString());
          if (target != null) {
            foreignTargets.put(i, target);
          }
        }
      }
    }
    tableChecks = TableCheck.compile(table, spec, present);
    uniqueAt = sortedKeys(uniqueColumns);
    uniqueSets = java.util.Arrays.stream(uniqueAt).mapToObj(uniqueColumns::get).toArray(KeySet[]::new);
    foreignAt = sortedKeys(foreignTargets);
    foreignSets = java.util.Arrays.stream(foreignAt).mapToObj(foreignTargets::get).toArray(KeySet[]::new);
  }

  private static int[] sortedKeys(Map<Integer, ?> map) {
    return map.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  private void check(String[] raw, int[] map) {
    java.util.Arrays.fill(cells, null);
    for (int c = 0; c < raw.length && c < map.length; c++) {
      if (map[c] >= 0) {
        cells[map[c]] = raw[c];
      }
    }
    key = null;
    reportCellProblems(map);
    for (int i = 0; i < fieldCount; i++) {
      String v = cells[i];
      LogicalType t = types[i];
      temporals[i] = v == null || !t.isTemporal() ? Temporal.INVALID
          : t == LogicalType.DATE ? temporal.parseDate(v) : temporal.parseDateTime(v);
    }
    for (int i = 0; i < fieldCount; i++) {
      if (!present[i] || rejected[i]) {
        continue;
      }
      String v = cells[i];
      Field f = table.fields().get(i);
      if (v == null) {
        if (f.required()) {
          report(Severity.ERROR, "required", f.name(), "", f.name() + " is empty; a value is required");
        }
        continue;
      }
      for (FieldCheck check : checks[i]) {
        if (!check.check(v, this)) {
          break;
        }
      }
    }
    checkKeys();
    for (TableCheck c : tableChecks) {
      c.check(this);
    }
  }

  private void reportCellProblems(int[] map) {
    if (anyRejected) {
      Arrays.fill(rejected, false);
      anyRejected = false;
    }
    if (cellProblems.isEmpty()) {
      return;
    }
    for (CellProblem p : cellProblems) {
      int f = p.column() < map.length ? map[p.column()] : -1;
      if (f >= 0) {
        rejected[f] = true;
        anyRejected = true;
        report(Severity.ERROR, p.rule(), table.fields().get(f).name(), p.value(), p.message());
      }
    }
    cellProblems.clear();
  }

  private void checkKeys() {
    String k = keyOrNull();
    if (k != null && pk.length > 0 && !primaryKeys.add(k)) {
      count(Severity.ERROR, DuplicateKeys.RULE);
      duplicates.found(row, k);
    }
    for (int u = 0; u < uniqueAt.length; u++) {
      String v = cells[uniqueAt[u]];
      if (v != null && !uniqueSets[u].add(v)) {
        String name = table.fields().get(uniqueAt[u]).name();
        report(Severity.ERROR, "primary-key.unique", name, v, name + " '" + v + "' must be unique but appears on an earlier row too");
      }
    }
    for (int r = 0; r < foreignAt.length; r++) {
      String v = cells[foreignAt[r]];
      if (v != null && !foreignSets[r].contains(v)) {
        missingParent(foreignSets[r], foreignAt[r], v, row, keyOrEmpty());
      }
    }
    for (Map.Entry<Integer, List<String[]>> e : deferredSelfReferences.entrySet()) {
      String v = cells[e.getKey()];
      if (v != null) {
        e.getValue().add(new String[] {v, Long.toString(row), keyOrEmpty()});
      }
    }
  }

  private void resolveSelfReferences() {
    for (Map.Entry<Integer, List<String[]>> e : deferredSelfReferences.entrySet()) {
      Field f = table.fields().get(e.getKey());
      KeySet target = f.references().field().equals(pkName()) ? primaryKeys
          : uniqueColumns.get(table.fieldNames().indexOf(f.references().field()));
      if (target != null && incomplete != null) {
        target.markIncomplete();
      }
      for (String[] ref : e.getValue()) {
        if (target != null && !target.contains(ref[0])) {
          missingParent(target, e.getKey(), ref[0], Long.parseLong(ref[1]), ref[2]);
        }
      }
    }
  }

  private String pkName() {
    return pk.length == 1 ? table.primaryKey().get(0) : "";
  }

  /** A value not among its parent's keys: an error when they were all read, else only counted. */
  private void missingParent(KeySet parentKeys, int column, String value, long atRow, String rowKey) {
    Field f = table.fields().get(column);
    if (!parentKeys.complete()) {
      unverifiable.count(f.references().table());
      return;
    }
    count(Severity.ERROR, "foreign-key");
    issues.add(Severity.ERROR, "foreign-key", table.name(), atRow, rowKey, f.name(), value, f.name() + " '"
        + value + "' has no matching " + f.references().field() + " in " + f.references().table());
  }

  /** Keeps this table's keys for the tables that point at it, marked incomplete when some rows were lost. */
  private void keepKeys(boolean filePresent) {
    for (Table other : spec.tables()) {
      for (Field f : other.foreignKeys()) {
        FieldRef ref = f.references();
        if (!ref.table().equals(table.name()) || other.name().equals(table.name())) {
          continue;
        }
        KeySet keys = ref.field().equals(pkName()) ? primaryKeys
            : uniqueColumns.get(table.fieldNames().indexOf(ref.field()));
        if (keys == null) {
          keys = new KeySet();
          if (filePresent && !present[table.fieldNames().indexOf(ref.field())]) {
            keys.markIncomplete(); // the column was not in the file: its values are unknown, not absent
          }
        }
        if (incomplete != null) {
          keys.markIncomplete();
        }
        keyIndexes.put(ref.toString(), keys);
      }
    }
  }

  private TableSummary summary(boolean filePresent) {
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.addAll(unverifiable.notes());
    return new TableSummary(table.name(), filePresent, rowsRead, errors, warnings, ruleCounts, allNotes,
        incomplete == null, incomplete, unverifiable.total());
  }

  private String keyOrNull() {
    if (key == null) {
      key = pk.length == 0 ? "" : RowKeys.key(cells, pk);
    }
    return key.isEmpty() ? null : key;
  }

  private String keyOrEmpty() {
    String k = keyOrNull();
    return k == null ? "" : k;
  }

  private void count(Severity severity, String rule) {
    ruleCounts.merge(rule, 1L, Long::sum);
    if (severity == Severity.ERROR) {
      errors++;
    } else {
      warnings++;
    }
  }

  private void tableIssue(Severity severity, String rule, String field, String message) {
    count(severity, rule);
    issues.add(severity, rule, table.name(), 0, "", field, "", message);
  }

  // RowContext

  @Override
  public String cell(int field) {
    return cells[field];
  }

  @Override
  public long temporal(int field) {
    return temporals[field];
  }

  @Override
  public long rowDate() {
    return rowDateColumn < 0 ? Temporal.INVALID : temporals[rowDateColumn];
  }

  @Override
  public long rowEnd() {
    return rowEndColumn < 0 ? Temporal.INVALID : temporals[rowEndColumn];
  }

  @Override
  public boolean rowOpen() {
    return rowEndColumn >= 0 && present[rowEndColumn] && cells[rowEndColumn] == null;
  }

  @Override
  public long rowNumber() {
    return row;
  }

  @Override
  public void report(Severity severity, String rule, String field, String value, String message) {
    count(severity, rule);
    issues.add(severity, rule, table.name(), row, row == 0 ? "" : keyOrEmpty(), field, value, message);
  }

  @Override
  public void reportRow(long atRow, Severity severity, String rule, String field, String value, String message) {
    count(severity, rule);
    if (finishing) {
      if (issues.count(severity, rule, table.name())) {
        finishedIssues.add(new Issue(severity, rule, table.name(), atRow, "", field, value, message));
      }
      return;
    }
    issues.add(severity, rule, table.name(), atRow, "", field, value, message);
  }

  // InputProblems

  @Override
  public void reportCell(long atRow, int column, String rule, String value, String message) {
    cellProblems.add(new CellProblem(column, rule, value, message));
  }

  @Override
  public void report(long atRow, String rule, boolean error, String message) {
    Severity severity = error ? Severity.ERROR : Severity.WARNING;
    count(severity, rule);
    issues.add(severity, rule, table.name(), atRow, "", "", "", message);
  }
}
