package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaImmunisationsTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.model.meta.SdqScoresTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.Period;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import io.github.ssdkit.rules.ssda903.Ssda903Links.Children;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * SSDA903 rules on the children looked after continuously for the whole year (the return's OC2
 * cohort) and the items such a child needs: a strengths and difficulties score or a reason for
 * none, and the immunisation status.
 */
final class Ssda903LinksCohort {

  private Ssda903LinksCohort() {}

  /** The columns {@link #continuouslyLookedAfter} reads besides {@link EpisodeLinks#READS}. */
  static final String READS = "ssd_cla_episodes.clae_cla_episode_start_reason, "
      + "ssd_cla_episodes.clae_cla_episode_ceased_date, ssd_cla_episodes.clae_cla_episode_ceased_reason";

  /**
   * The children looked after all year, as the return counts them: in care at some time in the
   * year, and none of their episodes starts a new period of care (S) after its first day, ends care
   * (other than X1) before its last day, or is a short break (legal status V3, V4) in the year.
   */
  static Set<String> continuouslyLookedAfter(RuleInput in) {
    EpisodeLinks links = new EpisodeLinks(in);
    Frame e = links.episodes;
    Period year = in.period();
    Set<String> inCare = new HashSet<>();
    Set<String> broken = new HashSet<>();
    for (int i = 0; i < e.size(); i++) {
      String child = e.text(ClaEpisodesTable.PERSON_ID, i);
      LocalDate start = e.date(ClaEpisodesTable.CLA_EPISODE_START_DATE, i);
      LocalDate end = e.date(Ssda903Links.ENDED, i);
      if (child == null || start == null) {
        continue;
      }
      boolean duringYear = !start.isAfter(year.end()) && (end == null || !end.isBefore(year.start()));
      boolean entersCare = "S".equals(Ssda903Rules.upper(e, ClaEpisodesTable.CLA_EPISODE_START_REASON, i))
          && start.isAfter(year.start()) && !start.isAfter(year.end());
      boolean leavesCare = end != null && !end.isBefore(year.start()) && end.isBefore(year.end())
          && !"X1".equals(Ssda903Rules.upper(e, Ssda903Links.REASON_ENDED, i));
      if (duringYear) {
        inCare.add(child);
      }
      if (entersCare || leavesCare || duringYear && Set.of("V3", "V4").contains(links.status(i))) {
        broken.add(child);
      }
    }
    inCare.removeAll(broken);
    return inCare;
  }

  static void register(Registry r) {
    r.add("186", new NeedsScore((birth, year) -> !birth.plusYears(4).isAfter(year.start())
        && birth.plusYears(17).isAfter(year.end()), "aged 4 or over at the start of the year and under 17 at its end"));
    r.add("197B", new NeedsScore((birth, year) -> year.contains(birth.plusYears(4)) || year.contains(birth.plusYears(17)),
        "turning 4 or 17 during the year"));
    r.add("191", new NeedsImmunisations());
  }

  /** 186 and 197B: a child of the cohort in an age band needs a score or a reason for none in the year. */
  static final class NeedsScore implements RuleLogic {
    private final BiPredicate<LocalDate, Period> ages;
    private final String band;

    NeedsScore(BiPredicate<LocalDate, Period> ages, String band) {
      this.ages = ages;
      this.band = band;
    }

    @Override
    public void check(RuleInput input, Findings out) {
      Set<String> cohort = continuouslyLookedAfter(input);
      Children in = new Children(input);
      Frame p = input.table(Ssda903Rules.PERSON);
      Frame sdq = input.table(Ssda903Rules.SDQ);
      for (int i : input.rows(p)) {
        String child = p.text(PersonTable.PERSON_ID, i);
        LocalDate birth = p.date(PersonTable.DOB, i);
        if (birth == null || !cohort.contains(child) || !ages.test(birth, input.period())) {
          continue;
        }
        boolean scored = false;
        for (int k : in.of(Ssda903Rules.SDQ, SdqScoresTable.PERSON_ID, child)) {
          LocalDate done = sdq.date(SdqScoresTable.SDQ_COMPLETED_DATE, k);
          scored |= (done == null || input.period().contains(done))
              && (sdq.has(SdqScoresTable.SDQ_SCORE, k) || sdq.has(SdqScoresTable.SDQ_REASON, k));
        }
        if (!scored) {
          out.at(p, i, PersonTable.DOB, "the child has been looked after all year and is " + band
              + ", so needs a strengths and difficulties score or a reason for none in ssd_sdq_scores for the year");
        }
      }
    }
  }

  /** 191: a child of the cohort needs the immunisation status. */
  static final class NeedsImmunisations implements RuleLogic {
    @Override
    public void check(RuleInput input, Findings out) {
      Set<String> cohort = continuouslyLookedAfter(input);
      Children in = new Children(input);
      Frame p = input.table(Ssda903Rules.PERSON);
      Frame shots = input.table(ClaImmunisationsTable.NAME);
      for (int i : input.rows(p)) {
        String child = p.text(PersonTable.PERSON_ID, i);
        if (!cohort.contains(child)) {
          continue;
        }
        List<Integer> rows = in.of(ClaImmunisationsTable.NAME, ClaImmunisationsTable.PERSON_ID, child);
        if (rows.stream().noneMatch(k -> shots.has(ClaImmunisationsTable.IMMUNISATIONS_STATUS, k))) {
          out.at(p, i, PersonTable.PERSON_ID, "the child has been looked after all year, so needs the immunisation status "
              + "in ssd_cla_immunisations");
        }
      }
    }
  }
}
