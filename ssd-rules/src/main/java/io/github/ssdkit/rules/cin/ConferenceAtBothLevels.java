package io.github.ssdkit.rules.cin;

import io.github.ssdkit.model.meta.InitialCpConferenceTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.util.List;

/**
 * 2884: a referral's initial conference is recorded either against its section 47 enquiry or
 * against the referral itself (no enquiry id), not both: each referral-level conference of a
 * referral that also has an enquiry-level one is reported.
 */
final class ConferenceAtBothLevels implements RuleLogic {

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(CinRules.ICPC);
    for (List<Integer> rows : f.groupBy(InitialCpConferenceTable.REFERRAL_ID, in.rows(f)).values()) {
      Integer enquiryLevel = rows.stream().filter(i -> f.has(InitialCpConferenceTable.S47_ENQUIRY_ID, i)).findFirst().orElse(null);
      if (enquiryLevel == null) {
        continue;
      }
      for (int i : rows) {
        if (!f.has(InitialCpConferenceTable.S47_ENQUIRY_ID, i)) {
          out.at(f, i, InitialCpConferenceTable.S47_ENQUIRY_ID, "the conference is recorded against the referral, and again against a section 47 enquiry on "
              + f.describe(enquiryLevel));
        }
      }
    }
  }
}
