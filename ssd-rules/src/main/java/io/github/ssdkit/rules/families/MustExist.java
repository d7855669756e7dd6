package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every id a table's rows point at must be an id of another table (a child in the episodes must be
 * a child in ssd_person). The table pass's foreign-key check finds the same rows; this reports
 * them under the return's code.
 */
public final class MustExist implements RuleLogic {

  private final String table;
  private final String column;
  private final String target;
  private final String targetColumn;

  public MustExist(String table, String column, String target, String targetColumn) {
    this.table = table;
    this.column = column;
    this.target = target;
    this.targetColumn = targetColumn;
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(table);
    Frame t = in.table(target);
    Set<String> ids = java.util.stream.IntStream.range(0, t.size()).mapToObj(i -> t.text(targetColumn, i))
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    for (int i : in.rows(f)) {
      String v = f.text(column, i);
      if (v != null && !ids.contains(v)) {
        out.at(f, i, column, "'" + v + "' is not a " + targetColumn + " in " + target);
      }
    }
  }
}
