package io.github.ssdkit.rules.ssda903;

import static io.github.ssdkit.rules.ssda903.Ssda903Links.eachRow;

import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.LegalStatusTable;
import io.github.ssdkit.model.meta.PermanenceTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import io.github.ssdkit.rules.ssda903.Ssda903Links.Children;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * SSDA903 rules linking adoption: episodes ending in adoption, placements for adoption and
 * placement orders, against the decisions to place for adoption and the adoption details in
 * ssd_permanence. A decision is a ssd_permanence row with perm_adm_decision_date; the return's
 * adoption details (AD1) are its match date and the adopters' items.
 */
final class Ssda903LinksAdoption {

  private Ssda903LinksAdoption() {}

  /** The items only an adoption has (the return's AD1 beyond the decision date). */
  static final String[] ADOPTION_DETAILS = {PermanenceTable.MATCHED_DATE, PermanenceTable.ADOPTED_BY_CARER_FLAG,
      PermanenceTable.NUMBER_OF_ADOPTERS, PermanenceTable.ADOPTER_SEX, PermanenceTable.ADOPTER_LEGAL_STATUS};
  /** The items about the adopters, which only an adoption has (a match may be recorded before it). */
  static final String[] ADOPTERS = {PermanenceTable.ADOPTED_BY_CARER_FLAG, PermanenceTable.NUMBER_OF_ADOPTERS, PermanenceTable.ADOPTER_SEX,
      PermanenceTable.ADOPTER_LEGAL_STATUS};
  private static final Set<String> ADOPTED = Set.of("E11", "E12");
  private static final String CHILD = PermanenceTable.PERSON_ID;
  private static final String DECIDED = PermanenceTable.ADM_DECISION_DATE;
  private static final String REVERSED = PermanenceTable.DECISION_REVERSED_DATE;
  private static final Set<String> FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");

  static void register(Registry r) {
    r.add("601", eachRow(Ssda903Rules.EPISODES, Ssda903Links.REASON_ENDED, (e, i, in) -> {
      if (!Ssda903Links.adoptedInYear(e, i, in.in)) {
        return null;
      }
      Frame p = in.table(Ssda903Rules.PERMANENCE);
      List<Integer> rows = in.of(Ssda903Rules.PERMANENCE, CHILD, e.text(Ssda903Links.EPISODE_CHILD, i));
      for (int k : rows) {
        if (p.has(DECIDED, k) && allOf(p, k, ADOPTION_DETAILS)) {
          return null;
        }
      }
      return "the child was adopted in the year, so needs the decision date, match date and adopters' details in "
          + (rows.isEmpty() ? "ssd_permanence, which has no row for the child" : p.describe(rows.get(0))
              + (rows.size() > 1 ? " or the child's other rows there" : ""));
    }));
    r.add("558", eachRow(Ssda903Rules.EPISODES, Ssda903Links.REASON_ENDED, (e, i, in) -> {
      if (!Ssda903Links.adoptedInYear(e, i, in.in)) {
        return null;
      }
      int latest = latestDecision(in, e.text(Ssda903Links.EPISODE_CHILD, i));
      Frame p = in.table(Ssda903Rules.PERMANENCE);
      return latest >= 0 && p.has(REVERSED, latest) ? "the child was adopted, but the latest decision to place "
          + "for adoption, " + p.describe(latest) + ", is recorded as reversed" : null;
    }));
    r.add("525", eachRow(Ssda903Rules.PERMANENCE, REVERSED, (p, i, in) -> {
      LocalDate reversed = p.date(REVERSED, i);
      if (reversed == null || reversed.isBefore(in.in.period().start())) {
        return null;
      }
      Frame e = in.table(Ssda903Rules.EPISODES);
      for (int k : in.of(Ssda903Rules.EPISODES, Ssda903Links.EPISODE_CHILD, p.text(CHILD, i))) {
        if (Ssda903Links.adoptedInYear(e, k, in.in)) {
          return "the decision to place for adoption was reversed on " + reversed + ", but the child was adopted in "
              + "the year (" + e.describe(k) + ")";
        }
      }
      return null;
    }));
    r.add("551", eachRow(Ssda903Rules.PLACEMENTS, ClaPlacementTable.CLA_PLACEMENT_TYPE, (f, i, in) -> {
      String type = Ssda903Rules.upper(f, ClaPlacementTable.CLA_PLACEMENT_TYPE, i);
      return FOR_ADOPTION.contains(type) && SequenceTimeline.openInYear(f, ClaPlacementTable.CLA_PLACEMENT_START_DATE,
          ClaPlacementTable.CLA_PLACEMENT_END_DATE, i, in.in) && latestDecision(in, f.text(ClaPlacementTable.PERSON_ID, i)) < 0
          ? "the child is placed for adoption (" + type + "), but ssd_permanence has no date of a decision to place "
              + "the child for adoption"
          : null;
    }));
    r.add("602", eachRow(Ssda903Rules.PERMANENCE, PermanenceTable.NUMBER_OF_ADOPTERS, (p, i, in) -> {
      if (!Ssda903Links.anyOf(p, i, ADOPTERS)) {
        return null;
      }
      Frame e = in.table(Ssda903Rules.EPISODES);
      for (int k : in.of(Ssda903Rules.EPISODES, Ssda903Links.EPISODE_CHILD, p.text(CHILD, i))) {
        LocalDate ended = e.date(Ssda903Links.ENDED, k);
        if (ended != null && !ended.isBefore(in.in.period().start())
            && ADOPTED.contains(Ssda903Rules.upper(e, Ssda903Links.REASON_ENDED, k))) {
          return null;
        }
      }
      return "the row gives the adopters' details, but no episode of care of the child ends in adoption (E11, E12)"
          + " in the year";
    }));
    r.add("553", new PlacementOrder());
    r.add("557", new LeftWithoutAdoption());
    r.add("335", new AdoptedByCarers());
  }

  static boolean allOf(Frame f, int i, String... columns) {
    for (String c : columns) {
      if (!f.has(c, i)) {
        return false;
      }
    }
    return true;
  }

  /** The child's latest decision to place for adoption (by its date), or -1. */
  static int latestDecision(Children in, String child) {
    Frame p = in.table(Ssda903Rules.PERMANENCE);
    int best = -1;
    for (int k : in.of(Ssda903Rules.PERMANENCE, CHILD, child)) {
      LocalDate d = p.date(DECIDED, k);
      if (d != null && (best < 0 || !d.isBefore(p.date(DECIDED, best)))) {
        best = k;
      }
    }
    return best;
  }

  /**
   * 553: a placement order (legal status E1) in the year needs a decision to place for adoption;
   * while the order is still open on 31 March, no decision may be recorded as reversed.
   */
  static final class PlacementOrder implements RuleLogic {
    @Override
    public void check(RuleInput input, Findings out) {
      Children in = new Children(input);
      Frame l = input.table(Ssda903Rules.LEGAL);
      Frame p = input.table(Ssda903Rules.PERMANENCE);
      for (int i : input.rows(l)) {
        if (!"E1".equals(Ssda903Rules.upper(l, LegalStatusTable.LEGAL_STATUS, i)) || !SequenceTimeline.openInYear(l,
            LegalStatusTable.LEGAL_STATUS_START_DATE, LegalStatusTable.LEGAL_STATUS_END_DATE, i, input)) {
          continue;
        }
        String child = l.text(LegalStatusTable.PERSON_ID, i);
        if (latestDecision(in, child) < 0) {
          out.at(l, i, LegalStatusTable.LEGAL_STATUS, "the child is under a placement order (E1), but ssd_permanence has no "
              + "date of a decision to place the child for adoption");
        }
        LocalDate end = l.date(LegalStatusTable.LEGAL_STATUS_END_DATE, i);
        if (end == null || end.isAfter(input.referenceDate())) {
          for (int k : in.of(Ssda903Rules.PERMANENCE, CHILD, child)) {
            if (input.inScope(p, k) && (p.has(REVERSED, k) || p.has(PermanenceTable.DECISION_REVERSED_REASON, k))) {
              out.at(p, k, REVERSED, "the decision to place for adoption is recorded as reversed, but the placement "
                  + "order " + l.describe(i) + " is still open");
            }
          }
        }
      }
    }
  }

  /**
   * 557: a child placed for adoption (A3 to A6) or under a placement order (E1) who left care other
   * than by adoption needs each decision to place for adoption reversed, with date and reason.
   */
  static final class LeftWithoutAdoption implements RuleLogic {
    @Override
    public void check(RuleInput input, Findings out) {
      Children in = new Children(input);
      EpisodeLinks links = new EpisodeLinks(input);
      Frame e = links.episodes;
      Frame p = input.table(Ssda903Rules.PERMANENCE);
      for (int i : input.rows(e)) {
        String reason = Ssda903Rules.upper(e, Ssda903Links.REASON_ENDED, i);
        if (reason.isEmpty() || reason.equals("X1") || reason.equals("E11") || reason.equals("E12")
            || !(FOR_ADOPTION.contains(links.placementType(i)) || links.status(i).equals("E1"))) {
          continue;
        }
        List<Integer> decisions = in.of(Ssda903Rules.PERMANENCE, CHILD, e.text(Ssda903Links.EPISODE_CHILD, i))
            .stream().filter(k -> p.has(DECIDED, k)).toList();
        Integer open = decisions.stream().filter(k -> !p.has(REVERSED, k) || !p.has(PermanenceTable.DECISION_REVERSED_REASON, k))
            .findFirst().orElse(null);
        if (decisions.isEmpty() || open != null) {
          out.at(e, i, Ssda903Links.REASON_ENDED, "the child left care (" + reason + ") while placed for adoption or "
              + "under a placement order, but not by adoption, so the decision to place for adoption needs the date "
              + "and reason it was reversed" + (open == null ? " (ssd_permanence has no decision)" : " in "
              + p.describe(open)));
        }
      }
    }
  }

  /**
   * 335: whether the adopters were the child's foster carers must agree with the placement the child
   * was adopted from: A2, A3, A5 are with the foster carers, A1, A4, A6 are not.
   */
  static final class AdoptedByCarers implements RuleLogic {
    @Override
    public void check(RuleInput input, Findings out) {
      Children in = new Children(input);
      EpisodeLinks links = new EpisodeLinks(input);
      Frame e = links.episodes;
      Frame p = input.table(Ssda903Rules.PERMANENCE);
      for (int i : input.rows(e)) {
        if (!Set.of("E11", "E12").contains(Ssda903Rules.upper(e, Ssda903Links.REASON_ENDED, i))) {
          continue;
        }
        String type = links.placementType(i);
        boolean withCarers = Set.of("A2", "A3", "A5").contains(type);
        boolean notWithCarers = Set.of("A1", "A4", "A6").contains(type);
        for (int k : in.of(Ssda903Rules.PERMANENCE, CHILD, e.text(Ssda903Links.EPISODE_CHILD, i))) {
          String flag = input.canonicalCode(Ssda903Rules.PERMANENCE, PermanenceTable.ADOPTED_BY_CARER_FLAG,
              p.text(PermanenceTable.ADOPTED_BY_CARER_FLAG, k));
          if (withCarers && "N".equals(flag) || notWithCarers && "Y".equals(flag)) {
            out.at(e, i, Ssda903Links.REASON_ENDED, "the child was adopted from placement " + type + ", but "
                + p.describe(k) + " says the adopters " + (withCarers ? "were not" : "were") + " the foster carers");
            break;
          }
        }
      }
    }
  }
}
