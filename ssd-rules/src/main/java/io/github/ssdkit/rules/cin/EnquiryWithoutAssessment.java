package io.github.ssdkit.rules.cin;

import io.github.ssdkit.model.meta.CinAssessmentsTable;
import io.github.ssdkit.model.meta.S47EnquiryTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.util.HashSet;
import java.util.Set;

/** 2991Q: a section 47 enquiry whose referral has no assessment is queried; each such enquiry is reported. */
final class EnquiryWithoutAssessment implements RuleLogic {

  @Override
  public void check(RuleInput in, Findings out) {
    Frame s = in.table(CinRules.S47);
    Frame a = in.table(CinRules.ASSESSMENTS);
    Set<String> assessed = new HashSet<>();
    for (int j : in.rows(a)) {
      assessed.add(a.text(CinAssessmentsTable.REFERRAL_ID, j));
    }
    for (int i : in.rows(s)) {
      String referral = s.text(S47EnquiryTable.REFERRAL_ID, i);
      if (referral != null && !assessed.contains(referral)) {
        out.at(s, i, S47EnquiryTable.REFERRAL_ID, "the section 47 enquiry's referral " + referral + " has no assessment");
      }
    }
  }
}
