package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Check;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Within each group (one child), periods do not overlap. Rows are not held: each period is kept as
 * four numbers (group key, start, end, row) in growing primitive arrays, 32 bytes a period, then
 * sorted by group and start after the last row; the overlaps found are reported in row order, so
 * that the ones listed under a rule's cap are the first in the file. Periods are compared by day, as the statutory
 * returns do: a period may start on the day the previous one ends (times of day are ignored, since
 * most systems record midnight). An empty end is an open period; only the last may be open.
 */
final class OverlapCheck implements TableCheck {

  private static final long OPEN = Long.MAX_VALUE;
  private static final long DAY = 86_400L;

  private final String rule;
  private final Check.NoOverlap check;
  private final int[] group;
  private final int start;
  private final int end;
  private long[] groups = new long[1024];
  private long[] starts = new long[1024];
  private long[] ends = new long[1024];
  private long[] rows = new long[1024];
  private int size;

  OverlapCheck(String rule, Check.NoOverlap check, int[] group, int start, int end) {
    this.rule = rule;
    this.check = check;
    this.group = group;
    this.start = start;
    this.end = end;
  }

  @Override
  public void check(RowContext row) {
    long s = row.temporal(start);
    if (s == Temporal.INVALID) {
      return;
    }
    long e = !row.has(end) ? OPEN : row.temporal(end);
    if (e == Temporal.INVALID || e < s) {
      return; // a bad or reversed end is reported by the type and date-order checks
    }
    long h = groupKey(row);
    if (h == 0) {
      return;
    }
    if (size == groups.length) {
      int n = size * 2;
      groups = Arrays.copyOf(groups, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      rows = Arrays.copyOf(rows, n);
    }
    groups[size] = h;
    starts[size] = Math.floorDiv(s, DAY);
    ends[size] = e == OPEN ? OPEN : Math.floorDiv(e, DAY);
    rows[size] = row.rowNumber();
    size++;
  }

  /**
   * The row's group as one number, 0 when a part is empty: a single whole-number value (a child's
   * identifier) as {@link KeySet#hash} gives it, so that groups sort as their numbers do and rows
   * in the usual order (by child) come already sorted; anything else hashed from its values, each
   * followed by \u0001, in place.
   */
  private long groupKey(RowContext row) {
    if (group.length == 1) {
      CharSequence v = row.text(group[0]);
      return v == null ? 0 : KeySet.hash(v);
    }
    long h = KeySet.START;
    for (int g : group) {
      CharSequence v = row.text(g);
      if (v == null) {
        return 0;
      }
      h = KeySet.mix(KeySet.mix(h, v), '\u0001');
    }
    return KeySet.finishKey(h);
  }

  @Override
  public void finish(RowContext reporter) {
    int[] order = order();
    Overlaps found = new Overlaps();
    int i = 0;
    while (i < size) {
      int j = i;
      long reach = Long.MIN_VALUE;
      long reachRow = 0;
      while (j < size && groups[order[j]] == groups[order[i]]) {
        int k = order[j];
        if (j > i && starts[k] < reach) {
          found.add(k, reachRow);
        }
        if (ends[k] > reach) {
          reach = ends[k];
          reachRow = rows[k];
        }
        j++;
      }
      i = j;
    }
    for (long at : found.inRowOrder()) {
      int k = (int) (at >>> 32);
      LocalDate day = Temporal.toDate(starts[k] * DAY);
      reporter.reportRow(rows[k], check.severity(), rule, check.start(), day.toString(), "the period starting " + day
          + " overlaps the period of row " + found.other((int) at) + " of the same " + String.join(", ", check.groupBy())
          + ": " + check.description());
    }
    groups = starts = ends = rows = new long[0];
    size = 0;
  }

  /**
   * The overlapping periods found, group by group, to be reported in row order: each by its
   * position (positions are in row order, as rows were added in order) with the row it overlaps.
   */
  private static final class Overlaps {
    private int[] positions = new int[16];
    private long[] others = new long[16];
    private int count;

    void add(int position, long otherRow) {
      if (count == positions.length) {
        positions = Arrays.copyOf(positions, count * 2);
        others = Arrays.copyOf(others, count * 2);
      }
      positions[count] = position;
      others[count++] = otherRow;
    }

    /** Each overlap as its position in the top 32 bits over its index here, sorted by position. */
    long[] inRowOrder() {
      long[] sorted = new long[count];
      for (int i = 0; i < count; i++) {
        sorted[i] = (long) positions[i] << 32 | i;
      }
      Arrays.sort(sorted);
      return sorted;
    }

    long other(int index) {
      return others[index];
    }
  }

  /**
   * The periods' positions sorted by group, start and row, in one sort of primitive longs: each
   * position packed under 32 bits of its group (the number itself for a whole number below 2³²,
   * else the top 32 bits of its key). Positions whose groups share those bits (a group's own
   * periods, and rarely another group's) are then put in order among themselves. Rows were added
   * in order, so a position's order is its row's; rows sorted by child make one run, which the
   * sort takes in one pass.
   */
  private int[] order() {
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) {
      long number = groups[i] - KeySet.WHOLE;
      long bits = number >= 0 && number < 1L << 32 ? number << 32 : groups[i] & 0xffff_ffff_0000_0000L;
      packed[i] = bits | i;
    }
    Arrays.sort(packed);
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = (int) packed[i];
    }
    int from = 0;
    while (from < size) {
      long top = packed[from] >>> 32;
      int to = from + 1;
      while (to < size && packed[to] >>> 32 == top) {
        to++;
      }
      if (to - from > 1) {
        sort(order, from, to - 1);
      }
      from = to;
    }
    return order;
  }

  /** Sorts {@code a[lo..hi]} by {@link #less}: a few periods by insertion, more by quicksort. */
  private void sort(int[] a, int lo, int hi) {
    if (hi - lo < 16) {
      for (int i = lo + 1; i <= hi; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= lo && less(x, a[j])) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    quicksort(a, lo, hi);
  }

  private void quicksort(int[] a, int lo, int hi) {
    while (lo < hi) {
      int p = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (less(a[i], p)) {
          i++;
        }
        while (less(p, a[j])) {
          j--;
        }
        if (i <= j) {
          int t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (j - lo < hi - i) {
        quicksort(a, lo, j);
        lo = i;
      } else {
        quicksort(a, i, hi);
        hi = j;
      }
    }
  }

  private boolean less(int x, int y) {
    if (groups[x] != groups[y]) {
      return groups[x] < groups[y];
    }
    if (starts[x] != starts[y]) {
      return starts[x] < starts[y];
    }
    return rows[x] < rows[y];
  }

}
