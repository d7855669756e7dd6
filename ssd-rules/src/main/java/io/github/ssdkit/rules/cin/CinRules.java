package io.github.ssdkit.rules.cin;

import static io.github.ssdkit.rules.families.DateOrder.Order.AFTER;
import static io.github.ssdkit.rules.families.DateOrder.Order.NOT_BEFORE;
import static io.github.ssdkit.rules.families.DateOrder.Order.NOT_SAME_DAY;
import static io.github.ssdkit.rules.families.InPeriod.Bound.NOT_AFTER_END;
import static io.github.ssdkit.rules.families.InPeriod.Bound.WITHIN;

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

  static final String PERSON = "ssd_person";
  static final String EPISODES = "ssd_cin_episodes";
  static final String ASSESSMENTS = "ssd_cin_assessments";
  static final String CIN_PLANS = "ssd_cin_plans";
  static final String CP_PLANS = "ssd_cp_plans";
  static final String S47 = "ssd_s47_enquiry";
  static final String ICPC = "ssd_initial_cp_conference";
  static final String CP_REVIEWS = "ssd_cp_reviews";
  static final String DISABILITY = "ssd_disability";

  private static final Side REFERRAL = new Side(EPISODES, "cine_referral_date", "cine_referral_id");
  private static final Side DEATH = new Side(PERSON, "pers_death_date", "pers_person_id");

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
    r.add("8500", RowRule.on(PERSON, "pers_person_id", (f, i, in) -> !f.has("pers_person_id", i),
        "the child has no identifier"));
    r.add("8510", new Unique(PERSON, "pers_person_id", null, "the child identifier"));
    r.add("1520", new Unique(PERSON, "pers_upn", null, "the unique pupil number"));
    r.add("1570", RowRule.on(PERSON, "pers_person_id",
        (f, i, in) -> f.has("pers_person_id", i) && f.text("pers_person_id", i).length() > 20,
        (f, i) -> "the child identifier has " + f.text("pers_person_id", i).length() + " characters; at most 20 are allowed"));
    r.add("1580", RowRule.on(PERSON, "pers_person_id",
        (f, i, in) -> f.has("pers_person_id", i) && !f.text("pers_person_id", i).chars().allMatch(Character::isLetterOrDigit),
        "the child identifier may hold only letters and digits"));
    r.add("1510", RowRule.on(PERSON, "pers_upn", (f, i, in) -> Upn.wrongCheckLetter(f.text("pers_upn", i)),
        (f, i) -> "the first character of the unique pupil number should be the check letter "
            + Upn.checkLetter(f.text("pers_upn", i))));
    r.add("1530", RowRule.on(PERSON, "pers_upn", (f, i, in) -> Upn.unknownAuthority(f.text("pers_upn", i)),
        "characters 2 to 4 of the unique pupil number are not a known local authority number"));
    r.add("1540", RowRule.on(PERSON, "pers_upn", (f, i, in) -> Upn.middleNotDigits(f.text("pers_upn", i)),
        "characters 5 to 12 of the unique pupil number must be digits"));
    r.add("1550", RowRule.on(PERSON, "pers_upn", (f, i, in) -> Upn.badLastCharacter(f.text("pers_upn", i)),
        "the last character of the unique pupil number must be a digit or a letter other than I, O and S"));
  }

  private static void dates(Registry r) {
    r.add("8630", new DateOrder(EPISODES, "cine_referral_date", "cine_close_date", NOT_BEFORE,
        "the referral is closed before it was received"));
    r.add("8608", new DateOrder(ASSESSMENTS, "cina_assessment_start_date", "cina_assessment_auth_date", NOT_BEFORE,
        "the assessment is authorised before it started"));
    r.add("4011", new DateOrder(CIN_PLANS, "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", NOT_BEFORE,
        "the CIN plan ends before it starts"));
    r.add("4012Q", new DateOrder(CIN_PLANS, "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", NOT_SAME_DAY,
        "the CIN plan starts and ends on the same day"));
    r.add("8925", new DateOrder(CP_PLANS, "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", NOT_BEFORE,
        "the child protection plan ends before it starts"));
    r.add("8840", new DateOrder(CP_PLANS, "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", NOT_SAME_DAY,
        "the child protection plan starts and ends on the same day"));
    r.add("8535Q", new DateOrder(PERSON, "pers_dob", "pers_death_date", NOT_BEFORE,
        "the date of death is before the date of birth"));
    r.add("8600", new InPeriod(EPISODES, "cine_referral_date", NOT_AFTER_END, true, "the referral date"));
    r.add("8720", new InPeriod(CP_PLANS, "cppl_cp_plan_start_date", NOT_AFTER_END, true, "the child protection plan start"));
    r.add("4010", new InPeriod(CIN_PLANS, "cinp_cin_plan_start_date", NOT_AFTER_END, true, "the CIN plan start"));
    r.add("8520", new InPeriod(PERSON, "pers_dob", NOT_AFTER_END, false, "the date of birth"));
    r.add("8620", new InPeriod(EPISODES, "cine_close_date", WITHIN, false, "the closure date"));
    r.add("4013", new InPeriod(CIN_PLANS, "cinp_cin_plan_end_date", WITHIN, false, "the CIN plan end"));
    r.add("8696", new InPeriod(ASSESSMENTS, "cina_assessment_auth_date", WITHIN, false, "the assessment authorisation date"));
    r.add("8715", new InPeriod(ICPC, "icpc_icpc_date", WITHIN, false, "the initial conference date"));
    r.add("8930", new InPeriod(CP_PLANS, "cppl_cp_plan_end_date", WITHIN, false, "the child protection plan end"));
    r.add("8545Q", new InPeriod(PERSON, "pers_death_date", WITHIN, false, "the date of death"));
    r.add("8736", RowRule.on(ASSESSMENTS, "cina_assessment_start_date",
        (f, i, in) -> !f.has("cina_assessment_auth_date", i) && f.date("cina_assessment_start_date", i) != null
            && !in.period().contains(f.date("cina_assessment_start_date", i)),
        (f, i) -> "the assessment is not authorised, so it must have started in the census year, but started on "
            + f.date("cina_assessment_start_date", i)));
    r.add("8875", RowRule.on(ICPC, "icpc_icpc_date", (f, i, in) -> weekend(f.date("icpc_icpc_date", i)),
        (f, i) -> "the initial conference is dated " + f.date("icpc_icpc_date", i) + ", a "
            + f.date("icpc_icpc_date", i).getDayOfWeek().toString().toLowerCase(Locale.ROOT)));
    r.add("8870Q", RowRule.on(ICPC, "icpc_icpc_target_date", (f, i, in) -> weekend(f.date("icpc_icpc_target_date", i)),
        (f, i) -> "the initial conference's target date " + f.date("icpc_icpc_target_date", i) + " is a "
            + f.date("icpc_icpc_target_date", i).getDayOfWeek().toString().toLowerCase(Locale.ROOT)));
    r.add("8530Q", RowRule.on(PERSON, "pers_expected_dob", (f, i, in) -> {
      LocalDate d = f.date("pers_expected_dob", i);
      return d != null && (!d.isAfter(in.referenceDate().minusDays(30)) || !d.isBefore(in.referenceDate().plusMonths(9)));
    }, (f, i) -> "the expected date of birth " + f.date("pers_expected_dob", i)
        + " is not between 30 days before and 9 months after the census reference date"));
    r.add("8525Q", RowRule.on(PERSON, "pers_dob", (f, i, in) -> f.has("pers_dob", i) == f.has("pers_expected_dob", i),
        (f, i) -> f.has("pers_dob", i) ? "the child has both a date of birth and an expected date of birth"
            : "the child has neither a date of birth nor an expected date of birth"));
    r.add("8842Q", RowRule.on(CP_REVIEWS, "cppr_cp_review_date", (f, i, in) -> !f.has("cppr_cp_review_date", i),
        "the child protection review has no date"));
    r.add("8670Q", RowRule.on(ASSESSMENTS, "cina_assessment_auth_date", (f, i, in) -> {
      LocalDate start = f.date("cina_assessment_start_date", i);
      return start != null && !f.has("cina_assessment_auth_date", i)
          && start.isBefore(Dates.addWorkingDays(in.referenceDate(), -45));
    }, (f, i) -> "the assessment started on " + f.date("cina_assessment_start_date", i)
        + ", more than 45 working days before the census reference date, and is not yet authorised"));
  }

  private static boolean weekend(LocalDate d) {
    return d != null && Dates.isWeekend(d);
  }

  private static void codes(Registry r) {
    r.add("8640", new CodeList(EPISODES, "cine_close_reason",
        Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"), false, "the reason for closure"));
    r.add("8650", new CodeList(EPISODES, "cine_cin_primary_need_code",
        Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"), false, "the primary need code"));
    r.add("8905", new CodeList(CP_PLANS, "cppl_cp_plan_initial_category", CATEGORIES, true, "the initial category of abuse"));
    r.add("8910", new CodeList(CP_PLANS, "cppl_cp_plan_latest_category", CATEGORIES, true, "the latest category of abuse"));
    r.add("4180", new CodeList(PERSON, "pers_sex", Set.of("M", "F", "U"), true, "the child's sex"));
    r.add("8866", RowRule.on(EPISODES, "cine_referral_source_code", (f, i, in) -> {
      LocalDate d = f.date("cine_referral_date", i);
      String v = f.text("cine_referral_source_code", i);
      return d != null && !d.isBefore(LocalDate.of(2013, 4, 1)) && (v == null || !SOURCES.contains(v.toUpperCase(Locale.ROOT)));
    }, (f, i) -> f.has("cine_referral_source_code", i)
        ? "the referral source '" + f.text("cine_referral_source_code", i) + "' is not one of the census codes"
        : "the referral has no source"));
    r.add("8568", RowRule.on(EPISODES, "cine_referral_nfa",
        (f, i, in) -> !yes(f, "cine_referral_nfa", i) && !no(f, "cine_referral_nfa", i),
        "whether the referral led to no further action must be recorded as yes or no"));
    r.add("8610", RowRule.on(EPISODES, "cine_cin_primary_need_code",
        (f, i, in) -> no(f, "cine_referral_nfa", i) && !f.has("cine_cin_primary_need_code", i),
        "the referral led to further action, so it needs a primary need code"));
    r.add("8805", RowRule.on(EPISODES, "cine_close_reason",
        (f, i, in) -> f.has("cine_close_date", i) && !f.has("cine_close_reason", i),
        "the referral is closed but has no reason for closure"));
    r.add("8810", RowRule.on(EPISODES, "cine_close_date",
        (f, i, in) -> f.has("cine_close_reason", i) && !f.has("cine_close_date", i),
        "the referral has a reason for closure but no closure date"));
    r.add("8750", RowRule.on(PERSON, "pers_sex",
        (f, i, in) -> !f.has("pers_dob", i) && f.has("pers_expected_dob", i) && !"U".equalsIgnoreCase(f.text("pers_sex", i)),
        "a child not yet born (expected date of birth only) must have sex U"));
    r.add("8794", new Unique(DISABILITY, "disa_disability_code", "disa_person_id", "the disability code"));
    r.add("8790", new NoneWithOthers());
  }

  private static final Set<String> CATEGORIES = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");
  private static final Set<String> SOURCES = Set.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E",
      "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

  private static void linkedDates(Registry r) {
    r.add("1103", new LinkedDate(new Side(ASSESSMENTS, "cina_assessment_start_date", "cina_referral_id"), REFERRAL,
        Relation.NOT_BEFORE, "the assessment starts before its referral was received"));
    r.add("1104", new LinkedDate(new Side(ICPC, "icpc_icpc_date", "icpc_referral_id"), REFERRAL,
        Relation.NOT_BEFORE, "the initial conference is held before its referral was received"));
    r.add("1105", new LinkedDate(new Side(CP_PLANS, "cppl_cp_plan_start_date", "cppl_referral_id"), REFERRAL,
        Relation.NOT_BEFORE, "the child protection plan starts before its referral was received"));
    r.add("2889", new LinkedDate(new Side(S47, "s47e_s47_start_date", "s47e_referral_id"), REFERRAL,
        Relation.NOT_BEFORE, "the section 47 enquiry starts before its referral was received"));
    r.add("4015", new LinkedDate(new Side(CIN_PLANS, "cinp_cin_plan_start_date", "cinp_referral_id"), REFERRAL,
        Relation.NOT_BEFORE, "the CIN plan starts before its referral was received"));
    r.add("2885", new LinkedDate(new Side(CP_PLANS, "cppl_cp_plan_start_date", "cppl_icpc_id"),
        new Side(ICPC, "icpc_icpc_date", "icpc_icpc_id"), Relation.SAME_DAY,
        "the child protection plan does not start on the day of its initial conference"));
    r.add("8841", new LinkedDate(new Side(CP_REVIEWS, "cppr_cp_review_date", "cppr_cp_plan_id"),
        new Side(CP_PLANS, "cppl_cp_plan_start_date", "cppl_cp_plan_id"), Relation.AFTER,
        "the review is not after the day its child protection plan started"));
    r.add("4008", new LinkedDate(new Side(CIN_PLANS, "cinp_cin_plan_start_date", "cinp_person_id"), DEATH,
        Relation.NOT_AFTER, "the CIN plan starts after the child's death"));
    r.add("4009Q", new LinkedDate(new Side(CIN_PLANS, "cinp_cin_plan_end_date", "cinp_person_id"), DEATH,
        Relation.NOT_AFTER, "the CIN plan ends after the child's death"));
    r.add("8915", new LinkedDate(new Side(CP_PLANS, "cppl_cp_plan_start_date", "cppl_person_id"), DEATH,
        Relation.NOT_AFTER, "the child protection plan starts after the child's death"));
    r.add("8920", new LinkedDate(new Side(CP_PLANS, "cppl_cp_plan_end_date", "cppl_person_id"), DEATH,
        Relation.NOT_AFTER, "the child protection plan ends after the child's death"));
    r.add("8555Q", new LinkedDate(new Side(EPISODES, "cine_referral_date", "cine_person_id"), DEATH,
        Relation.NOT_AFTER, "the referral is dated after the child's death"));
  }

  private static void sequences(Registry r) {
    r.add("4014", new NoOverlap(new Spans(CIN_PLANS, "cinp_person_id", "cinp_cin_plan_start_date", "cinp_cin_plan_end_date"),
        true, "CIN plans of the same child"));
    r.add("8940", new NoOverlap(new Spans(CP_PLANS, "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date"),
        true, "child protection plans of the same child"));
    r.add("8820", new NoOverlap(new Spans(EPISODES, "cine_person_id", "cine_referral_date", "cine_close_date"),
        true, "referrals of the same child"));
    r.add("4004", new AtMostOneOpen(CIN_PLANS, "cinp_person_id", "cinp_cin_plan_end_date", (f, i) -> true,
        "CIN plan of the same child"));
    r.add("8935", new AtMostOneOpen(CP_PLANS, "cppl_person_id", "cppl_cp_plan_end_date", (f, i) -> true,
        "child protection plan of the same child"));
    r.add("8815", new AtMostOneOpen(EPISODES, "cine_person_id", "cine_close_date",
        (f, i) -> no(f, "cine_referral_nfa", i), "referral (not marked no further action) of the same child"));
    r.add("8816", new OpenNotLatest());
  }

  private static void crossTable(Registry r) {
    r.add("8831", LinkedRows.forbidden(EPISODES, "cine_referral_id", "cine_referral_nfa",
        (f, i) -> yes(f, "cine_referral_nfa", i),
        List.of(new Link(ASSESSMENTS, "cina_referral_id"), new Link(S47, "s47e_referral_id"),
            new Link(ICPC, "icpc_referral_id")), "a referral marked no further action"));
    r.add("8832", LinkedRows.forbidden(EPISODES, "cine_referral_id", "cine_referral_nfa",
        (f, i) -> yes(f, "cine_referral_nfa", i), List.of(new Link(CP_PLANS, "cppl_referral_id")),
        "a referral marked no further action"));
    r.add("4000", LinkedRows.forbidden(EPISODES, "cine_referral_id", "cine_referral_nfa",
        (f, i) -> yes(f, "cine_referral_nfa", i), List.of(new Link(CIN_PLANS, "cinp_referral_id")),
        "a referral marked no further action"));
    r.add("2990", LinkedRows.forbidden(EPISODES, "cine_referral_id", "cine_close_reason",
        (f, i) -> Set.of("RC8", "RC9").contains(upper(f.text("cine_close_reason", i))),
        List.of(new Link(S47, "s47e_referral_id"), new Link(ICPC, "icpc_referral_id"),
            new Link(CP_PLANS, "cppl_referral_id"), new Link(CIN_PLANS, "cinp_referral_id")),
        "a referral closed after assessment (RC8, RC9)"));
    r.add("8825Q", LinkedRows.required(EPISODES, "cine_referral_id", "cine_close_reason",
        (f, i) -> Set.of("RC8", "RC9").contains(upper(f.text("cine_close_reason", i))),
        List.of(new Link(ASSESSMENTS, "cina_referral_id")), "a referral closed after assessment (RC8, RC9)"));
    r.add("8867", new ClosedWithOpenAssessment());
  }

  static String upper(String v) {
    return v == null ? "" : v.toUpperCase(Locale.ROOT);
  }
}
