package io.github.ssdkit.validate.rules;

import java.util.List;

/**
 * The dates of a parent table that cross-table checks read, per key, kept compact. A key that is a
 * whole number close to the others (the usual database identifier) has its dates at its offset in
 * a window of values ({@code 4 × columns} bytes a value, the window spanning at most two values per
 * key, or 65,536), so that children sorted by parent read their parents' dates in memory order.
 * Any other key is kept as a 64-bit hash in an open-addressing array (as {@link KeySet} keeps
 * keys), its dates in a parallel array, {@code 8 + 4 × columns} bytes a slot with slots at most
 * three quarters full: a million episodes with two dates take about 21 MB hashed, 8 to 16 MB in the
 * window. Each date is a day number ({@code int}, days since 1970). Only the columns some check
 * needs are kept, and the validator drops the whole store once the last table that reads it is done.
 *
 * <p>The first row of a key wins (a duplicate key is reported by the key rules). Two keys sharing
 * a hash (see {@link KeySet}) would lend one key's dates to the other, with the probability given
 * there; a key that is not found simply leaves the child row unjudged.
 */
public final class ParentDates {

  /** The day of a parent date that is empty or not a date. */
  public static final int NONE = Integer.MIN_VALUE;

  private static final long DAY = 86_400L;
  /** Set in a {@link #slot} that is an offset in the window (both offsets and hash slots are below 2³⁰). */
  private static final int IN_WINDOW = 1 << 30;

  private final List<String> columns;
  private final int width;
  private long[] hashes = new long[1 << 10];
  private int[] days;
  /** Keys in {@link #hashes}. */
  private int hashed;
  /** Keys in all. */
  private int size;
  /** The whole-number keys close together; none of them is ever in {@link #hashes}. */
  private final NumberWindow window = new NumberWindow(1 << 16, 2);
  /** The dates of the window's keys, {@link #width} at each offset. */
  private int[] windowDays = new int[0];

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
    long h = KeySet.hash(key);
    long value = h - KeySet.WHOLE;
    if (window.covers(value) || (KeySet.isWholeNumber(value) && widen(value))) {
      if (window.add(value)) {
        System.arraycopy(dayValues, 0, windowDays, window.offset(value) * width, columns.size());
        size++;
      }
      return;
    }
    putHashed(h, dayValues, 0);
  }

  /** Keeps dates under a hash, from {@code at} in {@code from}, unless the hash is kept already. */
  private void putHashed(long h, int[] from, int at) {
    if ((hashed + 1) * 4L > hashes.length * 3L) {
      grow();
    }
    int mask = hashes.length - 1;
    for (int i = KeySet.home(h, mask); ; i = (i + 1) & mask) {
      if (hashes[i] == 0) {
        hashes[i] = h;
        System.arraycopy(from, at, days, i * width, columns.size());
        hashed++;
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
   * @return a slot for {@link #day} (0 or more), or -1 when the key was not kept
   */
  public int slot(CharSequence key) {
    long h = KeySet.hash(key);
    long value = h - KeySet.WHOLE;
    if (window.covers(value)) {
      return window.contains(value) ? IN_WINDOW | window.offset(value) : -1;
    }
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
    return (slot & IN_WINDOW) == 0 ? days[slot * width + column] : windowDays[(slot ^ IN_WINDOW) * width + column];
  }

  /**
   * Keys kept.
   *
   * @return how many
   */
  public int size() {
    return size;
  }

  /**
   * Widens the window to a whole number when its budget allows, moving the dates already there to
   * their new offsets and the hashed keys it then covers out of the hash array.
   */
  private boolean widen(long value) {
    long oldBase = window.base();
    int oldSpan = window.span();
    if (!window.widen(value, size)) {
      return false;
    }
    int[] wider = new int[window.span() * width];
    if (oldSpan > 0) {
      System.arraycopy(windowDays, 0, wider, (int) (oldBase - window.base()) * width, oldSpan * width);
    }
    windowDays = wider;
    if (hashed > 0) {
      long[] oldHashes = hashes;
      int[] oldDays = days;
      hashes = new long[oldHashes.length];
      days = new int[oldDays.length];
      size -= hashed;
      hashed = 0;
      for (int o = 0; o < oldHashes.length; o++) {
        long h = oldHashes[o];
        long v = h - KeySet.WHOLE;
        if (h != 0 && window.covers(v)) {
          window.add(v);
          System.arraycopy(oldDays, o * width, windowDays, window.offset(v) * width, width);
          size++;
        } else if (h != 0) {
          putHashed(h, oldDays, o * width);
        }
      }
    }
    return true;
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
