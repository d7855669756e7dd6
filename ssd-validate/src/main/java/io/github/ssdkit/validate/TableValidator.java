package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.RuleIds;
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
import io.github.ssdkit.validate.source.CellRows;
import io.github.ssdkit.validate.source.CellText;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.InputProblems;
import io.github.ssdkit.validate.source.TableReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Validates one table in a single pass, in phases: map the header ({@link HeaderMapping}),
 * compile the column and table checks for the columns present, check each row (its cells, its
 * keys through {@link KeyTracker}, its table checks, the dates its children's cross-table checks
 * read through {@link ParentDatesKeeper}), finish the checks that span rows, then look up what the
 * pass could not keep ({@link KeyLookup}) and keep the key sets and dates later tables need. Every issue goes through the table's {@link TableIssues}, which counts it once.
 *
 * <p>Rows arrive as {@link CellText} views ({@link CellRows}): the checks read cells in place, and
 * a cell becomes a String only when an issue names it or a check keeps it.
 */
final class TableValidator implements RowContext, InputProblems {

  private final Spec spec;
  private final Table table;
  private final TableIssues issues;
  private final KeyTracker keys;
  private final CrossTableDates parentDates;
  private final ParentDatesKeeper keptDates;
  private final Temporal temporal;
  private final int fieldCount;
  /** Where rows whose columns are not the fields in order are put in field order. */
  private final CellText[] reordered;
  /**
   * The current row's cells in field order: views of the reader's buffer, valid for the row only;
   * the reader's own array when its columns are the fields in order, else {@link #reordered}.
   */
  private CellText[] cells;
  private final long[] temporals;
  private final LogicalType[] types;
  private final FieldCheck[][] checks;
  private final int rowDateColumn;
  private final int rowEndColumn;
  private final List<String> notes = new ArrayList<>();
  private HeaderMapping header;
  /** An array, not a list: the row loop walks it with no iterator, which matters before C2 (or without it). */
  private TableCheck[] tableChecks = new TableCheck[0];
  private long row;
  private long rowsRead;
  /** Set while table checks finish: the rows they report about are past, so their keys are looked up. */
  private boolean finishing;
  private String key;
  /** Why the table was not completely read; null when it was. */
  private String incomplete;
  /** Cells of the next row the reader found of the wrong kind, reported once the row's key is known. */
  private final List<CellProblem> cellProblems = new ArrayList<>();
  private final boolean[] rejected;
  /** Whether {@link #rejected} holds a mark from the last row; most rows have none, so no clearing. */
  private boolean anyRejected;

  private record CellProblem(int column, String rule, String value, String message) {}

  TableValidator(Spec spec, Table table, Issues all, Map<String, KeySet> keyIndexes, CrossTableDates parentDates,
      Temporal temporal) {
    this.spec = spec;
    this.table = table;
    this.issues = new TableIssues(table.name(), all);
    this.keys = new KeyTracker(spec, table, issues, keyIndexes);
    this.parentDates = parentDates;
    this.keptDates = new ParentDatesKeeper(table, parentDates);
    this.temporal = temporal;
    this.fieldCount = table.fields().size();
    this.reordered = new CellText[fieldCount];
    this.cells = reordered;
    this.temporals = new long[fieldCount];
    this.rejected = new boolean[fieldCount];
    this.checks = new FieldCheck[fieldCount][];
    this.types = table.fields().stream().map(Field::type).toArray(LogicalType[]::new);
    this.rowDateColumn = RowDate.columnOf(table);
    this.rowEndColumn = RowDate.endColumnOf(table);
    this.header = HeaderMapping.none(table);
  }

  TableSummary run(ExtractSource source, boolean checkForeignKeys) throws IOException {
    Optional<TableReader> opened = source.open(table, this);
    if (opened.isEmpty()) {
      notes.add("no file for this table; read as an empty table");
      keys.keepKeys(null, true);
      keptDates.publish();
      return summary(false);
    }
    try (TableReader reader = opened.get()) {
      Optional<HeaderMapping> mapped = HeaderMapping.of(table, reader.header(), issues);
      mapped.ifPresent(m -> header = m);
      if (mapped.isPresent()) {
        compile(checkForeignKeys, reader.estimatedRows().orElse(0));
        CellRows rows = CellRows.of(reader);
        CellText[] raw;
        while ((raw = rows.nextCells(this)) != null) {
          row = reader.rowNumber();
          check(raw);
        }
        rowsRead = reader.rowNumber();
      }
      incomplete = reader.incomplete().or(() -> mapped.isEmpty() ? Optional.empty()
          : header.missingKeyColumn(keys.primaryKey())).orElse(null);
      if (mapped.isPresent()) {
        row = 0;
        key = "";
        finishing = true;
        for (TableCheck c : tableChecks) {
          c.finish(this);
        }
        finishing = false;
        keys.resolveSelfReferences(incomplete == null);
      }
    }
    lookUpKeys(source);
    keys.keepKeys(header.presentFields(), incomplete == null);
    keptDates.publish();
    return summary(true);
  }

  /**
   * The key lookup phase: the keys of rows named by issues found after the last row, and the
   * first rows of duplicated keys, in one more pass over the table, only when there are any. When
   * the table cannot be read again, the issues stand without them and the table's notes say why.
   */
  private void lookUpKeys(ExtractSource source) {
    List<Issue> awaiting = issues.awaitingKeys();
    DuplicateKeys duplicates = keys.duplicates();
    Set<Long> rows = new HashSet<>();
    awaiting.forEach(i -> rows.add(i.row()));
    Set<String> wanted = duplicates.wantedKeys();
    if (rows.isEmpty() && wanted.isEmpty()) {
      return;
    }
    KeyLookup.Found found = KeyLookup.find(source, table, rows, wanted);
    issues.keyed(awaiting.stream().map(i -> i.withKey(found.keysByRow().getOrDefault(i.row(), ""))).toList());
    duplicates.list(found.firstRowByKey());
    found.failure().ifPresent(why -> notes.add("the keys of " + rows.size() + " listed "
        + (rows.size() == 1 ? "row" : "rows") + " and the first rows of " + wanted.size() + " duplicated "
        + (wanted.size() == 1 ? "key" : "keys") + " could not be looked up: " + why));
  }

  private void compile(boolean checkForeignKeys, long expectedRows) {
    for (int i = 0; i < fieldCount; i++) {
      checks[i] = header.present(i) ? FieldRules.compile(table.fields().get(i), i, spec, temporal).toArray(new FieldCheck[0])
          : new FieldCheck[0];
    }
    keys.prepare(header.presentFields(), checkForeignKeys, expectedRows);
    tableChecks = TableCheck.compile(table, spec, header.presentFields(), parentDates).toArray(new TableCheck[0]);
  }

  private void check(CellText[] raw) {
    cells = header.toFields(raw, reordered);
    key = null;
    reportCellProblems();
    for (int i = 0; i < fieldCount; i++) {
      CellText v = cells[i];
      LogicalType t = types[i];
      temporals[i] = v == null || !t.isTemporal() ? Temporal.INVALID
          : t == LogicalType.DATE ? temporal.parseDate(v) : temporal.parseDateTime(v);
    }
    for (int i = 0; i < fieldCount; i++) {
      if (!header.present(i) || rejected[i]) {
        continue;
      }
      CellText v = cells[i];
      if (v == null) {
        Field f = table.fields().get(i);
        if (f.required()) {
          report(Severity.ERROR, RuleIds.REQUIRED, f.name(), "", f.name() + " is empty; a value is required");
        }
        continue;
      }
      for (FieldCheck check : checks[i]) {
        if (!check.check(v, this)) {
          break;
        }
      }
    }
    keys.check(cells, row, rowKeyMaker);
    keptDates.row(cells, temporals);
    for (TableCheck c : tableChecks) {
      c.check(this);
    }
  }

  private void reportCellProblems() {
    if (anyRejected) {
      Arrays.fill(rejected, false);
      anyRejected = false;
    }
    if (cellProblems.isEmpty()) {
      return;
    }
    for (CellProblem p : cellProblems) {
      int f = header.fieldOf(p.column());
      if (f >= 0) {
        rejected[f] = true;
        anyRejected = true;
        report(Severity.ERROR, p.rule(), table.fields().get(f).name(), p.value(), p.message());
      }
    }
    cellProblems.clear();
  }

  private TableSummary summary(boolean filePresent) {
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.addAll(keys.unverifiable().notes());
    issues.finish();
    return new TableSummary(table.name(), filePresent, rowsRead, issues.errors(), issues.warnings(),
        issues.ruleCounts(), allNotes, incomplete == null, incomplete, keys.unverifiable().total());
  }

  /** {@link #rowKey} as made only when an issue or a kept reference needs it. */
  private final Supplier<String> rowKeyMaker = this::rowKey;

  /** The current row's key, or empty when the table has none or a part is empty. */
  private String rowKey() {
    if (key == null) {
      int[] pk = keys.primaryKey();
      key = pk.length == 0 ? "" : KeyLookup.key(cells, pk);
    }
    return key;
  }

  // RowContext

  @Override
  public String cell(int field) {
    CellText v = cells[field];
    return v == null ? null : v.toString();
  }

  @Override
  public CharSequence text(int field) {
    return cells[field];
  }

  @Override
  public boolean has(int field) {
    return cells[field] != null;
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
    return rowEndColumn >= 0 && header.present(rowEndColumn) && cells[rowEndColumn] == null;
  }

  @Override
  public long rowNumber() {
    return row;
  }

  @Override
  public void report(Severity severity, String rule, String field, String value, String message) {
    if (issues.count(severity, rule)) { // an issue beyond the cap is only counted, never built
      issues.keep(Issue.of(severity, rule).inTable(table.name()).atRow(row).withKey(row == 0 ? "" : rowKey())
          .onField(field).withValue(value).saying(message));
    }
  }

  @Override
  public void reportRow(long atRow, Severity severity, String rule, String field, String value, String message) {
    Issue issue = Issue.of(severity, rule).inTable(table.name()).atRow(atRow).onField(field).withValue(value)
        .saying(message);
    if (finishing) {
      issues.addAwaitingKey(issue);
    } else {
      issues.add(issue);
    }
  }

  // InputProblems

  @Override
  public void reportCell(long atRow, int column, String rule, String value, String message) {
    cellProblems.add(new CellProblem(column, rule, value, message));
  }

  @Override
  public void report(long atRow, String rule, boolean error, String message) {
    issues.add(Issue.of(Issues.severity(error), rule).inTable(table.name()).atRow(atRow).saying(message));
  }
}
