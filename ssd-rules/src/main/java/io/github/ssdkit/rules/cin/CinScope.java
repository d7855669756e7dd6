package io.github.ssdkit.rules.cin;

import io.github.ssdkit.model.meta.AssessmentFactorsTable;
import io.github.ssdkit.model.meta.CinAssessmentsTable;
import io.github.ssdkit.model.meta.CinEpisodesTable;
import io.github.ssdkit.model.meta.CinPlansTable;
import io.github.ssdkit.model.meta.CpPlansTable;
import io.github.ssdkit.model.meta.CpReviewsTable;
import io.github.ssdkit.model.meta.DisabilityTable;
import io.github.ssdkit.model.meta.InitialCpConferenceTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.model.meta.S47EnquiryTable;
import io.github.ssdkit.rules.run.CellSet;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.Scope;
import java.util.List;
import java.util.Map;

/**
 * The rows of the SSD a CIN census for the period would hold (decision 290): the referrals not
 * closed before the census year began (those received after its end stay in, so that the rules on
 * dates after the census end can see them), the
 * children with such a referral, and the assessments, section 47 enquiries, conferences and plans
 * of those referrals, except those that ended before the year began; reviews of the plans in
 * scope; the disabilities of the children in scope; the factors of the assessments in scope.
 */
public final class CinScope implements Scope {

  static final String EPISODES = CinEpisodesTable.NAME;
  private CellSet referrals;
  private CellSet persons;
  private CellSet assessments;
  private CellSet cpPlans;

  @Override
  public Map<String, List<String>> columns() {
    return Map.of(
        EPISODES, List.of(CinEpisodesTable.REFERRAL_ID, CinEpisodesTable.PERSON_ID, CinEpisodesTable.REFERRAL_DATE, CinEpisodesTable.CLOSE_DATE),
        CinAssessmentsTable.NAME, List.of(CinAssessmentsTable.ASSESSMENT_ID, CinAssessmentsTable.REFERRAL_ID, CinAssessmentsTable.ASSESSMENT_AUTH_DATE),
        CinPlansTable.NAME, List.of(CinPlansTable.REFERRAL_ID, CinPlansTable.CIN_PLAN_END_DATE),
        CpPlansTable.NAME, List.of(CpPlansTable.CP_PLAN_ID, CpPlansTable.REFERRAL_ID, CpPlansTable.CP_PLAN_END_DATE),
        S47EnquiryTable.NAME, List.of(S47EnquiryTable.REFERRAL_ID, S47EnquiryTable.S47_END_DATE),
        InitialCpConferenceTable.NAME, List.of(InitialCpConferenceTable.REFERRAL_ID, InitialCpConferenceTable.ICPC_DATE),
        CpReviewsTable.NAME, List.of(CpReviewsTable.CP_PLAN_ID),
        PersonTable.NAME, List.of(PersonTable.PERSON_ID),
        DisabilityTable.NAME, List.of(DisabilityTable.PERSON_ID),
        AssessmentFactorsTable.NAME, List.of(AssessmentFactorsTable.ASSESSMENT_ID));
  }

  @Override
  public boolean includes(RuleInput in, Frame f, int i) {
    return switch (f.table()) {
      case EPISODES -> in.period().notEndedBefore(f.day(CinEpisodesTable.CLOSE_DATE, i));
      // a child without an id cannot be linked, but is kept so that the rule on missing ids sees it
      case PersonTable.NAME -> !f.has(PersonTable.PERSON_ID, i) || persons(in).contains(f, PersonTable.PERSON_ID, i);
      case DisabilityTable.NAME -> persons(in).contains(f, DisabilityTable.PERSON_ID, i);
      case CinAssessmentsTable.NAME -> ofReferral(in, f, i, CinAssessmentsTable.REFERRAL_ID, CinAssessmentsTable.ASSESSMENT_AUTH_DATE);
      case CinPlansTable.NAME -> ofReferral(in, f, i, CinPlansTable.REFERRAL_ID, CinPlansTable.CIN_PLAN_END_DATE);
      case CpPlansTable.NAME -> ofReferral(in, f, i, CpPlansTable.REFERRAL_ID, CpPlansTable.CP_PLAN_END_DATE);
      case S47EnquiryTable.NAME -> ofReferral(in, f, i, S47EnquiryTable.REFERRAL_ID, S47EnquiryTable.S47_END_DATE);
      case InitialCpConferenceTable.NAME -> ofReferral(in, f, i, InitialCpConferenceTable.REFERRAL_ID, InitialCpConferenceTable.ICPC_DATE);
      case CpReviewsTable.NAME -> cpPlans(in).contains(f, CpReviewsTable.CP_PLAN_ID, i);
      case AssessmentFactorsTable.NAME -> assessments(in).contains(f, AssessmentFactorsTable.ASSESSMENT_ID, i);
      default -> true;
    };
  }

  private boolean ofReferral(RuleInput in, Frame f, int i, String referral, String end) {
    return referrals(in).contains(f, referral, i) && in.period().notEndedBefore(f.day(end, i));
  }

  private CellSet referrals(RuleInput in) {
    if (referrals == null) {
      Frame e = in.table(EPISODES);
      int[] rows = in.rows(e);
      referrals = e.cellSet(CinEpisodesTable.REFERRAL_ID, rows);
      persons = e.cellSet(CinEpisodesTable.PERSON_ID, rows);
    }
    return referrals;
  }

  private CellSet persons(RuleInput in) {
    referrals(in);
    return persons;
  }

  private CellSet assessments(RuleInput in) {
    if (assessments == null) {
      assessments = ids(in, CinAssessmentsTable.NAME, CinAssessmentsTable.ASSESSMENT_ID);
    }
    return assessments;
  }

  private CellSet cpPlans(RuleInput in) {
    if (cpPlans == null) {
      cpPlans = ids(in, CpPlansTable.NAME, CpPlansTable.CP_PLAN_ID);
    }
    return cpPlans;
  }

  private static CellSet ids(RuleInput in, String table, String column) {
    Frame f = in.table(table);
    return f.cellSet(column, in.rows(f));
  }
}
