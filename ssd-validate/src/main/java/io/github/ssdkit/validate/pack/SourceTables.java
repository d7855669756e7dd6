package io.github.ssdkit.validate.pack;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.rules.Temporal;
import io.github.ssdkit.validate.source.CellRows;
import io.github.ssdkit.validate.source.CellText;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.InputProblems;
import io.github.ssdkit.validate.source.TableReader;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link ExtractTables} over an {@link ExtractSource}: each {@link #read} opens the table again and
 * streams it. Input problems are not reported again here, as the validator's own pass reported
 * them; a row the reader skipped is skipped here too. A date the extract writes in one of the
 * extra patterns the validation accepts (such as {@code dd/MM/yyyy}) is handed over in ISO form, so
 * rule sets read dates the way the table pass did; a date no pattern reads is handed over as written.
 * From a reader that offers cell views ({@link CellRows}, as the CSV and JSON Lines readers do),
 * only the asked cells and the key become Strings: a rule set asks for a few columns of wide tables.
 */
public final class SourceTables implements ExtractTables {

  private static final InputProblems ALREADY_REPORTED = (row, rule, error, message) -> { };

  private final Spec spec;
  private final ExtractSource source;
  private final Temporal dates;

  /**
   * Tables whose dates are read in the standard grammar only.
   *
   * @param spec the spec whose tables and keys apply
   * @param source the extract
   */
  public SourceTables(Spec spec, ExtractSource source) {
    this(spec, source, new Temporal(List.of()));
  }

  /**
   * Tables whose dates are also read in the extra patterns of {@code dates}.
   *
   * @param spec the spec whose tables and keys apply
   * @param source the extract
   * @param dates the parser the table pass used (standard grammar plus the user's patterns)
   */
  public SourceTables(Spec spec, ExtractSource source, Temporal dates) {
    this.spec = spec;
    this.source = source;
    this.dates = dates;
  }

  @Override
  public Spec spec() {
    return spec;
  }

  @Override
  public ExtractTables alike(ExtractSource other) {
    return new SourceTables(spec, other, dates);
  }

  @Override
  public void read(String tableName, List<String> columns, RowVisitor rows) throws IOException {
    Table table = spec.table(tableName)
        .orElseThrow(() -> new IllegalArgumentException(tableName + " is not a table of the SSD spec"));
    for (String c : columns) {
      if (table.field(c).isEmpty()) {
        throw new IllegalArgumentException(c + " is not a column of " + tableName);
      }
    }
    Optional<TableReader> opened = source.open(table, ALREADY_REPORTED);
    if (opened.isEmpty()) {
      return;
    }
    try (TableReader reader = opened.get()) {
      List<String> header = reader.header().stream().map(h -> h == null ? "" : h.toLowerCase(Locale.ROOT)).toList();
      int[] wanted = columns.stream().mapToInt(c -> header.indexOf(c.toLowerCase(Locale.ROOT))).toArray();
      LogicalType[] types = new LogicalType[columns.size()];
      for (int i = 0; i < types.length; i++) {
        LogicalType t = table.field(columns.get(i)).orElseThrow().type();
        types[i] = dates.hasExtraPatterns() && t.isTemporal() ? t : null;
      }
      int[] key = table.primaryKeyFields().stream().map(Field::name)
          .mapToInt(c -> header.indexOf(c.toLowerCase(Locale.ROOT))).toArray();
      RowPicker pick = new RowPicker(wanted, types, key, this::iso);
      reader.estimatedRows().ifPresent(rows::expect);
      if (reader instanceof CellRows views) {
        for (CellText[] raw = views.nextCells(ALREADY_REPORTED); raw != null; raw = views.nextCells(ALREADY_REPORTED)) {
          rows.row(reader.rowNumber(), pick.key(raw), pick.cells(raw));
        }
      } else {
        for (String[] raw = reader.next(ALREADY_REPORTED); raw != null; raw = reader.next(ALREADY_REPORTED)) {
          rows.row(reader.rowNumber(), pick.key(raw), pick.cells(raw));
        }
      }
    }
  }

  /** A date cell in ISO form when a pattern reads it; else as written (the table pass reported it). */
  private String iso(CharSequence text, LogicalType type) {
    long seconds = type == LogicalType.DATE ? dates.parseDate(text) : dates.parseDateTime(text);
    if (seconds == Temporal.INVALID) {
      return text.toString();
    }
    LocalDateTime at = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    return type == LogicalType.DATE ? at.toLocalDate().toString() : at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }
}
