package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * At most one row of a group may be open (no end date); every open row after the first is
 * reported, naming the first. An optional filter leaves rows out (a referral marked no further
 * action is not an open case).
 */
public final class AtMostOneOpen implements RuleLogic {

  private final String table;
  private final String group;
  private final String end;
  private final BiPredicate<Frame, Integer> counted;
  private final String what;

  /**
   * @param table the table
   * @param group the grouping column
   * @param end the end date column; empty means open
   * @param counted which rows count (others are ignored)
   * @param what the rows ("CP plans of the same child")
   */
  public AtMostOneOpen(String table, String group, String end, BiPredicate<Frame, Integer> counted, String what) {
    this.table = table;
    this.group = group;
    this.end = end;
    this.counted = counted;
    this.what = what;
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(table);
    for (List<Integer> rows : f.groupBy(group, in.rows(f)).values()) {
      int first = -1;
      for (int i : rows) {
        if (f.has(end, i) || !counted.test(f, i)) {
          continue;
        }
        if (first < 0) {
          first = i;
        } else {
          out.at(f, i, end, "more than one open " + what + ": this one and " + f.describe(first) + " have no " + end);
        }
      }
    }
  }
}
