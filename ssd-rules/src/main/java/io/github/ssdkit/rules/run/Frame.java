package io.github.ssdkit.rules.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The columns of one table that the running rules read, held column by column: one array of
 * texts per column, row numbers and keys, and dates parsed once into day numbers. Repeated texts
 * (codes) share one string; ISO dates, date-times and whole numbers (most ids) are packed into
 * numbers ({@link PackedCells}), keys into bytes ({@link KeyTexts}). Rows are indexed 0..{@link #size()}-1
 * in file order.
 */
public final class Frame {

  /** A day number meaning "no date here" (empty, or not an ISO date: the table pass reports those). */
  public static final int NO_DATE = Integer.MIN_VALUE;

  private final String table;
  /** The column names, by column index; rules pass the same constants, so most lookups match by identity. */
  private final String[] names;
  /** Per column, the cells kept as text (null where empty or packed); null until a column has one: ids and dates rarely do. */
  private final List<String[]> columns = new ArrayList<>();
  private final TextPool[] pools;
  /** Groupings worked out so far, kept with the frame: by column, over every row or over {@link #scoped} rows. */
  private final List<Cached> groupings = new ArrayList<>();
  /** Links to other frames worked out so far (see {@link #linkTo}). */
  private final List<Link> links = new ArrayList<>();
  /** The rows in the return's scope (see {@link RuleInput#rows}), whose groupings are kept too; null until known. */
  private int[] scoped;
  /** Per column, the cells held as {@link PackedCells} (their text is then null); null until a column has one. */
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
    names = columnNames.stream().map(String::intern).toArray(String[]::new);
    pools = new TextPool[names.length];
    for (int c = 0; c < names.length; c++) {
      columns.add(null); // made when the column's first text cell comes
      pools[c] = new TextPool();
    }
    days = new int[columnNames.size()][];
    packed = new long[columnNames.size()][];
    allowedFor = new Object[columnNames.size()];
  }

  /**
   * Sizes the arrays for about {@code rows} rows before the first is added, with an eighth to
   * spare as the estimate may be low: a big table is then laid out once instead of being copied at
   * each doubling, which spared the collector copying those arrays (BENCHMARKS.md).
   */
  void expect(long rows) {
    if (size == 0 && rows > this.rows.length) {
      capacity((int) Math.min(rows + rows / 8 + 16, Integer.MAX_VALUE - 16));
      keys.expect(rows);
    }
  }

  void add(long row, String key, String[] cells) {
    if (size == rows.length) {
      capacity(Math.max(16, size * 2));
    }
    rows[size] = row;
    keys.add(key);
    for (int c = 0; c < cells.length; c++) {
      String v = cells[c] == null ? null : cells[c].strip();
      long p = v == null ? PackedCells.NOT_PACKED : PackedCells.pack(v);
      if (p != PackedCells.NOT_PACKED) {
        if (packed[c] == null) {
          packed[c] = new long[rows.length];
        }
        packed[c][size] = p;
      } else if (v != null) {
        String[] texts = columns.get(c);
        if (texts == null) {
          texts = new String[rows.length];
          columns.set(c, texts);
        }
        texts[size] = pools[c].share(v);
      }
    }
    size++;
  }

  private void capacity(int n) {
    rows = Arrays.copyOf(rows, n);
    columns.replaceAll(c -> c == null ? null : Arrays.copyOf(c, n));
    for (int c = 0; c < packed.length; c++) {
      packed[c] = packed[c] == null ? null : Arrays.copyOf(packed[c], n);
    }
  }

  /**
   * Cuts the arrays to the rows read, once the table is loaded, when more than an eighth is unused
   * (growing by doubling leaves up to half); a close estimate's arrays are kept as they are, as
   * copying them would cost more than the slack. Cells past {@link #size} are never read.
   */
  void trim() {
    if (rows.length - size > size / 8) {
      capacity(size);
    }
    keys.trim();
    Arrays.fill(pools, null);
  }

  /** Tells the frame which rows are in scope, so that groupings over them are kept for later rules. */
  void scoped(int[] rows) {
    scoped = rows;
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

  /** The unpacked text of cell {@code i} of column {@code c}; null when empty or packed. */
  private String textAt(int c, int i) {
    String[] texts = columns.get(c);
    return texts == null ? null : texts[i];
  }

  /** The text of cell {@code i} of column {@code c}, unpacked if it was packed. */
  private String cell(int c, int i) {
    String text = textAt(c, i);
    if (text == null && packed[c] != null && packed[c][i] != PackedCells.NOT_PACKED) {
      return PackedCells.unpack(packed[c][i]);
    }
    return text;
  }

  private boolean present(int c, int i) {
    return textAt(c, i) != null || packed[c] != null && packed[c][i] != PackedCells.NOT_PACKED;
  }

  /** The index of a column the running rule may read; checks 'reads' once per column and rule. */
  private int index(String name) {
    int c = position(name);
    Object rule = guard.rule();
    if (c >= 0 && allowedFor[c] == rule) {
      return c;
    }
    if (c < 0 || !guard.allows(table, name)) {
      throw new IllegalStateException("a rule read " + table + "." + name
          + ", which its catalogue entry does not list under 'reads'");
    }
    allowedFor[c] = rule;
    return c;
  }

  private int position(String name) {
    for (int c = 0; c < names.length; c++) {
      if (names[c] == name) {
        return c;
      }
    }
    for (int c = 0; c < names.length; c++) {
      if (names[c].equals(name)) {
        return c;
      }
    }
    return -1;
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
    return d == NO_DATE ? null : Dates.ofDay(d);
  }

  /** The cell's day number (as {@link LocalDate#toEpochDay}), or {@link #NO_DATE}: for sorting and comparing without objects. */
  public int day(String column, int i) {
    return days(column)[i];
  }

  private int[] days(String column) {
    int c = index(column);
    int[] out = days[c];
    if (out == null) {
      out = new int[size];
      String[] texts = columns.get(c);
      long[] cells = packed[c];
      for (int i = 0; i < size; i++) {
        boolean isPacked = cells != null && cells[i] != PackedCells.NOT_PACKED;
        out[i] = isPacked ? PackedCells.epochDay(cells[i]) : Dates.epochDay(texts == null ? null : texts[i]);
      }
      days[c] = out;
    }
    return out;
  }

  /**
   * Row indexes by the value of a column, in file order; rows with an empty cell are left out.
   * Groups come in the order of their first row. The map is read-only and shared with later rules.
   */
  public Map<String, List<Integer>> groupBy(String column) {
    return grouping(index(column), null).asGroups();
  }

  /** As {@link #groupBy(String)}, over some rows only (such as those in scope). */
  public Map<String, List<Integer>> groupBy(String column, int[] rows) {
    return grouping(index(column), rows).asGroups();
  }

  /** The first row index for each value of a column (an id column); empty cells left out. Read-only. */
  public Map<String, Integer> indexBy(String column) {
    return grouping(index(column), null).asFirsts();
  }

  /**
   * For each row, the first row of {@code other} whose {@code otherColumn} holds the same text as
   * this row's {@code column} (as {@code other.indexBy(otherColumn).get(text(column, i))}), or -1
   * when none does or the cell is empty: a link many rules follow, worked out once and kept.
   */
  public int[] linkTo(String column, Frame other, String otherColumn) {
    int c = index(column);
    Grouping target = other.grouping(other.index(otherColumn), null);
    for (Link l : links) {
      if (l.column == c && l.target == target) {
        return l.rows;
      }
    }
    String[] texts = columns.get(c);
    long[] cells = packed[c];
    int[] rowsOut = new int[size];
    for (int i = 0; i < size; i++) {
      int g = target.group(texts == null ? null : texts[i], cells == null ? PackedCells.NOT_PACKED : cells[i]);
      rowsOut[i] = g < 0 ? -1 : target.first(g);
    }
    links.add(new Link(c, target, rowsOut));
    return rowsOut;
  }

  private record Link(int column, Grouping target, int[] rows) {}

  /**
   * The distinct cells of a column over some rows (such as those in scope), for membership tests
   * that read cells where they lie; see {@link CellSet}.
   */
  public CellSet cellSet(String column, int[] rows) {
    int c = index(column);
    boolean hasEmpty = false;
    for (int i : rows) {
      if (!present(c, i)) {
        hasEmpty = true;
        break;
      }
    }
    return new CellSet(grouping(c, rows), hasEmpty);
  }

  /** Whether this frame's cell is in a grouping of another frame (or this one), which holds its empty cells when {@code hasEmpty}. */
  boolean isIn(Grouping g, boolean hasEmpty, String column, int i) {
    int c = index(column);
    if (!present(c, i)) {
      return hasEmpty;
    }
    return g.group(textAt(c, i), packed[c] == null ? PackedCells.NOT_PACKED : packed[c][i]) >= 0;
  }

  /** The grouping of some rows (null for all) by column {@code c}: kept when over all rows or the scope's. */
  private Grouping grouping(int c, int[] rows) {
    boolean kept = rows == null || rows == scoped;
    if (kept) {
      for (Cached g : groupings) {
        if (g.column == c && g.rows == rows) {
          return g.grouping;
        }
      }
    }
    Grouping made = new Grouping(rows == null ? IntStream.range(0, size).toArray() : rows, columns.get(c), packed[c]);
    if (kept) {
      groupings.add(new Cached(c, rows, made));
    }
    return made;
  }

  private record Cached(int column, int[] rows, Grouping grouping) {}

  /** How a message names row {@code i}: {@code ssd_cp_plans row 4 [CP7]}. */
  public String describe(int i) {
    return table + " row " + rows[i] + " [" + keys.get(i) + "]";
  }
}
