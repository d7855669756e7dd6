package io.github.ssdkit.rules.ssda903;

import static io.github.ssdkit.rules.ssda903.Ssda903ConditionalsWhen.empty;
import static io.github.ssdkit.rules.ssda903.Ssda903ConditionalsWhen.given;
import static io.github.ssdkit.rules.ssda903.Ssda903ConditionalsWhen.in;
import static io.github.ssdkit.rules.ssda903.Ssda903ConditionalsWhen.notIn;
import static io.github.ssdkit.rules.ssda903.Ssda903ConditionalsWhen.when;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.ClaPreviousPermanenceTable;
import io.github.ssdkit.model.meta.ClaSubstanceMisuseTable;
import io.github.ssdkit.model.meta.PermanenceTable;
import io.github.ssdkit.rules.families.RowRule;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SSDA903 conditional rules: when one item says something, another must (not) be given or
 * must be one of some codes; within one row (adopters, providers, Ofsted numbers) or across the
 * tables the SSD splits a return episode into. Facts follow the public SSDA903 validator; the
 * wording is ours.
 */
final class Ssda903Conditionals {

  private Ssda903Conditionals() {}

  private static final String PL_TYPE = ClaPlacementTable.CLA_PLACEMENT_TYPE;
  private static final String PL_END = Ssda903ConditionalsJoined.PL_END;
  private static final String PROVIDER = ClaPlacementTable.CLA_PLACEMENT_PROVIDER;
  private static final String SEX = PermanenceTable.ADOPTER_SEX;
  private static final String ADOPTERS_LS = PermanenceTable.ADOPTER_LEGAL_STATUS;

  /** Temporary placements. */
  static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

  /**
   * The "other placement" codes: Z1 to 2024-25, its sub-codes Z11-Z14 from 2025-26 (decision 40);
   * both are listed, since each is valid only in its own years and the table pass reports the other.
   */
  static final Set<String> OTHER = Set.of("Z1", "Z11", "Z12", "Z13", "Z14");

  static void register(Registry r) {
    adopters(r);
    providers(r);
    permanence(r);
    placements(r);
    episodes(r);
  }

  private static void adopters(Registry r) {
    r.add("511", when(Ssda903Rules.PERMANENCE, PermanenceTable.NUMBER_OF_ADOPTERS, in("2")).then(SEX, notIn("M1", "F1"),
        "two adopters need a couple code for their sexes (MM, FF or MF), not a single adopter's"));
    r.add("514", when(Ssda903Rules.PERMANENCE, ADOPTERS_LS, in("L0")).then(SEX, in("M1", "F1"),
        "a single adopter (legal status L0) needs the sex code M1 or F1"));
    r.add("517", when(Ssda903Rules.PERMANENCE, ADOPTERS_LS, in("L3")).then(SEX, in("MF"),
        "adopters who are an unmarried couple of different sexes (L3) need the sexes code MF"));
    r.add("518", when(Ssda903Rules.PERMANENCE, ADOPTERS_LS, in("L4")).then(SEX, in("MM", "FF"),
        "adopters who are a same-sex couple neither married nor in a civil partnership (L4) need the sexes code MM or FF"));
    r.add("519", when(Ssda903Rules.PERMANENCE, ADOPTERS_LS, in("L2")).then(SEX, in("MM", "FF", "MF"),
        "adopters in a civil partnership (L2) need a couple code for their sexes (MM, FF or MF)"));
    r.add("520", when(Ssda903Rules.PERMANENCE, ADOPTERS_LS, in("L11")).then(SEX, in("MF"),
        "adopters who are a married couple of different sexes (L11) need the sexes code MF"));
    r.add("524", when(Ssda903Rules.PERMANENCE, ADOPTERS_LS, in("L12")).then(SEX, in("MM", "FF"),
        "adopters who are a married same-sex couple (L12) need the sexes code MM or FF"));
  }

  private static void providers(Registry r) {
    r.add("526", when(Ssda903Rules.PLACEMENTS, PL_TYPE, given()).and(PL_TYPE, notIn(union(TEMPORARY, OTHER)))
        .openInPeriod(PL_END).then(PROVIDER, given(), "the placement type needs a placement provider code"));
    r.add("527", when(Ssda903Rules.PLACEMENTS, PL_TYPE, in("P1", "R2", "R5")).openInPeriod(PL_END)
        .then(PROVIDER, notIn("PR1"), "placement types P1, R2 and R5 cannot have the provider PR1 (the authority's own)"));
    r.add("528", when(Ssda903Rules.PLACEMENTS, PL_TYPE, in("P1", "R2", "R5")).openInPeriod(PL_END)
        .then(PROVIDER, notIn("PR2"), "placement types P1, R2 and R5 cannot have the provider PR2 (another authority)"));
    r.add("529", when(Ssda903Rules.PLACEMENTS, PL_TYPE,
        in("A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2", "U3", "U4", "U5", "U6")).openInPeriod(PL_END)
        .then(PROVIDER, notIn("PR3"),
            "placement types P1, A3 to A6, K1, K2 and U1 to U6 cannot have the provider PR3 (another public body)"));
    r.add("530", when(Ssda903Rules.PLACEMENTS, PL_TYPE, in("P1")).openInPeriod(PL_END)
        .then(PROVIDER, notIn("PR4"), "a placement with parents (P1) cannot have the provider PR4 (private)"));
    r.add("531", when(Ssda903Rules.PLACEMENTS, PL_TYPE, in("P1")).openInPeriod(PL_END)
        .then(PROVIDER, notIn("PR5"), "a placement with parents (P1) cannot have the provider PR5 (voluntary)"));
    r.add("550", when(Ssda903Rules.PLACEMENTS, PROVIDER, in("PR0")).openInPeriod(PL_END)
        .then(PL_TYPE, in("P1"), "the provider PR0 (parents) goes only with a placement with parents (P1)"));
    Set<String> noUrn = union(Set.of("P1", "P3", "R1", "R2", "R5"), union(TEMPORARY, OTHER));
    r.add("222", when(Ssda903Rules.PLACEMENTS, PL_TYPE, in(noUrn)).and(ClaPlacementTable.CLA_PLACEMENT_URN, notIn("XXXXXXX"))
        .openInPeriod(PL_END).then(ClaPlacementTable.CLA_PLACEMENT_URN, empty(), "placement types "
            + Ssda903ConditionalsWhen.list(noUrn) + " take no Ofsted number (other than XXXXXXX for none)"));
    r.add("454", RowRule.on(Ssda903Rules.PLACEMENTS, ClaPlacementTable.CLA_PLACEMENT_DISTANCE, (f, i, in) -> {
      Double miles = number(f.text(ClaPlacementTable.CLA_PLACEMENT_DISTANCE, i));
      LocalDate end = f.date(PL_END, i);
      return miles != null && miles > 350 && miles != 999.9 && (end == null || !end.isBefore(in.period().start()));
    }, "the placement is more than 350 miles from home: check the distance (999.9 says it is unknown or outside England)"));
  }

  private static void permanence(Registry r) {
    r.add("563", when(Ssda903Rules.PERMANENCE, PermanenceTable.DECISION_REVERSED_DATE, given())
        .and(PermanenceTable.DECISION_REVERSED_REASON, given()).then(PermanenceTable.ADM_DECISION_DATE, given(),
            "the decision to place for adoption was reversed, but the date of that decision is missing"));
    List<String> adoption = List.of(PermanenceTable.ADM_DECISION_DATE, PermanenceTable.MATCHED_DATE, PermanenceTable.ADOPTED_BY_CARER_FLAG,
        PermanenceTable.NUMBER_OF_ADOPTERS, PermanenceTable.ADOPTER_SEX, PermanenceTable.ADOPTER_LEGAL_STATUS);
    r.add("151", RowRule.on(Ssda903Rules.PERMANENCE, PermanenceTable.MATCHED_DATE,
        (f, i, in) -> adoption.stream().skip(1).anyMatch(c -> f.has(c, i)) && adoption.stream().anyMatch(c -> !f.has(c, i)),
        (f, i) -> "the adoption items are given in part: missing " + adoption.stream().filter(c -> !f.has(c, i))
            .collect(Collectors.joining(", "))));
    r.add("635", RowRule.on(ClaPreviousPermanenceTable.NAME, ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_OPTION, (f, i, in) ->
        (f.has(ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_LA, i) || f.has(ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_ORDER_DATE, i))
            && (!f.has(ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_OPTION, i)
                || "Z1".equals(in.canonicalCode(f.table(), ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_OPTION,
                    f.text(ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_OPTION, i)))),
        "an order date or authority is given for a previous permanence arrangement, so the arrangement (P1 to P4, not Z1) is needed"));
    r.add("192", RowRule.on(ClaSubstanceMisuseTable.NAME, ClaSubstanceMisuseTable.INTERVENTION_RECEIVED, (f, i, in) -> {
      LocalDate day = f.date(ClaSubstanceMisuseTable.SUBSTANCE_MISUSE_DATE, i);
      return day != null && !day.isBefore(in.period().start()) && !f.has(ClaSubstanceMisuseTable.INTERVENTION_RECEIVED, i);
    }, "a substance misuse problem is recorded, but not whether the child received an intervention for it"));
  }

  private static final String DISTANCE = ClaPlacementTable.CLA_PLACEMENT_DISTANCE;
  private static final String POSTCODE = ClaPlacementTable.CLA_PLACEMENT_POSTCODE;
  private static final String URN = ClaPlacementTable.CLA_PLACEMENT_URN;

  /** Placements beside the legal statuses in force during them, and whether the child is or was UASC. */
  private static void placements(Registry r) {
    r.add("214", placements(POSTCODE, true, false, p -> p.underAny("V3", "V4")
        && (p.rows().has(POSTCODE, p.i()) || p.rows().has(URN, p.i()))
        ? "a child on short breaks (" + p.whichOf("V3", "V4") + ") takes no placement postcode or Ofsted number" : null));
    r.add("378", placements(PL_TYPE, true, false, p -> "P1".equals(p.code(PL_TYPE)) && p.underAny("V2")
        ? "a child placed with parents (P1) cannot be accommodated under a single period of section 20 ("
            + p.whichOf("V2") + ")" : null));
    r.add("382", placements(PL_TYPE, true, false, p -> TEMPORARY.contains(nonNull(p.code(PL_TYPE))) && p.underAny("V3", "V4")
        ? "a child on short breaks (" + p.whichOf("V3", "V4") + ") cannot be in a temporary placement" : null));
    r.add("384", placements(PL_TYPE, true, false, p -> Set.of("U1", "U4").contains(nonNull(p.code(PL_TYPE)))
        && p.underAny("V3", "V4")
        ? "a child on short breaks (" + p.whichOf("V3", "V4") + ") cannot be in a long-term foster placement (U1, U4)" : null));
    r.add("408", placements(PL_TYPE, true, false, p -> {
      if (!Set.of("A5", "A6").contains(nonNull(p.code(PL_TYPE)))) {
        return null;
      }
      Set<String> others = p.legalStatuses().stream().filter(s -> !s.equals("E1")).collect(Collectors.toSet());
      return others.isEmpty() ? null : "a placement for adoption under a placement order (A5, A6) needs legal status E1, "
          + "but the child is under " + p.whichOf(others.toArray(String[]::new)) + " during it";
    }));
    r.add("164", placements(DISTANCE, false, true, p -> {
      Double miles = number(p.rows().text(DISTANCE, p.i()));
      return miles != null && !p.uasc() && (miles < 0 || miles > 999.9)
          ? "the placement distance must be from 0 to 999.9 miles" : null;
    }));
    r.add("406", placements(DISTANCE, false, true, p -> p.uasc() && p.rows().has(DISTANCE, p.i())
        ? "the child is or was an unaccompanied asylum-seeking child, so the placement takes no distance" : null));
    r.add("392a", placements(DISTANCE, true, true, p -> !p.uasc() && !p.rows().has(DISTANCE, p.i())
        && !p.shortBreaksOnly()
        ? "the placement needs a distance from home (the child is not on short breaks only, nor an unaccompanied "
            + "asylum-seeking child)" : null));
    r.add("392b", Ssda903ConditionalsJoined.placements(POSTCODE, true, true, true, p -> {
      if (p.uasc() || p.shortBreaksOnly()) {
        return null;
      }
      List<String> missing = new ArrayList<>();
      if (p.homePostcode() == null) {
        missing.add("the child's home postcode (an ssd_address row before the placement)");
      }
      if (!p.rows().has(POSTCODE, p.i())) {
        missing.add("a placement postcode");
      }
      return missing.isEmpty() ? null : "the placement needs " + String.join(" and ", missing)
          + ", as the child is not on short breaks only, nor an unaccompanied asylum-seeking child";
    }));
    r.add("392d", Ssda903ConditionalsJoined.placements(POSTCODE, false, false, true, p -> {
      String placed = Ssda903ConditionalsJoined.postcodeKey(p.rows().text(POSTCODE, p.i()));
      String type = p.code(PL_TYPE);
      return placed != null && type != null && !type.equals("P1")
          && placed.equals(Ssda903ConditionalsJoined.postcodeKey(p.homePostcode()))
          ? "the placement postcode is the child's home postcode, which only a placement with parents (P1) may have" : null;
    }));
    r.add("398", placements(POSTCODE, true, false, p -> p.underAny("V3", "V4") && p.rows().has(POSTCODE, p.i())
        ? "a child on short breaks (" + p.whichOf("V3", "V4") + ") takes no placement postcode" : null));
    r.add("226", new Ssda903ConditionalsTemporary());
    r.add("442", new Ssda903ConditionalsPeople("442"));
    r.add("393", new Ssda903ConditionalsPeople("393"));
    r.add("165", new Ssda903ConditionalsPeople("165"));
  }

  private static RuleLogic placements(String field, boolean legal, boolean uasc,
      Ssda903ConditionalsJoined.PlacementCheck check) {
    return Ssda903ConditionalsJoined.placements(field, legal, uasc, check);
  }

  private static final String CEASED = ClaEpisodesTable.CLA_EPISODE_CEASED_REASON;

  /** Episodes of care beside their placement, next episode and legal status. */
  private static void episodes(Registry r) {
    r.add("366", Ssda903ConditionalsJoined.episodes(ClaEpisodesTable.CLA_EPISODE_START_REASON, true, e ->
        "V3".equals(e.legalStatus()) && !"S".equals(e.code(ClaEpisodesTable.CLA_EPISODE_START_REASON))
            ? "a short-break episode (legal status V3 on its start) must begin a new period of care (reason S)" : null));
    r.add("390", Ssda903ConditionalsJoined.episodes(CEASED, false, e ->
        Set.of("E11", "E12").contains(nonNull(e.code(CEASED))) && e.placement() != null
            && !Set.of("A3", "A4", "A5", "A6").contains(nonNull(e.placementCode(PL_TYPE)))
            ? "the child left care through adoption, so the placement must be a placement for adoption (A3 to A6), not '"
                + nonNull(e.placementCode(PL_TYPE)) + "' (" + e.placementRow() + ")" : null));
    r.add("516", Ssda903ConditionalsJoined.episodes(CEASED, false, e ->
        Set.of("E45", "E46").contains(nonNull(e.code(CEASED))) && e.placement() != null
            && !Set.of("U1", "U2", "U3", "U4", "U5", "U6").contains(nonNull(e.placementCode(PL_TYPE)))
            ? "the child stayed with former foster carers, so the placement must be a foster placement (U1 to U6), not '"
                + nonNull(e.placementCode(PL_TYPE)) + "' (" + e.placementRow() + ")" : null));
    r.add("217", Ssda903ConditionalsJoined.episodes(ClaEpisodesTable.CLA_EPISODE_START_REASON, false, e -> {
      LocalDate start = e.rows().date(Ssda903ConditionalsJoined.EP_START, e.i());
      return start != null && !start.isBefore(LocalDate.of(2015, 4, 1))
          && Set.of("A3", "A5").contains(nonNull(e.placementCode(PL_TYPE)))
          && !Set.of("S", "T", "U").contains(nonNull(e.code(ClaEpisodesTable.CLA_EPISODE_START_REASON)))
          ? "a placement for adoption with current foster carers (A3, A5, " + e.placementRow()
              + ") from 1 April 2015 needs the reason for the new episode S, T or U" : null;
    }));
    r.add("233", Ssda903ConditionalsJoined.episodes(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, false, e ->
        !e.rows().has(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, e.i()) && e.placement() != null
            && e.placements().has(CHANGE, e.placement())
            ? "the episode has not ended, so its placement (" + e.placementRow() + ") takes no reason for a placement change"
            : null));
    r.add("225", Ssda903ConditionalsJoined.episodes(CEASED, false, e -> {
      if (!"X1".equals(e.code(CEASED)) || e.next() == null || e.placement() == null
          || TEMPORARY.contains(nonNull(e.placementCode(PL_TYPE))) || e.placements().has(CHANGE, e.placement())) {
        return null;
      }
      String reason = e.in().canonicalCode(e.rows().table(), ClaEpisodesTable.CLA_EPISODE_START_REASON,
          e.rows().text(ClaEpisodesTable.CLA_EPISODE_START_REASON, e.next()));
      String nextType = e.nextPlacementCode(PL_TYPE);
      return Set.of("P", "B", "T", "U").contains(nonNull(reason)) && nextType != null && !TEMPORARY.contains(nextType)
          ? "the episode ends with X1 and the next (" + e.rows().describe(e.next()) + ") changes placement, so the ending "
              + "placement (" + e.placementRow() + ") needs a reason for the change" : null;
    }));
  }

  private static final String CHANGE = ClaPlacementTable.CLA_PLACEMENT_CHANGE_REASON;

  static String nonNull(String s) {
    return s == null ? "" : s;
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
  }

  /** A decimal cell, or null when empty or not a number (the table pass reports those). */
  static Double number(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
