package io.github.ssdkit.rules.cin;

import static io.github.ssdkit.rules.families.DateOrder.Order.AFTER;
import static io.github.ssdkit.rules.families.DateOrder.Order.NOT_BEFORE;
import static io.github.ssdkit.rules.families.DateOrder.Order.NOT_SAME_DAY;
import static io.github.ssdkit.rules.families.InPeriod.Bound.NOT_AFTER_END;
import static io.github.ssdkit.rules.families.InPeriod.Bound.WITHIN;

import io.github.ssdkit.model.meta.CinAssessmentsTable;
import io.github.ssdkit.model.meta.CinEpisodesTable;
import io.github.ssdkit.model.meta.CinPlansTable;
import io.github.ssdkit.model.meta.CpPlansTable;
import io.github.ssdkit.model.meta.CpReviewsTable;
import io.github.ssdkit.model.meta.DisabilityTable;
import io.github.ssdkit.model.meta.InitialCpConferenceTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.model.meta.S47EnquiryTable;
import io.github.ssdkit.rules.families.AtMostOneOpen;
import io.github.ssdkit.rules.families.CodeList;
import io.github.ssdkit.rules.families.DateOrder;
import io.github.ssdkit.rules.families.InPeriod;
import io.github.ssdkit.rules.families.Intervals.Spans;
import io.github.ssdkit.rules.families.LinkedDate;
import io.github.ssdkit.rules.families.LinkedDate.Relation;
import io.github.ssdkit.rules.families.LinkedDate.Side;
import io.github.ssdkit.rules.families.LinkedRows;
import io.github.ssdkit.rules.families.LinkedRows.Link;
import io.github.ssdkit.rules.families.NoOverlap;
import io.github.ssdkit.rules.families.RowRule;
import io.github.ssdkit.rules.families.Unique;
import io.github.ssdkit.rules.run.Dates;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The CIN census rules that run on the SSD, each registered under its official code. Most are one
 * line on a rule family; rules of their own have classes in this package. Facts (codes, lists,
 * dates) follow the public CIN validator; the wording is ours.
 */
public final class CinRules {

  static final String PERSON = PersonTable.NAME;
  static final String EPISODES = CinEpisodesTable.NAME;
  static final String ASSESSMENTS = CinAssessmentsTable.NAME;
  static final String CIN_PLANS = CinPlansTable.NAME;
  static final String CP_PLANS = CpPlansTable.NAME;
  static final String S47 = S47EnquiryTable.NAME;
  static final String ICPC = InitialCpConferenceTable.NAME;
  static final String CP_REVIEWS = CpReviewsTable.NAME;
  static final String DISABILITY = DisabilityTable.NAME;

  private static final Side REFERRAL = new Side(EPISODES, CinEpisodesTable.REFERRAL_DATE, CinEpisodesTable.REFERRAL_ID);
  private static final Side DEATH = new Side(PERSON, PersonTable.DEATH_DATE, PersonTable.PERSON_ID);

  private CinRules() {}

  /** Whether a yes/no cell says yes: Y, YES, TRUE or 1, as the census reads its flags. */
  static boolean yes(Frame f, String column, int i) {
    String v = f.text(column, i);
    return v != null && Set.of("Y", "YES", "TRUE", "1").contains(v.toUpperCase(Locale.ROOT));
  }

  /** Whether a yes/no cell says no: N, NO, FALSE or 0 (an empty cell is neither). */
  static boolean no(Frame f, String column, int i) {
    String v = f.text(column, i);
    return v != null && Set.of("N", "NO", "FALSE", "0").contains(v.toUpperCase(Locale.ROOT));
  }

  public static void register(Registry r) {
    identifiers(r);
    dates(r);
    codes(r);
    linkedDates(r);
    sequences(r);
    crossTable(r);
    MoreCinRules.register(r);
  }

  private static void identifiers(Registry r) {
    r.add("8500", RowRule.on(PERSON, PersonTable.PERSON_ID, (f, i, in) -> !f.has(PersonTable.PERSON_ID, i),
        "the child has no identifier"));
    r.add("8510", new Unique(PERSON, PersonTable.PERSON_ID, null, "the child identifier"));
    r.add("1520", new Unique(PERSON, PersonTable.UPN, null, "the unique pupil number"));
    r.add("1570", RowRule.on(PERSON, PersonTable.PERSON_ID,
        (f, i, in) -> f.has(PersonTable.PERSON_ID, i) && f.text(PersonTable.PERSON_ID, i).length() > 20,
        (f, i) -> "the child identifier has " + f.text(PersonTable.PERSON_ID, i).length() + " characters; at most 20 are allowed"));
    r.add("1580", RowRule.on(PERSON, PersonTable.PERSON_ID,
        (f, i, in) -> f.has(PersonTable.PERSON_ID, i) && !f.text(PersonTable.PERSON_ID, i).chars().allMatch(Character::isLetterOrDigit),
        "the child identifier may hold only letters and digits"));
    r.add("1510", RowRule.on(PERSON, PersonTable.UPN, (f, i, in) -> Upn.wrongCheckLetter(f.text(PersonTable.UPN, i)),
        (f, i) -> "the first character of the unique pupil number should be the check letter "
            + Upn.checkLetter(f.text(PersonTable.UPN, i))));
    r.add("1530", RowRule.on(PERSON, PersonTable.UPN, (f, i, in) -> Upn.unknownAuthority(f.text(PersonTable.UPN, i)),
        "characters 2 to 4 of the unique pupil number are not a known local authority number"));
    r.add("1540", RowRule.on(PERSON, PersonTable.UPN, (f, i, in) -> Upn.middleNotDigits(f.text(PersonTable.UPN, i)),
        "characters 5 to 12 of the unique pupil number must be digits"));
    r.add("1550", RowRule.on(PERSON, PersonTable.UPN, (f, i, in) -> Upn.badLastCharacter(f.text(PersonTable.UPN, i)),
        "the last character of the unique pupil number must be a digit or a letter other than I, O and S"));
  }

  private static void dates(Registry r) {
    r.add("8630", new DateOrder(EPISODES, CinEpisodesTable.REFERRAL_DATE, CinEpisodesTable.CLOSE_DATE, NOT_BEFORE,
        "the referral is closed before it was received"));
    r.add("8608", new DateOrder(ASSESSMENTS, CinAssessmentsTable.ASSESSMENT_START_DATE, CinAssessmentsTable.ASSESSMENT_AUTH_DATE, NOT_BEFORE,
        "the assessment is authorised before it started"));
    r.add("4011", new DateOrder(CIN_PLANS, CinPlansTable.CIN_PLAN_START_DATE, CinPlansTable.CIN_PLAN_END_DATE, NOT_BEFORE,
        "the CIN plan ends before it starts"));
    r.add("4012Q", new DateOrder(CIN_PLANS, CinPlansTable.CIN_PLAN_START_DATE, CinPlansTable.CIN_PLAN_END_DATE, NOT_SAME_DAY,
        "the CIN plan starts and ends on the same day"));
    r.add("8925", new DateOrder(CP_PLANS, CpPlansTable.CP_PLAN_START_DATE, CpPlansTable.CP_PLAN_END_DATE, NOT_BEFORE,
        "the child protection plan ends before it starts"));
    r.add("8840", new DateOrder(CP_PLANS, CpPlansTable.CP_PLAN_START_DATE, CpPlansTable.CP_PLAN_END_DATE, NOT_SAME_DAY,
        "the child protection plan starts and ends on the same day"));
    r.add("8535Q", new DateOrder(PERSON, PersonTable.DOB, PersonTable.DEATH_DATE, NOT_BEFORE,
        "the date of death is before the date of birth"));
    r.add("8600", new InPeriod(EPISODES, CinEpisodesTable.REFERRAL_DATE, NOT_AFTER_END, true, "the referral date"));
    r.add("8720", new InPeriod(CP_PLANS, CpPlansTable.CP_PLAN_START_DATE, NOT_AFTER_END, true, "the child protection plan start"));
    r.add("4010", new InPeriod(CIN_PLANS, CinPlansTable.CIN_PLAN_START_DATE, NOT_AFTER_END, true, "the CIN plan start"));
    r.add("8520", new InPeriod(PERSON, PersonTable.DOB, NOT_AFTER_END, false, "the date of birth"));
    r.add("8620", new InPeriod(EPISODES, CinEpisodesTable.CLOSE_DATE, WITHIN, false, "the closure date"));
    r.add("4013", new InPeriod(CIN_PLANS, CinPlansTable.CIN_PLAN_END_DATE, WITHIN, false, "the CIN plan end"));
    r.add("8696", new InPeriod(ASSESSMENTS, CinAssessmentsTable.ASSESSMENT_AUTH_DATE, WITHIN, false, "the assessment authorisation date"));
    r.add("8715", new InPeriod(ICPC, InitialCpConferenceTable.ICPC_DATE, WITHIN, false, "the initial conference date"));
    r.add("8930", new InPeriod(CP_PLANS, CpPlansTable.CP_PLAN_END_DATE, WITHIN, false, "the child protection plan end"));
    r.add("8545Q", new InPeriod(PERSON, PersonTable.DEATH_DATE, WITHIN, false, "the date of death"));
    r.add("8736", RowRule.on(ASSESSMENTS, CinAssessmentsTable.ASSESSMENT_START_DATE,
        (f, i, in) -> !f.has(CinAssessmentsTable.ASSESSMENT_AUTH_DATE, i) && f.date(CinAssessmentsTable.ASSESSMENT_START_DATE, i) != null
            && !in.period().contains(f.date(CinAssessmentsTable.ASSESSMENT_START_DATE, i)),
        (f, i) -> "the assessment is not authorised, so it must have started in the census year, but started on "
            + f.date(CinAssessmentsTable.ASSESSMENT_START_DATE, i)));
    r.add("8875", RowRule.on(ICPC, InitialCpConferenceTable.ICPC_DATE, (f, i, in) -> weekend(f.date(InitialCpConferenceTable.ICPC_DATE, i)),
        (f, i) -> "the initial conference is dated " + f.date(InitialCpConferenceTable.ICPC_DATE, i) + ", a "
            + f.date(InitialCpConferenceTable.ICPC_DATE, i).getDayOfWeek().toString().toLowerCase(Locale.ROOT)));
    r.add("8870Q", RowRule.on(ICPC, InitialCpConferenceTable.ICPC_TARGET_DATE, (f, i, in) -> weekend(f.date(InitialCpConferenceTable.ICPC_TARGET_DATE, i)),
        (f, i) -> "the initial conference's target date " + f.date(InitialCpConferenceTable.ICPC_TARGET_DATE, i) + " is a "
            + f.date(InitialCpConferenceTable.ICPC_TARGET_DATE, i).getDayOfWeek().toString().toLowerCase(Locale.ROOT)));
    r.add("8530Q", RowRule.on(PERSON, PersonTable.EXPECTED_DOB, (f, i, in) -> {
      LocalDate d = f.date(PersonTable.EXPECTED_DOB, i);
      return d != null && (!d.isAfter(in.referenceDate().minusDays(30)) || !d.isBefore(in.referenceDate().plusMonths(9)));
    }, (f, i) -> "the expected date of birth " + f.date(PersonTable.EXPECTED_DOB, i)
        + " is not between 30 days before and 9 months after the census reference date"));
    r.add("8525Q", RowRule.on(PERSON, PersonTable.DOB, (f, i, in) -> f.has(PersonTable.DOB, i) == f.has(PersonTable.EXPECTED_DOB, i),
        (f, i) -> f.has(PersonTable.DOB, i) ? "the child has both a date of birth and an expected date of birth"
            : "the child has neither a date of birth nor an expected date of birth"));
    r.add("8842Q", RowRule.on(CP_REVIEWS, CpReviewsTable.CP_REVIEW_DATE, (f, i, in) -> !f.has(CpReviewsTable.CP_REVIEW_DATE, i),
        "the child protection review has no date"));
    r.add("8670Q", RowRule.on(ASSESSMENTS, CinAssessmentsTable.ASSESSMENT_AUTH_DATE, (f, i, in) -> {
      LocalDate start = f.date(CinAssessmentsTable.ASSESSMENT_START_DATE, i);
      return start != null && !f.has(CinAssessmentsTable.ASSESSMENT_AUTH_DATE, i)
          && start.isBefore(Dates.addWorkingDays(in.referenceDate(), -45));
    }, (f, i) -> "the assessment started on " + f.date(CinAssessmentsTable.ASSESSMENT_START_DATE, i)
        + ", more than 45 working days before the census reference date, and is not yet authorised"));
  }

  private static boolean weekend(LocalDate d) {
    return d != null && Dates.isWeekend(d);
  }

  private static void codes(Registry r) {
    r.add("8640", new CodeList(EPISODES, CinEpisodesTable.CLOSE_REASON,
        Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"), false, "the reason for closure"));
    r.add("8650", new CodeList(EPISODES, CinEpisodesTable.CIN_PRIMARY_NEED_CODE,
        Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"), false, "the primary need code"));
    r.add("8905", new CodeList(CP_PLANS, CpPlansTable.CP_PLAN_INITIAL_CATEGORY, CATEGORIES, true, "the initial category of abuse"));
    r.add("8910", new CodeList(CP_PLANS, CpPlansTable.CP_PLAN_LATEST_CATEGORY, CATEGORIES, true, "the latest category of abuse"));
    r.add("4180", new CodeList(PERSON, PersonTable.SEX, Set.of("M", "F", "U"), true, "the child's sex"));
    r.add("8866", RowRule.on(EPISODES, CinEpisodesTable.REFERRAL_SOURCE_CODE, (f, i, in) -> {
      LocalDate d = f.date(CinEpisodesTable.REFERRAL_DATE, i);
      String v = f.text(CinEpisodesTable.REFERRAL_SOURCE_CODE, i);
      return d != null && !d.isBefore(LocalDate.of(2013, 4, 1)) && (v == null || !SOURCES.contains(v.toUpperCase(Locale.ROOT)));
    }, (f, i) -> f.has(CinEpisodesTable.REFERRAL_SOURCE_CODE, i)
        ? "the referral source '" + f.text(CinEpisodesTable.REFERRAL_SOURCE_CODE, i) + "' is not one of the census codes"
        : "the referral has no source"));
    r.add("8568", RowRule.on(EPISODES, CinEpisodesTable.REFERRAL_NFA,
        (f, i, in) -> !yes(f, CinEpisodesTable.REFERRAL_NFA, i) && !no(f, CinEpisodesTable.REFERRAL_NFA, i),
        "whether the referral led to no further action must be recorded as yes or no"));
    r.add("8610", RowRule.on(EPISODES, CinEpisodesTable.CIN_PRIMARY_NEED_CODE,
        (f, i, in) -> no(f, CinEpisodesTable.REFERRAL_NFA, i) && !f.has(CinEpisodesTable.CIN_PRIMARY_NEED_CODE, i),
        "the referral led to further action, so it needs a primary need code"));
    r.add("8805", RowRule.on(EPISODES, CinEpisodesTable.CLOSE_REASON,
        (f, i, in) -> f.has(CinEpisodesTable.CLOSE_DATE, i) && !f.has(CinEpisodesTable.CLOSE_REASON, i),
        "the referral is closed but has no reason for closure"));
    r.add("8810", RowRule.on(EPISODES, CinEpisodesTable.CLOSE_DATE,
        (f, i, in) -> f.has(CinEpisodesTable.CLOSE_REASON, i) && !f.has(CinEpisodesTable.CLOSE_DATE, i),
        "the referral has a reason for closure but no closure date"));
    r.add("8750", RowRule.on(PERSON, PersonTable.SEX,
        (f, i, in) -> !f.has(PersonTable.DOB, i) && f.has(PersonTable.EXPECTED_DOB, i) && !"U".equalsIgnoreCase(f.text(PersonTable.SEX, i)),
        "a child not yet born (expected date of birth only) must have sex U"));
    r.add("8794", new Unique(DISABILITY, DisabilityTable.DISABILITY_CODE, DisabilityTable.PERSON_ID, "the disability code"));
    r.add("8790", new NoneWithOthers());
  }

  private static final Set<String> CATEGORIES = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");
  private static final Set<String> SOURCES = Set.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E",
      "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

  private static void linkedDates(Registry r) {
    r.add("1103", new LinkedDate(new Side(ASSESSMENTS, CinAssessmentsTable.ASSESSMENT_START_DATE, CinAssessmentsTable.REFERRAL_ID), REFERRAL,
        Relation.NOT_BEFORE, "the assessment starts before its referral was received"));
    r.add("1104", new LinkedDate(new Side(ICPC, InitialCpConferenceTable.ICPC_DATE, InitialCpConferenceTable.REFERRAL_ID), REFERRAL,
        Relation.NOT_BEFORE, "the initial conference is held before its referral was received"));
    r.add("1105", new LinkedDate(new Side(CP_PLANS, CpPlansTable.CP_PLAN_START_DATE, CpPlansTable.REFERRAL_ID), REFERRAL,
        Relation.NOT_BEFORE, "the child protection plan starts before its referral was received"));
    r.add("2889", new LinkedDate(new Side(S47, S47EnquiryTable.S47_START_DATE, S47EnquiryTable.REFERRAL_ID), REFERRAL,
        Relation.NOT_BEFORE, "the section 47 enquiry starts before its referral was received"));
    r.add("4015", new LinkedDate(new Side(CIN_PLANS, CinPlansTable.CIN_PLAN_START_DATE, CinPlansTable.REFERRAL_ID), REFERRAL,
        Relation.NOT_BEFORE, "the CIN plan starts before its referral was received"));
    r.add("2885", new LinkedDate(new Side(CP_PLANS, CpPlansTable.CP_PLAN_START_DATE, CpPlansTable.ICPC_ID),
        new Side(ICPC, InitialCpConferenceTable.ICPC_DATE, InitialCpConferenceTable.ICPC_ID), Relation.SAME_DAY,
        "the child protection plan does not start on the day of its initial conference"));
    r.add("8841", new LinkedDate(new Side(CP_REVIEWS, CpReviewsTable.CP_REVIEW_DATE, CpReviewsTable.CP_PLAN_ID),
        new Side(CP_PLANS, CpPlansTable.CP_PLAN_START_DATE, CpPlansTable.CP_PLAN_ID), Relation.AFTER,
        "the review is not after the day its child protection plan started"));
    r.add("4008", new LinkedDate(new Side(CIN_PLANS, CinPlansTable.CIN_PLAN_START_DATE, CinPlansTable.PERSON_ID), DEATH,
        Relation.NOT_AFTER, "the CIN plan starts after the child's death"));
    r.add("4009Q", new LinkedDate(new Side(CIN_PLANS, CinPlansTable.CIN_PLAN_END_DATE, CinPlansTable.PERSON_ID), DEATH,
        Relation.NOT_AFTER, "the CIN plan ends after the child's death"));
    r.add("8915", new LinkedDate(new Side(CP_PLANS, CpPlansTable.CP_PLAN_START_DATE, CpPlansTable.PERSON_ID), DEATH,
        Relation.NOT_AFTER, "the child protection plan starts after the child's death"));
    r.add("8920", new LinkedDate(new Side(CP_PLANS, CpPlansTable.CP_PLAN_END_DATE, CpPlansTable.PERSON_ID), DEATH,
        Relation.NOT_AFTER, "the child protection plan ends after the child's death"));
    r.add("8555Q", new LinkedDate(new Side(EPISODES, CinEpisodesTable.REFERRAL_DATE, CinEpisodesTable.PERSON_ID), DEATH,
        Relation.NOT_AFTER, "the referral is dated after the child's death"));
  }

  private static void sequences(Registry r) {
    r.add("4014", new NoOverlap(new Spans(CIN_PLANS, CinPlansTable.PERSON_ID, CinPlansTable.CIN_PLAN_START_DATE, CinPlansTable.CIN_PLAN_END_DATE),
        true, "CIN plans of the same child"));
    r.add("8940", new NoOverlap(new Spans(CP_PLANS, CpPlansTable.PERSON_ID, CpPlansTable.CP_PLAN_START_DATE, CpPlansTable.CP_PLAN_END_DATE),
        true, "child protection plans of the same child"));
    r.add("8820", new NoOverlap(new Spans(EPISODES, CinEpisodesTable.PERSON_ID, CinEpisodesTable.REFERRAL_DATE, CinEpisodesTable.CLOSE_DATE),
        true, "referrals of the same child"));
    r.add("4004", new AtMostOneOpen(CIN_PLANS, CinPlansTable.PERSON_ID, CinPlansTable.CIN_PLAN_END_DATE, (f, i) -> true,
        "CIN plan of the same child"));
    r.add("8935", new AtMostOneOpen(CP_PLANS, CpPlansTable.PERSON_ID, CpPlansTable.CP_PLAN_END_DATE, (f, i) -> true,
        "child protection plan of the same child"));
    r.add("8815", new AtMostOneOpen(EPISODES, CinEpisodesTable.PERSON_ID, CinEpisodesTable.CLOSE_DATE,
        (f, i) -> no(f, CinEpisodesTable.REFERRAL_NFA, i), "referral (not marked no further action) of the same child"));
    r.add("8816", new OpenNotLatest());
  }

  private static void crossTable(Registry r) {
    r.add("8831", LinkedRows.forbidden(EPISODES, CinEpisodesTable.REFERRAL_ID, CinEpisodesTable.REFERRAL_NFA,
        (f, i) -> yes(f, CinEpisodesTable.REFERRAL_NFA, i),
        List.of(new Link(ASSESSMENTS, CinAssessmentsTable.REFERRAL_ID), new Link(S47, S47EnquiryTable.REFERRAL_ID),
            new Link(ICPC, InitialCpConferenceTable.REFERRAL_ID)), "a referral marked no further action"));
    r.add("8832", LinkedRows.forbidden(EPISODES, CinEpisodesTable.REFERRAL_ID, CinEpisodesTable.REFERRAL_NFA,
        (f, i) -> yes(f, CinEpisodesTable.REFERRAL_NFA, i), List.of(new Link(CP_PLANS, CpPlansTable.REFERRAL_ID)),
        "a referral marked no further action"));
    r.add("4000", LinkedRows.forbidden(EPISODES, CinEpisodesTable.REFERRAL_ID, CinEpisodesTable.REFERRAL_NFA,
        (f, i) -> yes(f, CinEpisodesTable.REFERRAL_NFA, i), List.of(new Link(CIN_PLANS, CinPlansTable.REFERRAL_ID)),
        "a referral marked no further action"));
    r.add("2990", LinkedRows.forbidden(EPISODES, CinEpisodesTable.REFERRAL_ID, CinEpisodesTable.CLOSE_REASON,
        (f, i) -> Set.of("RC8", "RC9").contains(upper(f.text(CinEpisodesTable.CLOSE_REASON, i))),
        List.of(new Link(S47, S47EnquiryTable.REFERRAL_ID), new Link(ICPC, InitialCpConferenceTable.REFERRAL_ID),
            new Link(CP_PLANS, CpPlansTable.REFERRAL_ID), new Link(CIN_PLANS, CinPlansTable.REFERRAL_ID)),
        "a referral closed after assessment (RC8, RC9)"));
    r.add("8825Q", LinkedRows.required(EPISODES, CinEpisodesTable.REFERRAL_ID, CinEpisodesTable.CLOSE_REASON,
        (f, i) -> Set.of("RC8", "RC9").contains(upper(f.text(CinEpisodesTable.CLOSE_REASON, i))),
        List.of(new Link(ASSESSMENTS, CinAssessmentsTable.REFERRAL_ID)), "a referral closed after assessment (RC8, RC9)"));
    r.add("8867", new ClosedWithOpenAssessment());
  }

  static String upper(String v) {
    return v == null ? "" : v.toUpperCase(Locale.ROOT);
  }
}
