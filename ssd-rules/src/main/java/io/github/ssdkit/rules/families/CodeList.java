package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.util.Set;
import java.util.TreeSet;

/**
 * A code column against the return's own list of codes (which may be narrower than the SSD code
 * set the table pass checks), read through the SSD code set's aliases (sex {@code 1} is {@code M})
 * and compared without regard to case; optionally the code is required.
 */
public final class CodeList implements RuleLogic {

  private final String table;
  private final String column;
  private final Set<String> allowed;
  private final boolean required;
  private final String what;

  /**
   * @param table the table
   * @param column the code column
   * @param allowed the codes the return accepts, in upper case
   * @param required whether an empty cell is a breach
   * @param what the thing the code says ("the reason for closure")
   */
  public CodeList(String table, String column, Set<String> allowed, boolean required, String what) {
    this.table = table;
    this.column = column;
    this.allowed = new TreeSet<>(allowed);
    this.required = required;
    this.what = what;
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(table);
    for (int i : in.rows(f)) {
      String v = f.text(column, i);
      if (v == null) {
        if (required) {
          out.at(f, i, column, what + " is missing");
        }
      } else if (!allowed.contains(in.canonicalCode(table, column, v))) {
        out.at(f, i, column, what + " '" + v + "' is not one of the return's codes " + String.join(", ", allowed));
      }
    }
  }
}
