package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;

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
    int[] targetRow = f.linkTo(column, t, targetColumn);
    for (int i : in.rows(f)) {
      if (targetRow[i] < 0 && f.has(column, i)) {
        out.at(f, i, column, "'" + f.text(column, i) + "' is not a " + targetColumn + " in " + target);
      }
    }
  }
}
