package io.github.ssdkit.rules.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of one table that the running rules read, held column by column: one array of
 * texts per column, row numbers and keys, and dates parsed once into day numbers. Repeated texts
 * (codes, person ids) share one string; ISO date and date-time texts are packed into numbers
 * ({@link DateCells}), keys into bytes ({@link KeyTexts}). Rows are indexed 0..{@link #size()}-1
 * in file order.
 */
public final class Frame {

  /** A day number meaning "no date here" (empty, or not an ISO date: the table pass reports those). */
  static final int NO_DATE = Integer.MIN_VALUE;

  private final String table;
  private final Map<String, Integer> columnIndex = new HashMap<>();
  private final List<String[]> columns = new ArrayList<>();
  /** Per column, the cells held as {@link DateCells} (their text is then null); null until a column has one. */
  private final long[][] packed;
  /** Day numbers by column index, parsed when a rule first reads the column as dates. */
  private final int[][] days;
  /** The running rule (its 'reads', by identity) each column was last allowed for. */
  private final Object[] allowedFor;
  private long[] rows = new long[16];
  private final KeyTexts keys = new KeyTexts();
  private int size;

  /** Decides which columns the running rule may read; see {@link RuleInput}. */
  interface Guard {
    boolean allows(String table, String column);

    /** Stands for the running rule: a column allowed once stays allowed while this is the same object (never null). */
    Object rule();
  }

  private final Guard guard;

  Frame(String table, List<String> columnNames, Guard guard) {
    this.table = table;
    this.guard = guard;
    for (String c : columnNames) {
      columnIndex.put(c, columns.size());
      columns.add(new String[16]);
    }
    days = new int[columnNames.size()][];
    packed = new long[columnNames.size()][];
    allowedFor = new Object[columnNames.size()];
  }

  void add(long row, String key, String[] cells, Map<String, String> pool) {
    if (size == rows.length) {
      int n = Math.max(16, size * 2);
      rows = Arrays.copyOf(rows, n);
      columns.replaceAll(c -> Arrays.copyOf(c, n));
      for (int c = 0; c < packed.length; c++) {
        packed[c] = packed[c] == null ? null : Arrays.copyOf(packed[c], n);
      }
    }
    rows[size] = row;
    keys.add(key);
    for (int c = 0; c < cells.length; c++) {
      String v = cells[c] == null ? null : cells[c].strip();
      long date = v == null ? DateCells.NOT_PACKED : DateCells.pack(v);
      if (date != DateCells.NOT_PACKED) {
        if (packed[c] == null) {
          packed[c] = new long[rows.length];
        }
        packed[c][size] = date;
      } else {
        columns.get(c)[size] = v == null ? null : pool.computeIfAbsent(v, x -> x);
      }
    }
    size++;
  }

  /** Cuts the arrays to the rows read, once the table is loaded: growing by doubling leaves up to half unused. */
  void trim() {
    rows = Arrays.copyOf(rows, size);
    columns.replaceAll(c -> Arrays.copyOf(c, size));
    for (int c = 0; c < packed.length; c++) {
      packed[c] = packed[c] == null ? null : Arrays.copyOf(packed[c], size);
    }
    keys.trim();
  }

  /** The SSD table. */
  public String table() {
    return table;
  }

  /** How many rows the table has. */
  public int size() {
    return size;
  }

  /** The 1-based row number of row {@code i} in the table's file. */
  public long row(int i) {
    return rows[i];
  }

  /** The primary-key text of row {@code i}. */
  public String key(int i) {
    return keys.get(i);
  }

  /** The text of cell {@code i} of column {@code c}, unpacked if it was packed. */
  private String cell(int c, int i) {
    String text = columns.get(c)[i];
    if (text == null && packed[c] != null && packed[c][i] != DateCells.NOT_PACKED) {
      return DateCells.unpack(packed[c][i]);
    }
    return text;
  }

  private boolean present(int c, int i) {
    return columns.get(c)[i] != null || packed[c] != null && packed[c][i] != DateCells.NOT_PACKED;
  }

  /** The index of a column the running rule may read; checks 'reads' once per column and rule. */
  private int index(String name) {
    Integer c = columnIndex.get(name);
    Object rule = guard.rule();
    if (c != null && allowedFor[c] == rule) {
      return c;
    }
    if (c == null || !guard.allows(table, name)) {
      throw new IllegalStateException("a rule read " + table + "." + name
          + ", which its catalogue entry does not list under 'reads'");
    }
    allowedFor[c] = rule;
    return c;
  }

  /** The trimmed text of a cell, or null when empty. */
  public String text(String column, int i) {
    return cell(index(column), i);
  }

  public boolean has(String column, int i) {
    return present(index(column), i);
  }

  /** The cell as a date (an ISO date, or the date part of an ISO date-time), or null when empty or not a date. */
  public LocalDate date(String column, int i) {
    int d = days(column)[i];
    return d == NO_DATE ? null : LocalDate.ofEpochDay(d);
  }

  private int[] days(String column) {
    int c = index(column);
    int[] out = days[c];
    if (out == null) {
      out = new int[size];
      for (int i = 0; i < size; i++) {
        out[i] = Dates.epochDay(cell(c, i));
      }
      days[c] = out;
    }
    return out;
  }

  /** Row indexes by the value of a column, in file order; rows with an empty cell are left out. */
  public Map<String, List<Integer>> groupBy(String column) {
    return groupBy(column, java.util.stream.IntStream.range(0, size).toArray());
  }

  /** As {@link #groupBy(String)}, over some rows only (such as those in scope). */
  public Map<String, List<Integer>> groupBy(String column, int[] rows) {
    int c = index(column);
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (int i : rows) {
      String text = cell(c, i);
      if (text != null) {
        out.computeIfAbsent(text, k -> new ArrayList<>(2)).add(i);
      }
    }
    return out;
  }

  /** The first row index for each value of a column (an id column); empty cells left out. */
  public Map<String, Integer> indexBy(String column) {
    int c = index(column);
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < size; i++) {
      String text = cell(c, i);
      if (text != null) {
        out.putIfAbsent(text, i);
      }
    }
    return out;
  }

  /** How a message names row {@code i}: {@code ssd_cp_plans row 4 [CP7]}. */
  public String describe(int i) {
    return table + " row " + rows[i] + " [" + keys.get(i) + "]";
  }
}
