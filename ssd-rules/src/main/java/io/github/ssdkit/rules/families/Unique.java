package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.util.List;
import java.util.Map;

/**
 * A value that may appear once only in a table, or once within each group (a disability code per
 * child): every row after the first with the same value is reported, naming the first.
 */
public final class Unique implements RuleLogic {

  private final String table;
  private final String column;
  private final String group;
  private final String what;

  /**
   * @param table the table
   * @param column the column whose value must be unique
   * @param group the column within whose values it must be unique, or null for the whole table
   * @param what the thing that is repeated ("the unique pupil number")
   */
  public Unique(String table, String column, String group, String what) {
    this.table = table;
    this.column = column;
    this.group = group;
    this.what = what;
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(table);
    Map<String, List<Integer>> groups = group == null ? Map.of("", java.util.Arrays.stream(in.rows(f)).boxed().toList()) : f.groupBy(group, in.rows(f));
    for (List<Integer> rows : groups.values()) {
      Map<String, Integer> first = new java.util.HashMap<>();
      for (int i : rows) {
        String v = f.text(column, i);
        if (v == null) {
          continue;
        }
        Integer earlier = first.putIfAbsent(v.toUpperCase(java.util.Locale.ROOT), i);
        if (earlier != null) {
          out.at(f, i, column, what + " '" + v + "' is also on " + f.describe(earlier));
        }
      }
    }
  }
}
