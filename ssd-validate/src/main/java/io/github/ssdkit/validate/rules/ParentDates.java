package io.github.ssdkit.validate.rules;

import java.util.List;

/**
 * The dates of a parent table that cross-table checks read, per key, kept compact: each key as a
 * 64-bit hash in an open-addressing array (as {@link KeySet} keeps keys) and each date as a day
 * number ({@code int}, days since 1970) in a parallel array, {@code 8 + 4 × columns} bytes a slot
 * with slots at most three quarters full: a million episodes with two dates take about 21 MB. Only
 * the columns some check needs are kept, and the validator drops the whole store once the last
 * table that reads it is done.
 *
 * <p>The first row of a key wins (a duplicate key is reported by the key rules). Two keys sharing
 * a hash (see {@link KeySet}) would lend one key's dates to the other, with the probability given
 * there; a key that is not found simply leaves the child row unjudged.
 */
public final class ParentDates {

  /** The day of a parent date that is empty or not a date. */
  public static final int NONE = Integer.MIN_VALUE;

  private static final long DAY = 86_400L;

  private final List<String> columns;
  private final int width;
  private long[] hashes = new long[1 << 10];
  private int[] days;
  private int size;

  /**
   * An empty store.
   *
   * @param columns the parent's columns kept, in the order {@link #day} numbers them
   */
  public ParentDates(List<String> columns) {
    this.columns = List.copyOf(columns);
    this.width = Math.max(1, columns.size());
    this.days = new int[hashes.length * width];
  }

  /**
   * The columns kept.
   *
   * @return their names, in {@link #day} order
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * The day number of a date or date-time value, or {@link #NONE}.
   *
   * @param temporal seconds since 1970, or {@link Temporal#INVALID}
   * @return days since 1970, or {@link #NONE} when invalid or beyond an {@code int}
   */
  public static int dayOf(long temporal) {
    if (temporal == Temporal.INVALID) {
      return NONE;
    }
    long day = Math.floorDiv(temporal, DAY);
    return day <= Integer.MIN_VALUE || day > Integer.MAX_VALUE ? NONE : (int) day;
  }

  /**
   * Keeps the dates of a key, unless the key is kept already.
   *
   * @param key the parent's key value
   * @param dayValues one day number (or {@link #NONE}) per column
   */
  public void put(CharSequence key, int[] dayValues) {
    if ((size + 1) * 4L > hashes.length * 3L) {
      grow();
    }
    long h = KeySet.hash(key);
    int mask = hashes.length - 1;
    for (int i = KeySet.home(h, mask); ; i = (i + 1) & mask) {
      if (hashes[i] == 0) {
        hashes[i] = h;
        System.arraycopy(dayValues, 0, days, i * width, columns.size());
        size++;
        return;
      }
      if (hashes[i] == h) {
        return;
      }
    }
  }

  /**
   * Where a key's dates are.
   *
   * @param key the value of the child's foreign key
   * @return a slot for {@link #day}, or -1 when the key was not kept
   */
  public int slot(CharSequence key) {
    long h = KeySet.hash(key);
    int mask = hashes.length - 1;
    for (int i = KeySet.home(h, mask); ; i = (i + 1) & mask) {
      long s = hashes[i];
      if (s == 0) {
        return -1;
      }
      if (s == h) {
        return i;
      }
    }
  }

  /**
   * A kept date.
   *
   * @param slot from {@link #slot}
   * @param column the column's position in {@link #columns()}
   * @return its day number, or {@link #NONE}
   */
  public int day(int slot, int column) {
    return days[slot * width + column];
  }

  /**
   * Keys kept.
   *
   * @return how many
   */
  public int size() {
    return size;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldDays = days;
    hashes = new long[oldHashes.length * 2];
    days = new int[hashes.length * width];
    int mask = hashes.length - 1;
    for (int o = 0; o < oldHashes.length; o++) {
      long h = oldHashes[o];
      if (h == 0) {
        continue;
      }
      int i = KeySet.home(h, mask);
      while (hashes[i] != 0) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      System.arraycopy(oldDays, o * width, days, i * width, width);
    }
  }
}
