package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SSDA903 226: a temporary placement (T0 to T4) records no reason for a placement change, and
 * neither does the placement the child left for it (the child's placement just before, by start
 * date). Reported at the temporary placement, naming the earlier one; placements ended before the
 * period are not judged.
 */
final class Ssda903ConditionalsTemporary implements RuleLogic {

  private static final String TYPE = ClaPlacementTable.CLA_PLACEMENT_TYPE;
  private static final String REASON = ClaPlacementTable.CLA_PLACEMENT_CHANGE_REASON;
  private static final String START = Ssda903ConditionalsJoined.PL_START;

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(Ssda903Rules.PLACEMENTS);
    Map<Integer, Integer> previous = new HashMap<>();
    for (List<Integer> child : f.groupBy(Ssda903ConditionalsJoined.PL_PERSON).values()) {
      List<Integer> dated = child.stream().filter(k -> f.date(START, k) != null)
          .sorted(Comparator.comparing((Integer k) -> f.date(START, k))).toList();
      for (int k = 1; k < dated.size(); k++) {
        previous.put(dated.get(k), dated.get(k - 1));
      }
    }
    for (int i : in.rows(f)) {
      LocalDate end = f.date(Ssda903ConditionalsJoined.PL_END, i);
      String type = in.canonicalCode(f.table(), TYPE, f.text(TYPE, i));
      if (type == null || !Ssda903Conditionals.TEMPORARY.contains(type)
          || end != null && end.isBefore(in.period().start())) {
        continue;
      }
      Integer before = previous.get(i);
      if (f.has(REASON, i)) {
        out.at(f, i, REASON, "a temporary placement (" + type + ") takes no reason for a placement change");
      } else if (before != null && f.has(REASON, before)) {
        out.at(f, i, REASON, "the placement before this temporary one (" + type + "), " + f.describe(before)
            + ", takes no reason for a placement change, but has '" + f.text(REASON, before) + "'");
      }
    }
  }
}
