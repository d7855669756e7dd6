package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.InputProblems;
import io.github.ssdkit.validate.source.TableReader;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the primary keys of given rows, or the first rows of given keys, by reading a table again. Only the wanted rows' keys are
 * kept, so the pass costs time, not memory; problems of the input were reported by the first pass.
 */
final class RowKeys {

  private static final InputProblems ALREADY_REPORTED = (row, rule, error, message) -> { };

  private RowKeys() {}

  /** Fills in the keys of the rows {@code keys} names (composite parts joined with {@code |}). */
  static void find(ExtractSource source, Table table, Map<Long, String> keys) throws IOException {
    Set<Long> left = new HashSet<>(keys.keySet());
    if (left.isEmpty()) {
      return;
    }
    scan(source, table, (row, key) -> {
      if (left.remove(row)) {
        keys.put(row, key);
      }
      return !left.isEmpty();
    });
  }

  /** Fills in the first row of each key {@code firstRows} holds; keys not found keep their value. */
  static void firstRows(ExtractSource source, Table table, Map<String, Long> firstRows) throws IOException {
    Set<String> left = new HashSet<>(firstRows.keySet());
    if (left.isEmpty()) {
      return;
    }
    scan(source, table, (row, key) -> {
      if (left.remove(key)) {
        firstRows.put(key, row);
      }
      return !left.isEmpty();
    });
  }

  /** Sees one row's number and key; answers whether more rows are wanted. */
  private interface KeyedRow {
    boolean accept(long row, String key);
  }

  /** Reads the table again, handing each row's key to {@code sink} until it wants no more. */
  private static void scan(ExtractSource source, Table table, KeyedRow sink) throws IOException {
    Optional<TableReader> opened = source.open(table, ALREADY_REPORTED);
    if (opened.isEmpty()) {
      return;
    }
    try (TableReader reader = opened.get()) {
      int[] at = keyColumns(reader.header(), table);
      if (at == null) {
        return;
      }
      String[] cells;
      boolean more = true;
      while (more && (cells = reader.next(ALREADY_REPORTED)) != null) {
        more = sink.accept(reader.rowNumber(), key(cells, at));
      }
    }
  }

  /** Where each key column is in the source's header, or null when one is missing. */
  private static int[] keyColumns(List<String> header, Table table) {
    int[] at = new int[table.primaryKey().size()];
    for (int k = 0; k < at.length; k++) {
      at[k] = -1;
      for (int c = 0; c < header.size(); c++) {
        if (header.get(c).toLowerCase(Locale.ROOT).equals(table.primaryKey().get(k).toLowerCase(Locale.ROOT))) {
          at[k] = c;
          break;
        }
      }
      if (at[k] < 0) {
        return null;
      }
    }
    return at;
  }

  /**
   * The key of a row: the cells at {@code at} (columns of {@code cells}; negative for an absent
   * column) joined with {@code |}, or empty when a part is missing. Both passes over a table spell
   * keys this way, so the second finds what the first saw.
   */
  static String key(String[] cells, int[] at) {
    if (at.length == 1) { // the usual case: the key is the cell itself
      String v = cell(cells, at[0]);
      return v == null ? "" : v;
    }
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < at.length; k++) {
      String v = cell(cells, at[k]);
      if (v == null) {
        return "";
      }
      b.append(k == 0 ? "" : "|").append(v);
    }
    return b.toString();
  }

  private static String cell(String[] cells, int at) {
    return at < 0 || at >= cells.length ? null : cells[at];
  }
}
