package io.github.ssdkit.rules.cin;

import io.github.ssdkit.model.meta.CinAssessmentsTable;
import io.github.ssdkit.model.meta.CinEpisodesTable;
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
    Map<String, List<Integer>> byReferral = a.groupBy(CinAssessmentsTable.REFERRAL_ID, in.rows(a));
    for (int i : in.rows(e)) {
      String id = e.text(CinEpisodesTable.REFERRAL_ID, i);
      if (id == null || !e.has(CinEpisodesTable.CLOSE_DATE, i)) {
        continue;
      }
      for (int j : byReferral.getOrDefault(id, List.of())) {
        if (!a.has(CinAssessmentsTable.ASSESSMENT_AUTH_DATE, j)) {
          out.at(a, j, CinAssessmentsTable.ASSESSMENT_AUTH_DATE, "the assessment is not authorised, but its referral "
              + e.describe(i) + " was closed on " + e.text(CinEpisodesTable.CLOSE_DATE, i));
        }
      }
    }
  }
}
