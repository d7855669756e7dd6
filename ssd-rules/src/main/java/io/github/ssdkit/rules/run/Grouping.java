package io.github.ssdkit.rules.run;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The rows of a frame grouped by the text of one column, in primitive arrays: about 12 bytes per
 * row and 8 per distinct value, against some 60 for a map of boxed lists. Groups keep the order of
 * their first row, and rows within a group keep file order. Built once per column (and row set)
 * and shared by every rule that asks, so its map views are read-only.
 */
final class Grouping {

  /** Per group, the text shared by its rows, or null when its cells are packed (see {@link #packedKeys}). */
  private final String[] keys;
  /** Per group, the packed cell shared by its rows ({@link PackedCells}), or {@code NOT_PACKED}. */
  private final long[] packedKeys;
  /** Group {@code g}'s rows are {@code members[starts[g]]} up to {@code members[starts[g + 1]]}. */
  private final int[] starts;
  private final int[] members;
  /** Open addressing over the groups: group index plus one, 0 for a free slot; null when {@link #window} is used. */
  private final int[] slots;
  /**
   * When every cell is a whole number and they lie close together (most ids), the group of value
   * {@code windowMin + k} plus one at {@code window[k]}, 0 for none: a look-up is one array read,
   * and rows in id order read it in memory order. Null otherwise.
   */
  private final int[] window;
  private final long windowMin;
  /** The largest window, in values (256 MB of ints would be far more than any table's hash). */
  private static final long MAX_WINDOW = 1L << 26;

  /**
   * Groups some rows of a column by their cells. A packed cell and a text cell never hold the same
   * text (packing is exact), so each kind is compared only with its own.
   *
   * @param rows the row indexes, in file order
   * @param texts the column's unpacked cells, null when empty or packed; null when no cell is text
   * @param packed the column's packed cells, {@code NOT_PACKED} where not packed; null when none is
   */
  Grouping(int[] rows, String[] texts, long[] packed) {
    long[] range = denseRange(rows, texts, packed);
    int[] groupOfRow = new int[rows.length];
    String[] foundTexts = new String[Math.max(4, rows.length / 4)];
    long[] foundPacked = new long[foundTexts.length];
    int[] counts = new int[foundTexts.length];
    int groups = 0;
    int capacity = range != null ? 0 : tableSize(rows.length);
    int[] table = range != null ? new int[(int) (range[1] - range[0] + 1)] : new int[capacity];
    for (int r = 0; r < rows.length; r++) {
      int i = rows[r];
      long p = packed == null ? PackedCells.NOT_PACKED : packed[i];
      String text = texts == null ? null : texts[i];
      if (p == PackedCells.NOT_PACKED && text == null) {
        groupOfRow[r] = -1;
        continue;
      }
      int slot;
      int g;
      if (range != null) {
        slot = (int) (PackedCells.wholeValue(p) - range[0]);
        g = table[slot] - 1;
      } else {
        slot = hash(p, text) & (capacity - 1);
        while ((g = table[slot] - 1) >= 0 && !same(foundTexts[g], foundPacked[g], text, p)) {
          slot = (slot + 1) & (capacity - 1);
        }
      }
      if (g < 0) {
        g = groups++;
        if (g == foundTexts.length) {
          foundTexts = Arrays.copyOf(foundTexts, g * 2);
          foundPacked = Arrays.copyOf(foundPacked, g * 2);
          counts = Arrays.copyOf(counts, g * 2);
        }
        foundTexts[g] = p == PackedCells.NOT_PACKED ? text : null;
        foundPacked[g] = p;
        table[slot] = g + 1;
      }
      groupOfRow[r] = g;
      counts[g]++;
    }
    keys = Arrays.copyOf(foundTexts, groups);
    packedKeys = Arrays.copyOf(foundPacked, groups);
    starts = new int[groups + 1];
    for (int g = 0; g < groups; g++) {
      starts[g + 1] = starts[g] + counts[g];
    }
    int[] next = Arrays.copyOf(starts, groups);
    members = new int[starts[groups]];
    for (int r = 0; r < rows.length; r++) {
      if (groupOfRow[r] >= 0) {
        members[next[groupOfRow[r]]++] = rows[r];
      }
    }
    window = range != null ? table : null;
    windowMin = range != null ? range[0] : 0;
    slots = range != null ? null : groups * 4 < capacity ? rehashed() : table;
  }

  /**
   * The least and greatest value when every non-empty cell of the rows is a packed whole number
   * and they span at most four values a cell (plus 64), so that a window over them costs no more
   * than the hash table would; else null.
   */
  private static long[] denseRange(int[] rows, String[] texts, long[] packed) {
    if (packed == null) {
      return null;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    int cells = 0;
    for (int i : rows) {
      long p = packed[i];
      if (p == PackedCells.NOT_PACKED) {
        if (texts != null && texts[i] != null) {
          return null;
        }
        continue;
      }
      if (!PackedCells.isWholeNumber(p)) {
        return null;
      }
      long v = PackedCells.wholeValue(p);
      min = Math.min(min, v);
      max = Math.max(max, v);
      cells++;
    }
    boolean close = cells > 0 && max - min < 4L * cells + 64 && max - min < MAX_WINDOW;
    return close ? new long[] {min, max} : null;
  }

  /** A power of two at least twice {@code n}, so that probe runs stay short. */
  private static int tableSize(int n) {
    return Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
  }

  private static int hash(long packed, String text) {
    return packed == PackedCells.NOT_PACKED ? text.hashCode() : (int) (packed * 0x9E3779B97F4A7C15L >>> 32);
  }

  private static boolean same(String groupText, long groupPacked, String text, long packed) {
    return packed == PackedCells.NOT_PACKED ? text.equals(groupText) : packed == groupPacked;
  }

  /** A probe table sized for the groups, when the first one (sized for every row) is far too big. */
  private int[] rehashed() {
    int capacity = tableSize(keys.length);
    int[] table = new int[capacity];
    for (int g = 0; g < keys.length; g++) {
      int slot = hash(packedKeys[g], keys[g]) & (capacity - 1);
      while (table[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      table[slot] = g + 1;
    }
    return table;
  }

  /** The group of a text, or -1 when no row has it. */
  int group(Object key) {
    if (!(key instanceof String text) || text.isEmpty()) {
      return -1;
    }
    return group(text, PackedCells.pack(text));
  }

  /** The group of a cell as a frame holds it (packed, or else its text), or -1; -1 for an empty cell. */
  int group(String text, long packed) {
    if (packed == PackedCells.NOT_PACKED && text == null) {
      return -1;
    }
    if (window != null) {
      if (!PackedCells.isWholeNumber(packed)) {
        return -1; // every key is a whole number, and packing is exact: a text or date is none of them
      }
      long k = PackedCells.wholeValue(packed) - windowMin;
      return k < 0 || k >= window.length ? -1 : window[(int) k] - 1;
    }
    int mask = slots.length - 1;
    int slot = hash(packed, text) & mask;
    int g;
    while ((g = slots[slot] - 1) >= 0) {
      if (same(keys[g], packedKeys[g], text, packed)) {
        return g;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** The first row of a group. */
  int first(int g) {
    return members[starts[g]];
  }

  private String keyOf(int g) {
    return keys[g] != null ? keys[g] : PackedCells.unpack(packedKeys[g]);
  }

  /** The rows of each value, as {@link Frame#groupBy} gives them. */
  Map<String, List<Integer>> asGroups() {
    return new Groups();
  }

  /** The first row of each value, as {@link Frame#indexBy} gives them. */
  Map<String, Integer> asFirsts() {
    return new Firsts();
  }

  private List<Integer> rowsOf(int g) {
    return new RowList(starts[g], starts[g + 1]);
  }

  /** A group's rows, read from {@link #members} without copying. */
  private final class RowList extends AbstractList<Integer> implements RandomAccess {
    private final int from;
    private final int to;

    RowList(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public Integer get(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException(index);
      }
      return members[from + index];
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  /** Read-only map views: equal, hashed and printed as maps are, iterated in group order. */
  private abstract class View<V> extends AbstractMap<String, V> {
    abstract V valueOf(int g);

    @Override
    public V get(Object key) {
      int g = group(key);
      return g < 0 ? null : valueOf(g);
    }

    @Override
    public boolean containsKey(Object key) {
      return group(key) >= 0;
    }

    @Override
    public int size() {
      return keys.length;
    }

    /** The values in group order, without unpacking any key. */
    @Override
    public Collection<V> values() {
      return new AbstractList<>() {
        @Override
        public V get(int g) {
          return valueOf(g);
        }

        @Override
        public int size() {
          return keys.length;
        }
      };
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, V>> iterator() {
          return new Iterator<>() {
            private int g;

            @Override
            public boolean hasNext() {
              return g < keys.length;
            }

            @Override
            public Entry<String, V> next() {
              if (g >= keys.length) {
                throw new NoSuchElementException();
              }
              int at = g++;
              return new SimpleImmutableEntry<>(keyOf(at), valueOf(at));
            }
          };
        }

        @Override
        public int size() {
          return keys.length;
        }
      };
    }
  }

  private final class Groups extends View<List<Integer>> {
    @Override
    List<Integer> valueOf(int g) {
      return rowsOf(g);
    }
  }

  private final class Firsts extends View<Integer> {
    @Override
    Integer valueOf(int g) {
      return members[starts[g]];
    }
  }
}
