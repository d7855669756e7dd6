package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CheckInfo;
import io.github.ssdkit.spec.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overlap check finds every overlap of a group, however many periods the group has and wherever its rows are. */
class OverlapOrderTest {

  private static final long DAY = 86_400L;
  private static final Check.NoOverlap NO_OVERLAP = new Check.NoOverlap(
      CheckInfo.of("episodes-do-not-overlap", "a child's episodes do not overlap"), List.of("child"), "start", "end");

  @Test
  void eachOverlapIsReportedOnceInRowOrder() {
    OverlapCheck check = new OverlapCheck("overlap", NO_OVERLAP, new int[] {0}, 1, 2);
    Rows rows = new Rows();
    // child "7": 40 periods of 10 days on every 10th day, given latest first, so rows and starts disagree
    for (int p = 39; p >= 0; p--) {
      rows.add(check, "7", 100 + 10 * p, 110 + 10 * p);
    }
    // child "8": three periods, the second and third overlapping the first, among other children's rows
    rows.add(check, "8", 0, 50);
    for (int c = 100; c < 400; c++) {
      rows.add(check, Integer.toString(c), 0, 5);
    }
    rows.add(check, "8", 40, 60);
    rows.add(check, "8", 10, 20);
    // child "7" again: one period inside its 5th period
    rows.add(check, "7", 145, 146);

    check.finish(rows);

    // in row order, whatever the groups' order, so that a rule's cap lists the first in the file
    assertThat(rows.reports).containsExactly(
        "row 342 starts 1970-02-10, overlapping row 41",
        "row 343 starts 1970-01-11, overlapping row 41",
        "row 344 starts 1970-05-26, overlapping row 36");
  }

  @Test
  void groupsOfSeveralPartsAndTextIdentifiersAreKeptApart() {
    OverlapCheck check = new OverlapCheck("overlap", NO_OVERLAP, new int[] {0}, 1, 2);
    Rows rows = new Rows();
    rows.add(check, "7", 0, 50);
    rows.add(check, "07", 10, 20); // text, not the number 7: another child
    rows.add(check, "A7", 10, 20);
    rows.add(check, "7", 49, 60);
    rows.add(check, "A7", 15, 16);

    check.finish(rows);

    assertThat(rows.reports).containsExactly(
        "row 4 starts 1970-02-19, overlapping row 1",
        "row 5 starts 1970-01-16, overlapping row 3");
  }

  /** The rows given to the check, one at a time, and what it reports after the last. */
  private static final class Rows implements RowContext {
    final List<String> reports = new ArrayList<>();
    private String child;
    private long start;
    private long end;
    private long row;

    void add(OverlapCheck check, String child, long startDay, long endDay) {
      this.child = child;
      this.start = startDay * DAY;
      this.end = endDay * DAY;
      row++;
      check.check(this);
    }

    @Override
    public String cell(int field) {
      return field == 0 ? child : "set";
    }

    @Override
    public long temporal(int field) {
      return field == 1 ? start : end;
    }

    @Override
    public long rowDate() {
      return start;
    }

    @Override
    public long rowNumber() {
      return row;
    }

    @Override
    public void report(Severity severity, String rule, String field, String value, String message) {
      reports.add("unexpected: " + message);
    }

    @Override
    public void reportRow(long atRow, Severity severity, String rule, String field, String value, String message) {
      String other = message.substring(message.indexOf("period of row ") + "period of row ".length(), message.indexOf(" of the same"));
      reports.add("row " + atRow + " starts " + value + ", overlapping row " + other);
    }
  }
}
