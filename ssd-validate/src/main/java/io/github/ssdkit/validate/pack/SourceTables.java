package io.github.ssdkit.validate.pack;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.InputProblems;
import io.github.ssdkit.validate.source.TableReader;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link ExtractTables} over an {@link ExtractSource}: each {@link #read} opens the table again and
 * streams it. Input problems are not reported again here, as the validator's own pass reported
 * them; a row the reader skipped is skipped here too.
 */
public final class SourceTables implements ExtractTables {

  private static final InputProblems ALREADY_REPORTED = (row, rule, error, message) -> { };

  private final Spec spec;
  private final ExtractSource source;

  /**
   * @param spec the spec whose tables and keys apply
   * @param source the extract
   */
  public SourceTables(Spec spec, ExtractSource source) {
    this.spec = spec;
    this.source = source;
  }

  @Override
  public Spec spec() {
    return spec;
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
      int[] key = table.primaryKeyFields().stream().map(Field::name)
          .mapToInt(c -> header.indexOf(c.toLowerCase(Locale.ROOT))).toArray();
      String[] cells = new String[wanted.length];
      StringBuilder keyText = new StringBuilder();
      for (String[] raw = reader.next(ALREADY_REPORTED); raw != null; raw = reader.next(ALREADY_REPORTED)) {
        for (int i = 0; i < wanted.length; i++) {
          cells[i] = cell(raw, wanted[i]);
        }
        keyText.setLength(0);
        for (int i = 0; i < key.length; i++) {
          if (i > 0) {
            keyText.append('|');
          }
          String k = cell(raw, key[i]);
          keyText.append(k == null ? "" : k);
        }
        rows.row(reader.rowNumber(), keyText.toString(), cells);
      }
    }
  }

  private static String cell(String[] raw, int index) {
    if (index < 0 || index >= raw.length) {
      return null;
    }
    String v = raw[index];
    return v == null || v.isBlank() ? null : v;
  }
}
