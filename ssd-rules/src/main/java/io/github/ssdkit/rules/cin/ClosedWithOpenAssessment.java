package io.github.ssdkit.rules.cin;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.util.List;
import java.util.Map;

/** 8867: a closed referral may have no assessment left without an authorisation date; each such assessment is reported. */
final class ClosedWithOpenAssessment implements RuleLogic {

  @Override
  public void check(RuleInput in, Findings out) {
    Frame e = in.table(CinRules.EPISODES);
    Frame a = in.table(CinRules.ASSESSMENTS);
    Map<String, List<Integer>> byReferral = a.groupBy("cina_referral_id", in.rows(a));
    for (int i : in.rows(e)) {
      String id = e.text("cine_referral_id", i);
      if (id == null || !e.has("cine_close_date", i)) {
        continue;
      }
      for (int j : byReferral.getOrDefault(id, List.of())) {
        if (!a.has("cina_assessment_auth_date", j)) {
          out.at(a, j, "cina_assessment_auth_date", "the assessment is not authorised, but its referral "
              + e.describe(i) + " was closed on " + e.text("cine_close_date", i));
        }
      }
    }
  }
}
