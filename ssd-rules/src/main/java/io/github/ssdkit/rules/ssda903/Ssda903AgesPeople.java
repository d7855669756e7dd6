package io.github.ssdkit.rules.ssda903;

import static io.github.ssdkit.rules.ssda903.Ssda903Ages.birthday;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.EPISODES;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.LEGAL;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.PERSON;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.PLACEMENTS;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.SDQ;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.upper;

import io.github.ssdkit.model.meta.ClaConvictionsTable;
import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.ImmigrationStatusTable;
import io.github.ssdkit.model.meta.LegalStatusTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.model.meta.SdqScoresTable;
import io.github.ssdkit.rules.families.PersonRule;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.Period;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SSDA903 age rules that need more than a row and its child: the questionnaire cohort (157),
 * unaccompanied asylum-seeking children (231, 304), young people still looked after at 18 (359)
 * and convictions (542).
 */
final class Ssda903AgesPeople {

  static final String IMMIGRATION = ImmigrationStatusTable.NAME;
  static final String CONVICTIONS = ClaConvictionsTable.NAME;

  private Ssda903AgesPeople() {}

  static void register(Registry r) {
    r.add("157", new NoScoreInRange());
    r.add("231", new YoungAsylumSeeker());
    r.add("304", new PersonRule(IMMIGRATION, ImmigrationStatusTable.PERSON_ID, ImmigrationStatusTable.IMMIGRATION_STATUS_END_DATE,
        (f, i, people, p, in) -> {
          LocalDate dob = people.date(PersonTable.DOB, p);
          LocalDate ceased = f.date(ImmigrationStatusTable.IMMIGRATION_STATUS_END_DATE, i);
          if (dob == null || ceased == null || !asylumSeeker(f.text(ImmigrationStatusTable.IMMIGRATION_STATUS, i))
              || !ceased.isAfter(birthday(dob, 18))) {
            return null;
          }
          return "the unaccompanied asylum-seeking status ends on " + ceased + ", after the child's 18th birthday (born "
              + dob + ")";
        }));
    r.add("359", new StillLookedAfterAt18());
    r.add("542", new PersonRule(CONVICTIONS, ClaConvictionsTable.PERSON_ID, ClaConvictionsTable.CLA_CONVICTION_DATE, (f, i, people, p, in) -> {
      LocalDate dob = people.date(PersonTable.DOB, p);
      LocalDate convicted = f.date(ClaConvictionsTable.CLA_CONVICTION_DATE, i);
      if (dob == null || convicted == null || !in.inScope(people, p) || !in.period().contains(convicted)
          || !birthday(dob, 10).isAfter(in.period().end())) {
        return null;
      }
      return "a conviction on " + convicted + " is recorded for a child under 10 on " + in.period().end() + " (born "
          + dob + ")";
    }));
  }

  /**
   * Whether an immigration status, recorded locally as free text (decision 320), is that of an
   * unaccompanied asylum-seeking child: the text holds "UASC" or "unaccompanied", in any case.
   */
  static boolean asylumSeeker(String status) {
    return Uasc.named(status);
  }

  /**
   * Whether a child's episodes of care cover every day of the period, one following on from the
   * last (starting on or before the day it ended): the return's "looked after continuously for 12
   * months at 31 March".
   */
  static boolean lookedAfterAllYear(Frame episodes, List<Integer> rows, Period period) {
    List<Integer> sorted = rows.stream().filter(j -> episodes.date(ClaEpisodesTable.CLA_EPISODE_START_DATE, j) != null)
        .sorted(Comparator.comparing(j -> episodes.date(ClaEpisodesTable.CLA_EPISODE_START_DATE, j))).toList();
    LocalDate reached = period.start();
    for (int j : sorted) {
      LocalDate start = episodes.date(ClaEpisodesTable.CLA_EPISODE_START_DATE, j);
      LocalDate end = episodes.date(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, j);
      if (start.isAfter(reached)) {
        return false;
      }
      if (end == null) {
        return true;
      }
      if (end.isAfter(reached)) {
        reached = end;
      }
      if (!reached.isBefore(period.end())) {
        return true;
      }
    }
    return false;
  }

  /** 157: SDQ1 (outside the age range) given for a child in range and looked after all year. */
  static final class NoScoreInRange implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      Frame e = in.table(EPISODES);
      Map<String, List<Integer>> byChild = e.groupBy(ClaEpisodesTable.PERSON_ID);
      Frame f = in.table(SDQ);
      Frame people = in.table(PERSON);
      Map<String, Integer> byId = people.indexBy(PersonTable.PERSON_ID);
      Period year = in.period();
      for (int i : in.rows(f)) {
        String child = f.text(SdqScoresTable.PERSON_ID, i);
        Integer p = child == null ? null : byId.get(child);
        LocalDate dob = p == null ? null : people.date(PersonTable.DOB, p);
        LocalDate done = f.date(SdqScoresTable.SDQ_COMPLETED_DATE, i);
        if (dob == null || (done != null && !year.contains(done)) || f.has(SdqScoresTable.SDQ_SCORE, i)
            || !"SDQ1".equals(upper(f, SdqScoresTable.SDQ_REASON, i))) {
          continue;
        }
        boolean inRange = !birthday(dob, 4).isAfter(year.start()) && !birthday(dob, 16).isBefore(year.end());
        if (inRange && lookedAfterAllYear(e, byChild.getOrDefault(child, List.of()), year)) {
          out.at(f, i, SdqScoresTable.SDQ_REASON, "reason SDQ1 says the child is outside the questionnaire's age range, but the"
              + " child (" + people.describe(p) + "), born " + dob + " and looked after all year, was 4 or over on "
              + year.start() + " and 16 or under on " + year.end());
        }
      }
    }
  }

  /** 231: an unaccompanied asylum-seeking child in the year, under 11 on 31 March, is queried. */
  static final class YoungAsylumSeeker implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      Frame immi = in.table(IMMIGRATION);
      Set<String> seekers = new HashSet<>();
      for (int j = 0; j < immi.size(); j++) {
        LocalDate ceased = immi.date(ImmigrationStatusTable.IMMIGRATION_STATUS_END_DATE, j);
        if (asylumSeeker(immi.text(ImmigrationStatusTable.IMMIGRATION_STATUS, j))
            && (ceased == null || !ceased.isBefore(in.period().start()))) {
          seekers.add(immi.text(ImmigrationStatusTable.PERSON_ID, j));
        }
      }
      Frame f = in.table(PERSON);
      for (int i : in.rows(f)) {
        LocalDate dob = f.date(PersonTable.DOB, i);
        if (dob != null && seekers.contains(f.text(PersonTable.PERSON_ID, i))
            && birthday(dob, 11).isAfter(in.period().end())) {
          out.at(f, i, PersonTable.DOB, "an unaccompanied asylum-seeking child born " + dob + " is under 11 on "
              + in.period().end() + "; such children are usually older, so check the date of birth");
        }
      }
    }
  }

  /**
   * 359: a young person still looked after (an episode with no end) who turned 18 before 31 March
   * must be under section 20(5) (V2) in a community home (K2): the child's latest legal status
   * and latest placement, by start date, are checked, each when the SSD holds one.
   */
  static final class StillLookedAfterAt18 implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      Frame e = in.table(EPISODES);
      Frame people = in.table(PERSON);
      Map<String, Integer> byId = people.indexBy(PersonTable.PERSON_ID);
      Frame l = in.table(LEGAL);
      Frame pl = in.table(PLACEMENTS);
      Map<String, List<Integer>> legal = l.groupBy(LegalStatusTable.PERSON_ID);
      Map<String, List<Integer>> placed = pl.groupBy(ClaPlacementTable.PERSON_ID);
      for (int i : in.rows(e)) {
        String child = e.text(ClaEpisodesTable.PERSON_ID, i);
        Integer p = child == null ? null : byId.get(child);
        LocalDate dob = p == null ? null : people.date(PersonTable.DOB, p);
        if (dob == null || e.has(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, i)
            || !birthday(dob, 18).isBefore(in.period().end())) {
          continue;
        }
        String status = latest(l, legal.get(child), LegalStatusTable.LEGAL_STATUS_START_DATE, LegalStatusTable.LEGAL_STATUS);
        String place = latest(pl, placed.get(child), ClaPlacementTable.CLA_PLACEMENT_START_DATE,
            ClaPlacementTable.CLA_PLACEMENT_TYPE);
        boolean wrongStatus = status != null && !status.equals("V2");
        boolean wrongPlace = place != null && !place.equals("K2");
        if (wrongStatus || wrongPlace) {
          out.at(e, i, ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, "the young person (" + people.describe(p) + "), born " + dob
              + ", is still looked after at 18, so must be under section 20(5) (V2) in a community home (K2), but the"
              + " latest legal status is " + shown(status) + " and the latest placement " + shown(place));
        }
      }
    }

    private static String shown(String code) {
      return code == null ? "not recorded" : code;
    }

    private static String latest(Frame f, List<Integer> rows, String date, String code) {
      int j = Ssda903AgesLinkedDates.extreme(f, rows, date, true, k -> true);
      return j < 0 ? null : upper(f, code, j);
    }
  }
}
