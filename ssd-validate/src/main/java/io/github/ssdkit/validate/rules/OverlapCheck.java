package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Check;

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
      groups = java.util.Arrays.copyOf(groups, n);
      starts = java.util.Arrays.copyOf(starts, n);
      ends = java.util.Arrays.copyOf(ends, n);
      rows = java.util.Arrays.copyOf(rows, n);
    }
    groups[size] = KeySet.finish(h);
    starts[size] = Math.floorDiv(s, DAY);
    ends[size] = e == OPEN ? OPEN : Math.floorDiv(e, DAY);
    rows[size] = row.rowNumber();
    size++;
  }

  @Override
  public void finish(RowContext reporter) {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    sort(order, 0, size - 1);
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

  private void sort(int[] a, int lo, int hi) {
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
        sort(a, lo, j);
        lo = i;
      } else {
        sort(a, i, hi);
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
