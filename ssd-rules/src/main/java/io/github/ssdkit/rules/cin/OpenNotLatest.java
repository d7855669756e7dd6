package io.github.ssdkit.rules.cin;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.List;

/** 8816: an open referral not marked no further action must be the child's latest referral (by referral date). */
final class OpenNotLatest implements RuleLogic {

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(CinRules.EPISODES);
    for (List<Integer> rows : f.groupBy("cine_person_id", in.rows(f)).values()) {
      int latest = -1;
      for (int i : rows) {
        LocalDate d = f.date("cine_referral_date", i);
        if (d != null && (latest < 0 || d.isAfter(f.date("cine_referral_date", latest)))) {
          latest = i;
        }
      }
      for (int i : rows) {
        if (i != latest && latest >= 0 && f.date("cine_referral_date", i) != null && !f.has("cine_close_date", i)
            && CinRules.no(f, "cine_referral_nfa", i)) {
          out.at(f, i, "cine_referral_date", "this referral is open and not marked no further action, but the child's latest referral is "
              + f.describe(latest) + ", received " + f.date("cine_referral_date", latest));
        }
      }
    }
  }
}
