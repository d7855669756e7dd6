package io.github.ssdkit.rules.cin;

import io.github.ssdkit.model.meta.CinEpisodesTable;
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
    for (List<Integer> rows : f.groupBy(CinEpisodesTable.PERSON_ID, in.rows(f)).values()) {
      int latest = -1;
      for (int i : rows) {
        LocalDate d = f.date(CinEpisodesTable.REFERRAL_DATE, i);
        if (d != null && (latest < 0 || d.isAfter(f.date(CinEpisodesTable.REFERRAL_DATE, latest)))) {
          latest = i;
        }
      }
      for (int i : rows) {
        if (i != latest && latest >= 0 && f.date(CinEpisodesTable.REFERRAL_DATE, i) != null && !f.has(CinEpisodesTable.CLOSE_DATE, i)
            && CinRules.no(f, CinEpisodesTable.REFERRAL_NFA, i)) {
          out.at(f, i, CinEpisodesTable.REFERRAL_DATE, "this referral is open and not marked no further action, but the child's latest referral is "
              + f.describe(latest) + ", received " + f.date(CinEpisodesTable.REFERRAL_DATE, latest));
        }
      }
    }
  }
}
