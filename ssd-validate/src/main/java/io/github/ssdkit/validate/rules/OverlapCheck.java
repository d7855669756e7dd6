package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Check;
import java.util.Arrays;

/**
 * Within each group (one child), periods do not overlap. Rows are not held: each period is kept as
 * four numbers (group hash, start, end, row) in growing primitive arrays, 32 bytes a period, then
 * sorted by group and start after the last row. Periods are compared by day, as the statutory
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
    // the hash of the group's values each followed by \u0001, worked out in place
    long h = KeySet.START;
    for (int g : group) {
      CharSequence v = row.text(g);
      if (v == null) {
        return;
      }
      h = KeySet.mix(KeySet.mix(h, v), '\u0001');
    }
    if (size == groups.length) {
      int n = size * 2;
      groups = Arrays.copyOf(groups, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      rows = Arrays.copyOf(rows, n);
    }
    groups[size] = KeySet.finish(h);
    starts[size] = Math.floorDiv(s, DAY);
    ends[size] = e == OPEN ? OPEN : Math.floorDiv(e, DAY);
    rows[size] = row.rowNumber();
    size++;
  }

  @Override
  public void finish(RowContext reporter) {
    int[] order = order();
    int i = 0;
    while (i < size) {
      int j = i;
      long reach = Long.MIN_VALUE;
      long reachRow = 0;
      while (j < size && groups[order[j]] == groups[order[i]]) {
        int k = order[j];
        if (j > i && starts[k] < reach) {
          reporter.reportRow(rows[k], check.severity(), rule, check.start(),
              Temporal.toDate(starts[k] * DAY).toString(), "the period starting " + Temporal.toDate(starts[k] * DAY)
                  + " overlaps the period of row " + reachRow + " of the same " + String.join(", ", check.groupBy())
                  + ": " + check.description());
        }
        if (ends[k] > reach) {
          reach = ends[k];
          reachRow = rows[k];
        }
        j++;
      }
      i = j;
    }
    groups = starts = ends = rows = new long[0];
    size = 0;
  }

  /**
   * The periods' positions sorted by group, start and row, in one sort of primitive longs: each
   * position packed under the top 32 bits of its group's hash. Positions whose groups share those
   * bits (a group's own periods, and rarely another group's) are then put in order among
   * themselves. Rows were added in order, so a position's order is its row's.
   */
  private int[] order() {
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) {
      packed[i] = (groups[i] & 0xffff_ffff_0000_0000L) | i;
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
