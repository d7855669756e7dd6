package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.rules.KeySet;
import io.github.ssdkit.validate.source.CellRows;
import io.github.ssdkit.validate.source.CellText;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.InputProblems;
import io.github.ssdkit.validate.source.TableReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The phase after a table's pass that finds what the pass could not keep: the primary keys of
 * rows named by issues found after the last row (overlapping periods), and the first row of each
 * duplicated key. Key sets hold hashes, not rows, so both are found by reading the table once
 * more, only when there is something to find, keeping only the wanted rows' keys: the phase costs
 * time, not memory. Problems of the input were reported by the first pass and are not repeated.
 * The second read takes the rows as cell views, finishing only the key columns, and makes a key's
 * text only for a wanted row or a row whose key hashes like a wanted key.
 *
 * <p>The phase works for every source that can be opened twice; when the table cannot be read
 * again (rows given as a one-shot stream, a file changed in between, a lost connection), the
 * result says why, and the validator puts that in the table's notes: the issues stay, without
 * their keys or first rows.
 */
final class KeyLookup {

  private static final InputProblems ALREADY_REPORTED = (row, rule, error, message) -> { };

  /**
   * What the lookup found.
   *
   * @param keysByRow the key of each wanted row found
   * @param firstRowByKey the first row of each wanted key found
   * @param failure why some were not found, or empty when all were
   */
  record Found(Map<Long, String> keysByRow, Map<String, Long> firstRowByKey, Optional<String> failure) {}

  private KeyLookup() {}

  /**
   * Reads the table again for the keys of {@code rows} and the first rows of {@code keys}.
   *
   * @param source the extract the table was read from
   * @param table the table
   * @param rows rows whose key is wanted
   * @param keys keys (composite parts joined with {@code |}) whose first row is wanted
   * @return what was found and, when not everything, why
   */
  static Found find(ExtractSource source, Table table, Set<Long> rows, Set<String> keys) {
    Map<Long, String> keysByRow = new HashMap<>();
    Map<String, Long> firstRows = new HashMap<>();
    if ((rows.isEmpty() && keys.isEmpty()) || table.primaryKey().isEmpty()) {
      return new Found(keysByRow, firstRows, Optional.empty());
    }
    Set<Long> rowsLeft = new HashSet<>(rows);
    Set<String> keysLeft = new HashSet<>(keys);
    try {
      Optional<TableReader> opened = source.open(table, ALREADY_REPORTED);
      if (opened.isEmpty()) {
        return new Found(keysByRow, firstRows, Optional.of("the table could not be opened again"));
      }
      try (TableReader reader = opened.get()) {
        int[] at = keyColumns(reader.header(), table);
        if (at == null) {
          return new Found(keysByRow, firstRows, Optional.empty()); // no key column: keys were never known
        }
        CellRows cellRows = CellRows.of(reader);
        KeySet wantedHashes = hashes(keysLeft);
        CellText[] cells;
        while ((!rowsLeft.isEmpty() || !keysLeft.isEmpty()) && (cells = cellRows.nextCells(ALREADY_REPORTED)) != null) {
          long row = reader.rowNumber();
          if (rowsLeft.remove(row)) {
            keysByRow.put(row, key(cells, at));
          }
          if (!keysLeft.isEmpty()) {
            long h = keyHash(cells, at);
            if (h == 0 ? keysLeft.contains("") : wantedHashes.containsHash(h)) {
              String key = key(cells, at); // made only for a row whose key's hash is wanted
              if (keysLeft.remove(key)) {
                firstRows.put(key, row);
              }
            }
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return new Found(keysByRow, firstRows, Optional.of("reading it again failed: " + e.getMessage()));
    } catch (RuntimeException e) {
      return new Found(keysByRow, firstRows, Optional.of("it could not be read again ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")"));
    }
    int missing = rowsLeft.size() + keysLeft.size();
    return new Found(keysByRow, firstRows, missing == 0 ? Optional.empty()
        : Optional.of("reading it again did not find " + missing + " of the rows or keys it held before"));
  }

  /** The hashes of the keys, as {@link #keyHash} makes them of a row's cells: a row whose key's hash is not among them is not wanted. */
  private static KeySet hashes(Set<String> keys) {
    KeySet set = new KeySet(keys.size());
    keys.forEach(k -> {
      if (!k.isEmpty()) {
        set.add(k);
      }
    });
    return set;
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
  static String key(CharSequence[] cells, int[] at) {
    if (at.length == 1) { // the usual case: the key is the cell itself
      CharSequence v = cell(cells, at[0]);
      return v == null ? "" : v.toString();
    }
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < at.length; k++) {
      CharSequence v = cell(cells, at[k]);
      if (v == null) {
        return "";
      }
      b.append(k == 0 ? "" : "|").append(v);
    }
    return b.toString();
  }

  /**
   * The {@link KeySet#hash} of {@link #key}, worked out in place without making the key.
   *
   * @return the hash, or 0 when the key is empty
   */
  static long keyHash(CharSequence[] cells, int[] at) {
    if (at.length == 1) {
      CharSequence v = cell(cells, at[0]);
      return v == null || v.length() == 0 ? 0 : KeySet.hash(v);
    }
    long h = KeySet.START;
    for (int k = 0; k < at.length; k++) {
      CharSequence v = cell(cells, at[k]);
      if (v == null) {
        return 0;
      }
      h = KeySet.mix(k == 0 ? h : KeySet.mix(h, '|'), v);
    }
    return at.length == 0 ? 0 : KeySet.finishKey(h);
  }

  private static <T extends CharSequence> T cell(T[] cells, int at) {
    return at < 0 || at >= cells.length ? null : cells[at];
  }
}
