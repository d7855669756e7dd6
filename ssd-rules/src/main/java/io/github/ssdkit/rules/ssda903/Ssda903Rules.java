package io.github.ssdkit.rules.ssda903;

import static io.github.ssdkit.rules.families.DateOrder.Order.NOT_BEFORE;
import static io.github.ssdkit.rules.families.DateOrder.Order.NOT_SAME_DAY;
import static io.github.ssdkit.rules.families.InPeriod.Bound.NOT_AFTER_END;
import static io.github.ssdkit.rules.families.InPeriod.Bound.WITHIN;

import io.github.ssdkit.model.meta.CareLeaversTable;
import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.ClaPreviousPermanenceTable;
import io.github.ssdkit.model.meta.ClaReviewsTable;
import io.github.ssdkit.model.meta.ImmigrationStatusTable;
import io.github.ssdkit.model.meta.InvolvementsTable;
import io.github.ssdkit.model.meta.LegalStatusTable;
import io.github.ssdkit.model.meta.MissingTable;
import io.github.ssdkit.model.meta.MotherTable;
import io.github.ssdkit.model.meta.PermanenceTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.model.meta.SdqScoresTable;
import io.github.ssdkit.rules.families.CodeList;
import io.github.ssdkit.rules.families.DateOrder;
import io.github.ssdkit.rules.families.InPeriod;
import io.github.ssdkit.rules.families.Intervals.Spans;
import io.github.ssdkit.rules.families.LinkedDate;
import io.github.ssdkit.rules.families.LinkedDate.Relation;
import io.github.ssdkit.rules.families.LinkedDate.Side;
import io.github.ssdkit.rules.families.MustExist;
import io.github.ssdkit.rules.families.NoOverlap;
import io.github.ssdkit.rules.families.PersonAge;
import io.github.ssdkit.rules.families.PersonAge.On;
import io.github.ssdkit.rules.families.RowRule;
import io.github.ssdkit.rules.families.Unique;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The SSDA903 rules that run on the SSD, each registered under its official code. Facts (codes,
 * lists, ages, dates) follow the public SSDA903 validator; the wording is ours.
 */
public final class Ssda903Rules {

  static final String PERSON = PersonTable.NAME;
  static final String EPISODES = ClaEpisodesTable.NAME;
  static final String MISSING = MissingTable.NAME;
  static final String PERMANENCE = PermanenceTable.NAME;
  static final String CARE_LEAVERS = CareLeaversTable.NAME;
  static final String REVIEWS = ClaReviewsTable.NAME;
  static final String PLACEMENTS = ClaPlacementTable.NAME;
  static final String LEGAL = LegalStatusTable.NAME;
  static final String SDQ = SdqScoresTable.NAME;
  static final String WORKERS = InvolvementsTable.NAME;
  static final String MOTHERS = MotherTable.NAME;

  private static final Side DOB = new Side(PERSON, PersonTable.DOB, PersonTable.PERSON_ID);

  private Ssda903Rules() {}

  /** The return's accommodation codes: a type letter and a suitability digit (1 suitable, 2 not), or 0. */
  private static final Set<String> ACCOMMODATION = Set.of("B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2",
      "H1", "H2", "K1", "K2", "R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1",
      "Z2", "0");

  /**
   * The return's ACCOM code from the SSD's two columns, the type letter and the suitability digit
   * (decision 296); null when no type is given. A type already written with its digit is kept.
   */
  static String accommodation(Frame f, int i) {
    String type = upper(f, CareLeaversTable.CARE_LEAVER_ACCOMMODATION, i);
    if (type.isEmpty()) {
      return null;
    }
    return type.length() > 1 || type.equals("0") ? type : type + upper(f, CareLeaversTable.CARE_LEAVER_ACCOM_SUITABLE, i);
  }

  static String upper(Frame f, String column, int i) {
    String v = f.text(column, i);
    return v == null ? "" : v.toUpperCase(Locale.ROOT);
  }

  public static void register(Registry r) {
    codes(r);
    dates(r);
    conditionals(r);
    ages(r);
    integrity(r);
    histories(r);
    Ssda903Ages.register(r);
    Ssda903Basics.register(r);
    Ssda903Conditionals.register(r);
    Ssda903Sequences.register(r);
    Ssda903Links.register(r);
    Ssda903Previous.register(r);
  }

  private static void histories(Registry r) {
    r.add("142", new Histories.EndedUnlessLatest(EPISODES, ClaEpisodesTable.PERSON_ID, ClaEpisodesTable.CLA_EPISODE_START_DATE,
        ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, "episode of care"));
    r.add("SW08STG2", new Histories.EndedUnlessLatest(WORKERS, InvolvementsTable.PERSON_ID, InvolvementsTable.INVOLVEMENT_START_DATE,
        InvolvementsTable.INVOLVEMENT_END_DATE, null, "social worker episode"));
    r.add("357", new Histories.FirstIsStart());
    r.add("199", new Histories.NothingAfterAdoption());
    r.add("611", new Mothers.Flag("611"));
    r.add("612", new Mothers.Flag("612"));
    r.add("174", new Mothers.Flag("174"));
    r.add("621", new Mothers.OlderThanChild());
    r.add("213", RowRule.on(PLACEMENTS, ClaPlacementTable.CLA_PLACEMENT_PROVIDER,
        (f, i, in) -> NO_PROVIDER.contains(upper(f, ClaPlacementTable.CLA_PLACEMENT_TYPE, i)) && f.has(ClaPlacementTable.CLA_PLACEMENT_PROVIDER, i),
        (f, i) -> "placement type " + f.text(ClaPlacementTable.CLA_PLACEMENT_TYPE, i) + " takes no provider code"));
  }

  /** Temporary placements and the placement types that take no provider (2025-26 list). */
  private static final Set<String> NO_PROVIDER = Set.of("T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14");

  private static void codes(Registry r) {
    r.add("143", new CodeList(EPISODES, ClaEpisodesTable.CLA_EPISODE_START_REASON, Set.of("S", "P", "L", "T", "U", "B"), false,
        "the reason for the new episode"));
    r.add("144", new CodeList(LEGAL, LegalStatusTable.LEGAL_STATUS,
        Set.of("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3"), false, "the legal status"));
    r.add("145", new CodeList(EPISODES, ClaEpisodesTable.CLA_PRIMARY_NEED_CODE,
        Set.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"), false, "the category of need"));
    r.add("149", new CodeList(EPISODES, ClaEpisodesTable.CLA_EPISODE_CEASED_REASON,
        Set.of("E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7",
            "E8", "E9", "E14", "E15", "E16", "E17", "X1"), false, "the reason the episode ended"));
    r.add("131", new CodeList(CARE_LEAVERS, CareLeaversTable.CARE_LEAVER_IN_TOUCH,
        Set.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM"), false, "whether the authority is in touch"));
    r.add("132", new CodeList(CARE_LEAVERS, CareLeaversTable.CARE_LEAVER_ACTIVITY,
        Set.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"), false, "the care leaver's activity"));
    r.add("133", RowRule.on(CARE_LEAVERS, CareLeaversTable.CARE_LEAVER_ACCOMMODATION, (f, i, in) -> {
      String code = accommodation(f, i);
      return code != null && !ACCOMMODATION.contains(code);
    }, (f, i) -> "the care leaver's accommodation (type and suitability together) '" + accommodation(f, i)
        + "' is not one of the return's codes " + String.join(", ", new java.util.TreeSet<>(ACCOMMODATION))));
    r.add("1006", new CodeList(MISSING, MissingTable.MISSING_EPISODE_TYPE, Set.of("M", "A"), false, "the missing type"));
    r.add("1009", new CodeList(PLACEMENTS, ClaPlacementTable.CLA_PLACEMENT_CHANGE_REASON,
        Set.of("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD",
            "OTHER"), false, "the reason for the placement change"));
    r.add("196", new CodeList(SDQ, SdqScoresTable.SDQ_REASON, Set.of("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"), false,
        "the reason for no questionnaire score"));
    r.add("SW13STG1", new CodeList(WORKERS, InvolvementsTable.WORKER_CHANGE_REASON,
        Set.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS"),
        false, "the reason for the change of social worker"));
    r.add("180", RowRule.on(SDQ, SdqScoresTable.SDQ_SCORE, (f, i, in) -> f.has(SdqScoresTable.SDQ_SCORE, i)
        && !f.text(SdqScoresTable.SDQ_SCORE, i).matches("(40|[1-3]?[0-9])"),
        (f, i) -> "the questionnaire score '" + f.text(SdqScoresTable.SDQ_SCORE, i) + "' is not a whole number from 0 to 40"));
    r.add("167", RowRule.on(REVIEWS, ClaReviewsTable.CLA_REVIEW_PARTICIPATION, (f, i, in) -> f.has(ClaReviewsTable.CLA_REVIEW_DATE, i)
        && !Set.of("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7").contains(upper(f, ClaReviewsTable.CLA_REVIEW_PARTICIPATION, i)),
        "a review needs a participation code from PN0 to PN7"));
  }

  private static void dates(Registry r) {
    r.add("356", new DateOrder(EPISODES, ClaEpisodesTable.CLA_EPISODE_START_DATE, ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, NOT_BEFORE,
        "the episode ends before it began"));
    r.add("355", new DateOrder(EPISODES, ClaEpisodesTable.CLA_EPISODE_START_DATE, ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, NOT_SAME_DAY,
        "the episode begins and ends on the same day"));
    r.add("567", new DateOrder(MISSING, MissingTable.MISSING_EPISODE_START_DATE, MissingTable.MISSING_EPISODE_END_DATE, NOT_BEFORE,
        "the missing period ends before it started"));
    r.add("333", new DateOrder(PERMANENCE, PermanenceTable.ADM_DECISION_DATE, PermanenceTable.MATCHED_DATE, NOT_BEFORE,
        "the child was matched with adopters before the decision to place for adoption"));
    r.add("SW09STG2", new DateOrder(WORKERS, InvolvementsTable.INVOLVEMENT_START_DATE, InvolvementsTable.INVOLVEMENT_END_DATE, NOT_SAME_DAY,
        "the social worker episode begins and ends on the same day"));
    r.add("301", new InPeriod(PERSON, PersonTable.DOB, NOT_AFTER_END, false, "the date of birth"));
    r.add("354", new InPeriod(EPISODES, ClaEpisodesTable.CLA_EPISODE_START_DATE, NOT_AFTER_END, false, "the episode start"));
    r.add("385", new InPeriod(EPISODES, ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, NOT_AFTER_END, false, "the episode end"));
    r.add("570", new InPeriod(MISSING, MissingTable.MISSING_EPISODE_START_DATE, NOT_AFTER_END, false, "the missing period start"));
    r.add("571", new InPeriod(MISSING, MissingTable.MISSING_EPISODE_END_DATE, WITHIN, false, "the missing period end"));
    r.add("SW06STG2", new InPeriod(WORKERS, InvolvementsTable.INVOLVEMENT_START_DATE, NOT_AFTER_END, false,
        "the social worker episode start"));
    r.add("353", RowRule.on(EPISODES, ClaEpisodesTable.CLA_EPISODE_START_DATE, (f, i, in) -> {
      LocalDate d = f.date(ClaEpisodesTable.CLA_EPISODE_START_DATE, i);
      return d != null && d.isBefore(LocalDate.of(1991, 10, 14));
    }, (f, i) -> "the episode starts on " + f.date(ClaEpisodesTable.CLA_EPISODE_START_DATE, i) + ", before 14 October 1991"));
    r.add("574", new NoOverlap(new Spans(MISSING, MissingTable.PERSON_ID, MissingTable.MISSING_EPISODE_START_DATE,
        MissingTable.MISSING_EPISODE_END_DATE), true, "missing periods of the same child"));
    r.add("SW10STG2", new NoOverlap(new Spans(WORKERS, InvolvementsTable.PERSON_ID, InvolvementsTable.INVOLVEMENT_START_DATE,
        InvolvementsTable.INVOLVEMENT_END_DATE), true, "social worker episodes of the same child"));
    r.add("501", new NoOverlap(new Spans(EPISODES, ClaEpisodesTable.PERSON_ID, ClaEpisodesTable.CLA_EPISODE_START_DATE,
        ClaEpisodesTable.CLA_EPISODE_CEASED_DATE), true, "episodes of care of the same child"));
    r.add("302", new LinkedDate(new Side(EPISODES, ClaEpisodesTable.CLA_EPISODE_START_DATE, ClaEpisodesTable.PERSON_ID), DOB,
        Relation.NOT_BEFORE, "the episode of care begins before the child was born"));
    r.add("586", new LinkedDate(new Side(MISSING, MissingTable.MISSING_EPISODE_START_DATE, MissingTable.PERSON_ID), DOB,
        Relation.NOT_BEFORE, "the missing period starts before the child was born"));
    r.add("184", new LinkedDate(new Side(PERMANENCE, PermanenceTable.ADM_DECISION_DATE, PermanenceTable.PERSON_ID), DOB,
        Relation.NOT_BEFORE, "the decision to place for adoption is dated before the child was born"));
  }

  private static void conditionals(Registry r) {
    r.add("148", RowRule.on(EPISODES, ClaEpisodesTable.CLA_EPISODE_CEASED_REASON,
        (f, i, in) -> f.has(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, i) != f.has(ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, i),
        (f, i) -> f.has(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, i) ? "the episode has an end date but no reason for ending"
            : "the episode has a reason for ending but no end date"));
    r.add("119", RowRule.on(PERMANENCE, PermanenceTable.DECISION_REVERSED_REASON,
        (f, i, in) -> f.has(PermanenceTable.DECISION_REVERSED_DATE, i) != f.has(PermanenceTable.DECISION_REVERSED_REASON, i),
        (f, i) -> f.has(PermanenceTable.DECISION_REVERSED_DATE, i) ? "the reversal of the adoption decision has a date but no reason"
            : "the reversal of the adoption decision has a reason but no date"));
    r.add("153", RowRule.on(CARE_LEAVERS, CareLeaversTable.CARE_LEAVER_IN_TOUCH, (f, i, in) -> {
      int n = (f.has(CareLeaversTable.CARE_LEAVER_IN_TOUCH, i) ? 1 : 0) + (f.has(CareLeaversTable.CARE_LEAVER_ACTIVITY, i) ? 1 : 0)
          + (f.has(CareLeaversTable.CARE_LEAVER_ACCOMMODATION, i) ? 1 : 0);
      return n == 1 || n == 2;
    }, "the care leaver's contact, activity and accommodation must be given all together or not at all"));
    r.add("197a", RowRule.on(SDQ, SdqScoresTable.SDQ_REASON,
        (f, i, in) -> f.has(SdqScoresTable.SDQ_SCORE, i) && f.has(SdqScoresTable.SDQ_REASON, i),
        "a reason for having no questionnaire score is given, but there is a score"));
    r.add("564", RowRule.on(MISSING, MissingTable.MISSING_EPISODE_START_DATE,
        (f, i, in) -> f.has(MissingTable.MISSING_EPISODE_TYPE, i) && !f.has(MissingTable.MISSING_EPISODE_START_DATE, i),
        "the missing record has a type but no start date"));
    r.add("565", RowRule.on(MISSING, MissingTable.MISSING_EPISODE_TYPE,
        (f, i, in) -> f.has(MissingTable.MISSING_EPISODE_START_DATE, i) && !f.has(MissingTable.MISSING_EPISODE_TYPE, i),
        "the missing period has a start date but no type (missing or away)"));
    r.add("566", RowRule.on(MISSING, MissingTable.MISSING_EPISODE_TYPE,
        (f, i, in) -> f.has(MissingTable.MISSING_EPISODE_END_DATE, i) && !f.has(MissingTable.MISSING_EPISODE_TYPE, i),
        "the missing period has an end date but no type (missing or away)"));
    r.add("166", RowRule.on(REVIEWS, ClaReviewsTable.CLA_REVIEW_DATE, (f, i, in) -> !f.has(ClaReviewsTable.CLA_REVIEW_DATE, i),
        "the review has no date"));
    r.add("345", RowRule.on(CARE_LEAVERS, CareLeaversTable.CARE_LEAVER_ACTIVITY,
        (f, i, in) -> "YES".equals(upper(f, CareLeaversTable.CARE_LEAVER_IN_TOUCH, i))
            && (!f.has(CareLeaversTable.CARE_LEAVER_ACTIVITY, i) || !f.has(CareLeaversTable.CARE_LEAVER_ACCOMMODATION, i)),
        "the authority is in touch with the care leaver, so an activity and an accommodation are needed"));
    r.add("344", RowRule.on(CARE_LEAVERS, CareLeaversTable.CARE_LEAVER_ACTIVITY,
        (f, i, in) -> Set.of("DIED", "RHOM").contains(upper(f, CareLeaversTable.CARE_LEAVER_IN_TOUCH, i))
            && (f.has(CareLeaversTable.CARE_LEAVER_ACTIVITY, i) || f.has(CareLeaversTable.CARE_LEAVER_ACCOMMODATION, i)),
        "a care leaver who died or returned home takes no activity or accommodation"));
  }

  private static void ages(Registry r) {
    On episodeStart = new On(EPISODES, ClaEpisodesTable.PERSON_ID, ClaEpisodesTable.CLA_EPISODE_START_DATE);
    On episodeEnd = new On(EPISODES, ClaEpisodesTable.PERSON_ID, ClaEpisodesTable.CLA_EPISODE_CEASED_DATE);
    r.add("352", PersonAge.under(episodeStart, (f, i) -> "S".equals(upper(f, ClaEpisodesTable.CLA_EPISODE_START_REASON, i)), 18,
        "a child may not start to be looked after at 18 or over"));
    r.add("386", PersonAge.under(episodeEnd,
        (f, i) -> Set.of("E11", "E12").contains(upper(f, ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, i)), 18,
        "an adoption must happen before the child's 18th birthday"));
    r.add("387", PersonAge.atLeast(episodeEnd,
        (f, i) -> Set.of("E5", "E6").contains(upper(f, ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, i)), 14,
        "a child leaving care to live independently must be 14 or over"));
    r.add("389", PersonAge.atLeast(episodeEnd, (f, i) -> "E7".equals(upper(f, ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, i)), 16,
        "a child leaving care for adult social care must be 16 or over"));
    r.add("358", new OlderThan(new On(LEGAL, LegalStatusTable.PERSON_ID, LegalStatusTable.LEGAL_STATUS_START_DATE),
        Set.of("J1", "J2", "J3"), 10));
    r.add("620", new YoungMother());
  }

  private static void integrity(Registry r) {
    r.add("INT32", new Unique(PERSON, PersonTable.PERSON_ID, null, "the child identifier"));
    r.add("INT01", new MustExist(PERMANENCE, PermanenceTable.PERSON_ID, PERSON, PersonTable.PERSON_ID));
    r.add("INT03", new MustExist(EPISODES, ClaEpisodesTable.PERSON_ID, PERSON, PersonTable.PERSON_ID));
    r.add("INT04", new MustExist(MISSING, MissingTable.PERSON_ID, PERSON, PersonTable.PERSON_ID));
    r.add("INT06", new MustExist(CARE_LEAVERS, CareLeaversTable.PERSON_ID, PERSON, PersonTable.PERSON_ID));
    r.add("INT07", new MustExist(ClaPreviousPermanenceTable.NAME, ClaPreviousPermanenceTable.PERSON_ID, PERSON, PersonTable.PERSON_ID));
    r.add("INT08", new MustExist(REVIEWS, ClaReviewsTable.CLA_PERSON_ID, PERSON, PersonTable.PERSON_ID));
    r.add("INT09", new MustExist(ImmigrationStatusTable.NAME, ImmigrationStatusTable.PERSON_ID, PERSON, PersonTable.PERSON_ID));
  }
}
