package io.github.ssdkit.rules.cin;

import static io.github.ssdkit.rules.cin.CinRules.ASSESSMENTS;
import static io.github.ssdkit.rules.cin.CinRules.EPISODES;

import io.github.ssdkit.model.meta.CinAssessmentsTable;
import io.github.ssdkit.model.meta.CinEpisodesTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.rules.families.AtMostOneOpen;
import io.github.ssdkit.rules.families.Intervals.Spans;
import io.github.ssdkit.rules.families.NoOverlap;
import io.github.ssdkit.rules.families.PersonRule;
import io.github.ssdkit.rules.families.RowRule;
import io.github.ssdkit.rules.run.Dates;
import io.github.ssdkit.rules.run.Implementations.Registry;
import java.time.LocalDate;

/** CIN census rules on a child's dates and on assessments within a referral; see {@link CinRules}. */
final class MoreCinRules {

  private MoreCinRules() {}

  static void register(Registry r) {
    r.add("8585Q", new PersonRule(EPISODES, CinEpisodesTable.PERSON_ID, CinEpisodesTable.CLOSE_REASON, (f, i, people, p, in) ->
        "RC2".equals(CinRules.upper(f.text(CinEpisodesTable.CLOSE_REASON, i))) && !people.has(PersonTable.DEATH_DATE, p)
            ? "the referral was closed because the child died (RC2), but the child has no date of death" : null));
    r.add("8606", new PersonRule(EPISODES, CinEpisodesTable.PERSON_ID, CinEpisodesTable.REFERRAL_DATE, (f, i, people, p, in) -> {
      LocalDate referral = f.date(CinEpisodesTable.REFERRAL_DATE, i);
      LocalDate birth = people.date(PersonTable.DOB, p) != null ? people.date(PersonTable.DOB, p) : people.date(PersonTable.EXPECTED_DOB, p);
      return referral != null && birth != null && referral.isBefore(birth.minusDays(280))
          ? "the referral " + referral + " is more than 280 days before the child's (expected) birth " + birth : null;
    }));
    r.add("8775Q", new PersonRule(EPISODES, CinEpisodesTable.PERSON_ID, CinEpisodesTable.CLOSE_DATE, (f, i, people, p, in) -> {
      LocalDate dob = people.date(PersonTable.DOB, p);
      LocalDate open = Dates.orElse(f.date(CinEpisodesTable.CLOSE_DATE, i), in.referenceDate());
      return dob != null && open.isAfter(dob.plusYears(25))
          ? "the child turned 25 on " + dob.plusYears(25) + ", but the referral is open until " + open : null;
    }));
    r.add("8896", new AtMostOneOpen(ASSESSMENTS, CinAssessmentsTable.REFERRAL_ID, CinAssessmentsTable.ASSESSMENT_AUTH_DATE, (f, i) -> true,
        "assessment of the same referral"));
    r.add("8863Q", new NoOverlap(new Spans(ASSESSMENTS, CinAssessmentsTable.REFERRAL_ID, CinAssessmentsTable.ASSESSMENT_START_DATE,
        CinAssessmentsTable.ASSESSMENT_AUTH_DATE), true, "assessments of the same referral"));
    r.add("2884", new ConferenceAtBothLevels());
    r.add("2991Q", new EnquiryWithoutAssessment());
    r.add("4001", new PlansTogether.BothOpen());
    r.add("4016", new PlansTogether.StartsDuring(true));
    r.add("4017", new PlansTogether.StartsDuring(false));
    r.add("8869", RowRule.on(Factors.TABLE, Factors.COLUMN, (f, i, in) -> {
      var codes = Factors.codes(f.text(Factors.COLUMN, i));
      return codes.contains("21") && codes.size() > 1;
    }, "factor 21 (no factors identified) is recorded together with other factors"));
    r.add("8898", RowRule.on(Factors.TABLE, Factors.COLUMN, (f, i, in) -> {
      var codes = Factors.codes(f.text(Factors.COLUMN, i));
      return codes.size() != new java.util.HashSet<>(codes).size();
    }, "the assessment lists the same factor more than once"));
    r.add("8945Q", RowRule.on(Factors.TABLE, Factors.COLUMN,
        (f, i, in) -> Factors.codes(f.text(Factors.COLUMN, i)).contains("18A"),
        "the withdrawn factor 18A is used; 18B or 18C replace it"));
    r.add("8950Q", RowRule.on(Factors.TABLE, Factors.COLUMN,
        (f, i, in) -> Factors.codes(f.text(Factors.COLUMN, i)).contains("19A"),
        "the withdrawn factor 19A is used; 19B or 19C replace it"));
  }
}
