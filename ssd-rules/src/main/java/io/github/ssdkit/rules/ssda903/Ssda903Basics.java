package io.github.ssdkit.rules.ssda903;

import static io.github.ssdkit.rules.ssda903.Ssda903BasicsDates.realDate;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.EPISODES;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.LEGAL;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.MISSING;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.MOTHERS;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.PERMANENCE;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.PERSON;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.PLACEMENTS;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.WORKERS;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.upper;

import io.github.ssdkit.model.meta.ClaConvictionsTable;
import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaHealthTable;
import io.github.ssdkit.model.meta.ClaImmunisationsTable;
import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.ClaPreviousPermanenceTable;
import io.github.ssdkit.model.meta.ClaSubstanceMisuseTable;
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
import io.github.ssdkit.rules.families.MustExist;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The SSDA903 rules on single values: code lists, real dates, identifiers, a unique UPN, the
 * social worker episode items, and the integrity checks of adoption and health rows. Facts (codes,
 * dates, which years) follow the public SSDA903 validator; the wording is ours.
 */
public final class Ssda903Basics {

  private Ssda903Basics() {}

  /** The collection year 2025-26 changed the placement lists; an earlier period keeps the 2024-25 ones. */
  private static final LocalDate YEAR_2025_26 = LocalDate.of(2025, 4, 1);

  /** 146: the placement types of 2024-25 (H5, P2 and Z1 withdrawn from 2025-26). */
  private static final Set<String> PLACEMENTS_2024 = Set.of("A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2",
      "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1");

  /** 146: the placement types from 2025-26 (Z11 to Z14 replace Z1). */
  private static final Set<String> PLACEMENTS_2025 = Set.of("A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1",
      "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13",
      "Z14");

  /** 178: the placement types that take no provider, 2024-25 and from 2025-26. */
  private static final Set<String> NO_PROVIDER_2024 = Set.of("T0", "T1", "T2", "T3", "T4", "Z1");
  private static final Set<String> NO_PROVIDER_2025 = Set.of("T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14");

  private static final Set<String> PROVIDERS = Set.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");

  /** 633: the English authority codes, and the codes for an authority outside England. */
  private static final Set<String> AUTHORITIES = Set.copyOf(List.of((
      "800,889,822,301,304,303,330,825,837,302,846,370,350,890,867,380,305,801,351,873,823,895,896,381,909,202,908,"
      + "331,306,841,830,831,878,371,835,332,840,307,308,811,881,845,390,916,203,876,850,311,204,884,312,205,313,805,"
      + "919,310,309,420,921,206,207,886,810,382,314,340,888,208,856,383,855,209,925,341,201,821,352,806,887,826,315,"
      + "929,812,391,926,892,813,802,928,891,392,316,815,353,931,879,836,851,874,807,354,317,870,318,372,857,333,935,"
      + "343,803,373,342,893,356,355,871,394,334,933,882,936,861,852,319,860,808,393,866,210,357,894,883,880,358,211,"
      + "937,869,320,359,865,384,335,336,212,868,872,885,344,877,213,938,816,999,WAL,SCO,NUK,NIR").split(",")));

  /** 168: a UPN is a letter other than I, O and S, then 12 digits or 11 digits and a letter; or UN1 to UN5. */
  private static final Pattern UPN = Pattern.compile("[A-HJ-NP-RT-Z]([0-9]{12}|[0-9]{11}[A-Z])|UN[1-5]");
  private static final Set<String> UPN_UNKNOWN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

  /** 446: legal status E1 (placement order) exists only from December 2005. */
  private static final LocalDate E1_FROM = LocalDate.of(2005, 12, 1);

  public static void register(Registry r) {
    codes(r);
    adoptions(r);
    dates(r);
    identifiers(r);
    workers(r);
    integrity(r);
  }

  private static void codes(Registry r) {
    r.add("101", new CodeList(PERSON, PersonTable.SEX, Set.of("M", "F", "U"), true, "the child's sex"));
    r.add("232", Ssda903BasicsRows.of(PERSON, PersonTable.SEX, (f, i, in) ->
        "U".equals(in.canonicalCode(PERSON, PersonTable.SEX, f.text(PersonTable.SEX, i)))
            ? "the child's sex is recorded as unknown (U)" : null));
    r.add("103", new CodeList(PERSON, PersonTable.ETHNICITY, Set.of("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA",
        "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"), true,
        "the child's ethnicity"));
    r.add("120", new CodeList(PERMANENCE, PermanenceTable.DECISION_REVERSED_REASON, Set.of("RD1", "RD2", "RD3", "RD4"), false,
        "the reason the decision to place for adoption was reversed"));
    r.add("631", new CodeList(ClaPreviousPermanenceTable.NAME, ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_OPTION,
        Set.of("P1", "P2", "P3", "P4", "Z1"), false, "the previous permanence option"));
    r.add("633", Ssda903BasicsRows.of(ClaPreviousPermanenceTable.NAME, ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_LA, (f, i, in) -> {
      String la = upper(f, ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_LA, i);
      return la.isEmpty() || AUTHORITIES.contains(la) ? null : "'" + f.text(ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_LA, i)
          + "' is not an English authority code, nor WAL, SCO, NIR or NUK for an authority outside England";
    }));
    r.add("146", Ssda903BasicsRows.of(PLACEMENTS, ClaPlacementTable.CLA_PLACEMENT_TYPE, (f, i, in) -> {
      String type = in.canonicalCode(PLACEMENTS, ClaPlacementTable.CLA_PLACEMENT_TYPE, f.text(ClaPlacementTable.CLA_PLACEMENT_TYPE, i));
      Set<String> allowed = from2025(in) ? PLACEMENTS_2025 : PLACEMENTS_2024;
      return type == null || endedBefore(f, i, in) || allowed.contains(type) ? null
          : "the placement type '" + f.text(ClaPlacementTable.CLA_PLACEMENT_TYPE, i) + "' is not one of the year's codes "
              + String.join(", ", new TreeSet<>(allowed));
    }));
    r.add("178", Ssda903BasicsRows.of(PLACEMENTS, ClaPlacementTable.CLA_PLACEMENT_PROVIDER, (f, i, in) -> {
      String provider = in.canonicalCode(PLACEMENTS, ClaPlacementTable.CLA_PLACEMENT_PROVIDER,
          f.text(ClaPlacementTable.CLA_PLACEMENT_PROVIDER, i));
      if (provider == null || endedBefore(f, i, in)) {
        return null;
      }
      if (!PROVIDERS.contains(provider)) {
        return "the placement provider '" + f.text(ClaPlacementTable.CLA_PLACEMENT_PROVIDER, i) + "' is not one of PR0 to PR5";
      }
      String type = upper(f, ClaPlacementTable.CLA_PLACEMENT_TYPE, i);
      return (from2025(in) ? NO_PROVIDER_2025 : NO_PROVIDER_2024).contains(type)
          ? "placement type " + type + " takes no provider, but " + provider + " is given" : null;
    }));
  }

  /** The rules on the return's AD1 table: the permanence rows of the children adopted in the period. */
  private static void adoptions(Registry r) {
    r.add("114", adopted(PermanenceTable.ADOPTED_BY_CARER_FLAG, (f, i, in) -> {
      String v = f.text(PermanenceTable.ADOPTED_BY_CARER_FLAG, i);
      return v == null || Set.of("Y", "N").contains(in.canonicalCode(PERMANENCE, PermanenceTable.ADOPTED_BY_CARER_FLAG, v))
          ? null : "whether the adopters were the child's foster carers is '" + v + "', not 1 or 0 (Y or N)";
    }));
    r.add("175", adoptedCode(PermanenceTable.NUMBER_OF_ADOPTERS, Set.of("1", "2"), "the number of adopters"));
    r.add("176", adoptedCode(PermanenceTable.ADOPTER_SEX, Set.of("M1", "F1", "MM", "FF", "MF"), "the sex of the adopters"));
    r.add("177", adoptedCode(PermanenceTable.ADOPTER_LEGAL_STATUS, Set.of("L0", "L11", "L12", "L2", "L3", "L4"),
        "the legal status of the adopters"));
    r.add("112", adopted(PermanenceTable.ADM_DECISION_DATE,
        realDate(PermanenceTable.ADM_DECISION_DATE, false, "the date of the decision to place the adopted child for adoption")));
    r.add("113", adopted(PermanenceTable.MATCHED_DATE,
        realDate(PermanenceTable.MATCHED_DATE, false, "the date the adopted child was matched with adopters")));
  }

  private static RuleLogic adopted(String field, Ssda903BasicsRows.Check check) {
    return Ssda903BasicsRows.of(PERMANENCE, PermanenceTable.PERSON_ID, Ssda903BasicsRows::adopted, field, check);
  }

  private static RuleLogic adoptedCode(String column, Set<String> allowed, String what) {
    return adopted(column, (f, i, in) -> {
      String v = f.text(column, i);
      return v == null || allowed.contains(in.canonicalCode(PERMANENCE, column, v)) ? null
          : what + " '" + v + "' is not one of the return's codes " + String.join(", ", new TreeSet<>(allowed));
    });
  }

  /** A date that, when written, must be a real calendar day ({@link Ssda903BasicsDates#realDate}). */
  private static RuleLogic realDateOf(String table, String column, boolean required, String what) {
    return Ssda903BasicsRows.of(table, column, realDate(column, required, what));
  }

  private static void dates(Registry r) {
    r.add("102", realDateOf(PERSON, PersonTable.DOB, true, "the child's date of birth"));
    r.add("104", realDateOf(ImmigrationStatusTable.NAME, ImmigrationStatusTable.IMMIGRATION_STATUS_END_DATE,
        false, "the date the immigration status ended"));
    r.add("115", realDateOf(PERMANENCE, PermanenceTable.ADM_DECISION_DATE,
        false, "the date of the decision to place the child for adoption"));
    r.add("116", realDateOf(PERMANENCE, PermanenceTable.DECISION_REVERSED_DATE,
        false, "the date the decision to place for adoption was reversed"));
    r.add("141", realDateOf(EPISODES, ClaEpisodesTable.CLA_EPISODE_START_DATE,
        false, "the date the episode of care began"));
    r.add("147", realDateOf(EPISODES, ClaEpisodesTable.CLA_EPISODE_CEASED_DATE,
        false, "the date the episode of care ended"));
    r.add("171", realDateOf(MOTHERS, MotherTable.CHILDS_DOB, false, "the date of birth of the mother's child"));
    r.add("1004", realDateOf(MISSING, MissingTable.MISSING_EPISODE_START_DATE,
        true, "the start date of the missing period"));
    r.add("1005", realDateOf(MISSING, MissingTable.MISSING_EPISODE_END_DATE,
        false, "the end date of the missing period"));
    r.add("SW04STG1", realDateOf(WORKERS, InvolvementsTable.INVOLVEMENT_START_DATE,
        false, "the start date of the social worker episode"));
    r.add("SW05STG1", realDateOf(WORKERS, InvolvementsTable.INVOLVEMENT_END_DATE,
        false, "the end date of the social worker episode"));
    r.add("522", new DateOrder(PERMANENCE, PermanenceTable.ADM_DECISION_DATE, PermanenceTable.DECISION_REVERSED_DATE,
        DateOrder.Order.NOT_BEFORE, "the decision to place for adoption is reversed before it was made"));
    // The return's window for an episode end starts a year before the period; an episode the SSD
    // holds as ended earlier is not in the return at all, so only an end after the period can break SW07STG2.
    r.add("SW07STG2", new InPeriod(WORKERS, InvolvementsTable.INVOLVEMENT_END_DATE, InPeriod.Bound.NOT_AFTER_END, false,
        "the social worker episode end"));
    r.add("446", Ssda903BasicsRows.of(LEGAL, LegalStatusTable.LEGAL_STATUS_START_DATE, (f, i, in) -> {
      LocalDate start = f.date(LegalStatusTable.LEGAL_STATUS_START_DATE, i);
      LocalDate end = f.date(LegalStatusTable.LEGAL_STATUS_END_DATE, i);
      boolean inReturn = end == null || !end.isBefore(in.period().start());
      return inReturn && start != null && start.isBefore(E1_FROM)
          && "E1".equals(in.canonicalCode(LEGAL, LegalStatusTable.LEGAL_STATUS, f.text(LegalStatusTable.LEGAL_STATUS, i)))
          ? "legal status E1 (placement order) starts on " + start + ", before 1 December 2005 when it began to exist"
          : null;
    }));
  }

  private static void identifiers(Registry r) {
    r.add("168", (in, out) -> {
      Frame f = in.table(PERSON);
      for (int i : in.rows(f)) {
        String upn = upper(f, PersonTable.UPN, i);
        if (!upn.isEmpty()) {
          if (!UPN.matcher(upn).matches()) {
            out.at(f, i, PersonTable.UPN, "the unique pupil number '" + f.text(PersonTable.UPN, i)
                + "' is not a letter (not I, O or S) and 12 digits, or 11 digits and a letter");
          }
        } else if (f.has(PersonTable.UPN_UNKNOWN, i) && !UPN_UNKNOWN.contains(
            in.canonicalCode(PERSON, PersonTable.UPN_UNKNOWN, f.text(PersonTable.UPN_UNKNOWN, i)))) {
          out.at(f, i, PersonTable.UPN_UNKNOWN, "the child has no unique pupil number, and the reason '"
              + f.text(PersonTable.UPN_UNKNOWN, i) + "' is not one the return takes (UN1 to UN5)");
        }
      }
    });
    r.add("444", (in, out) -> {
      Frame f = in.table(PERSON);
      Map<String, Integer> first = new HashMap<>();
      for (int i : in.rows(f)) {
        String upn = upper(f, PersonTable.UPN, i);
        if (upn.isEmpty() || UPN_UNKNOWN.contains(upn)) {
          continue;
        }
        Integer earlier = first.putIfAbsent(upn, i);
        if (earlier != null) {
          out.at(f, i, PersonTable.UPN, "the unique pupil number '" + f.text(PersonTable.UPN, i) + "' is also given to "
              + f.describe(earlier) + ", another child in the return");
        }
      }
    });
  }

  private static void workers(Registry r) {
    r.add("SW01aSTG1", Ssda903BasicsWorkers.complete(false));
    r.add("SW01bSTG1", Ssda903BasicsWorkers.complete(true));
    r.add("SW02STG1", Ssda903BasicsWorkers.identifier());
  }

  private static void integrity(Registry r) {
    // INT01 checks every ssd_permanence row (the return's AD1); INT02 the rows holding a decision
    // to place for adoption (its PlacedAdoption table).
    r.add("INT02", (in, out) -> {
      Frame f = in.table(PERMANENCE);
      Frame people = in.table(PERSON);
      Map<String, Integer> ids = people.indexBy(PersonTable.PERSON_ID);
      for (int i : in.rows(f)) {
        String id = f.text(PermanenceTable.PERSON_ID, i);
        if (id != null && f.has(PermanenceTable.ADM_DECISION_DATE, i) && !ids.containsKey(id)) {
          out.at(f, i, PermanenceTable.PERSON_ID, "the child '" + id + "' with a decision to place for adoption is not in "
              + PERSON);
        }
      }
    });
    List<MustExist> health = List.of(new MustExist(SdqScoresTable.NAME, SdqScoresTable.PERSON_ID, PERSON, PersonTable.PERSON_ID),
        new MustExist(ClaHealthTable.NAME, ClaHealthTable.PERSON_ID, PERSON, PersonTable.PERSON_ID),
        new MustExist(ClaImmunisationsTable.NAME, ClaImmunisationsTable.PERSON_ID, PERSON, PersonTable.PERSON_ID),
        new MustExist(ClaSubstanceMisuseTable.NAME, ClaSubstanceMisuseTable.PERSON_ID, PERSON, PersonTable.PERSON_ID),
        new MustExist(ClaConvictionsTable.NAME, ClaConvictionsTable.PERSON_ID, PERSON, PersonTable.PERSON_ID));
    r.add("INT05", (in, out) -> health.forEach(m -> m.check(in, out)));
  }

  /** Whether the period is of the collection year 2025-26 or later. */
  private static boolean from2025(RuleInput in) {
    return !in.period().end().isBefore(YEAR_2025_26);
  }

  /** A placement that ended before the period is not in the return. */
  private static boolean endedBefore(Frame f, int i, RuleInput in) {
    LocalDate end = f.date(ClaPlacementTable.CLA_PLACEMENT_END_DATE, i);
    return end != null && end.isBefore(in.period().start());
  }
}
