package io.github.ssdkit.rules.cin;

import io.github.ssdkit.model.meta.DisabilityTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.util.List;

/** 8790: a child recorded with the disability code NONE may have no other disability code; each other code is reported. */
final class NoneWithOthers implements RuleLogic {

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(CinRules.DISABILITY);
    for (List<Integer> rows : f.groupBy(DisabilityTable.PERSON_ID, in.rows(f)).values()) {
      Integer none = rows.stream().filter(i -> "NONE".equals(CinRules.upper(f.text(DisabilityTable.DISABILITY_CODE, i))))
          .findFirst().orElse(null);
      if (none == null) {
        continue;
      }
      for (int i : rows) {
        String code = f.text(DisabilityTable.DISABILITY_CODE, i);
        if (code != null && !"NONE".equals(CinRules.upper(code))) {
          out.at(f, i, DisabilityTable.DISABILITY_CODE, "the child is also recorded with no disability (NONE) on "
              + f.describe(none) + ", so may have no other disability code");
        }
      }
    }
  }
}
