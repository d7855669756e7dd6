package io.github.ssdkit.rules.ssda903;

import static io.github.ssdkit.rules.ssda903.Ssda903Rules.EPISODES;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.LEGAL;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.MISSING;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.MOTHERS;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.PERMANENCE;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.PLACEMENTS;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.upper;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.LegalStatusTable;
import io.github.ssdkit.model.meta.MissingTable;
import io.github.ssdkit.model.meta.MotherTable;
import io.github.ssdkit.model.meta.PermanenceTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.Period;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The SSDA903 rules that order a date against a date of the same child's rows in another table:
 * adoption decisions and matches against the episodes, placements and legal statuses of care,
 * missing periods against the episodes, a mother's child's birth against her leaving care. The
 * SSD keeps every row ever recorded, so the other table's rows are read as the return would hold
 * them where the rule is about "the" episode or placement of the year (see each rule).
 */
final class Ssda903AgesLinkedDates {

  private static final Set<String> FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");
  private static final Set<String> ADOPTED = Set.of("E11", "E12");

  private Ssda903AgesLinkedDates() {}

  static void register(Registry r) {
    r.add("1003", decisionNotBefore(false));
    r.add("334", decisionNotBefore(true));
    r.add("117", Ssda903AgesLinkedDates::decisionAfterLeaving);
    r.add("118", Ssda903AgesLinkedDates::reversalBeforeCare);
    r.add("331", Ssda903AgesLinkedDates::matchedAfterPlaced);
    r.add("521", decisionAfterPlacedForAdoption(false));
    r.add("552", decisionAfterPlacedForAdoption(true));
    r.add("554", Ssda903AgesLinkedDates::decisionAfterPlacementOrder);
    r.add("578", missingOutsideCare("the missing period starts outside any period of care of the child"));
    r.add("581", missingOutsideCare("the missing period does not start while the child was looked after"));
    r.add("582", Ssda903AgesLinkedDates::adoptedOnMatchDay);
    r.add("625", Ssda903AgesLinkedDates::childBornAfterLeaving);
    r.add("632", Ssda903AgesPreviousPermanence::check);
  }

  /** The row of {@code rows} with the earliest (or latest) date among those {@code keep} accepts, or -1. */
  static int extreme(Frame f, List<Integer> rows, String date, boolean latest, IntPredicate keep) {
    int best = -1;
    for (int j : rows == null ? List.<Integer>of() : rows) {
      LocalDate d = f.date(date, j);
      if (d == null || !keep.test(j)) {
        continue;
      }
      if (best < 0 || (latest ? !d.isBefore(f.date(date, best)) : d.isBefore(f.date(date, best)))) {
        best = j;
      }
    }
    return best;
  }

  /** Whether a row with these dates was open at some time in the period. */
  static boolean openIn(Period p, LocalDate start, LocalDate end) {
    return start != null && !start.isAfter(p.end()) && (end == null || !end.isBefore(p.start()));
  }

  /** 1003 (the first episode starting care, RNE S) and 334 (the latest such episode). */
  private static RuleLogic decisionNotBefore(boolean latest) {
    return (in, out) -> {
      Frame perm = in.table(PERMANENCE);
      Frame e = in.table(EPISODES);
      Map<String, List<Integer>> episodes = e.groupBy(ClaEpisodesTable.PERSON_ID);
      for (int i : in.rows(perm)) {
        LocalDate decided = perm.date(PermanenceTable.ADM_DECISION_DATE, i);
        int j = extreme(e, episodes.get(perm.text(PermanenceTable.PERSON_ID, i)), ClaEpisodesTable.CLA_EPISODE_START_DATE, latest,
            k -> "S".equals(upper(e, ClaEpisodesTable.CLA_EPISODE_START_REASON, k)));
        if (decided != null && j >= 0 && decided.isBefore(e.date(ClaEpisodesTable.CLA_EPISODE_START_DATE, j))) {
          out.at(perm, i, PermanenceTable.ADM_DECISION_DATE, "the decision to place for adoption on " + decided
              + " is before the child started to be looked after on " + e.date(ClaEpisodesTable.CLA_EPISODE_START_DATE, j)
              + " (the " + (latest ? "latest" : "first") + " episode starting care, " + e.describe(j) + ")");
        }
      }
    };
  }

  /** 117: the decision and its reversal may not be after 31 March or after the latest episode ended. */
  private static void decisionAfterLeaving(RuleInput in, Findings out) {
    Frame perm = in.table(PERMANENCE);
    Frame e = in.table(EPISODES);
    Map<String, List<Integer>> episodes = e.groupBy(ClaEpisodesTable.PERSON_ID);
    for (int i : in.rows(perm)) {
      int j = extreme(e, episodes.get(perm.text(PermanenceTable.PERSON_ID, i)), ClaEpisodesTable.CLA_EPISODE_START_DATE, true,
          k -> !"X1".equals(upper(e, ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, k)));
      if (j < 0) {
        continue;
      }
      LocalDate left = e.date(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, j);
      for (String column : List.of(PermanenceTable.ADM_DECISION_DATE, PermanenceTable.DECISION_REVERSED_DATE)) {
        LocalDate d = perm.date(column, i);
        if (d != null && (d.isAfter(in.period().end()) || (left != null && d.isAfter(left)))) {
          out.at(perm, i, column, column + " " + d + " is after " + (d.isAfter(in.period().end())
              ? "the end of the collection year " + in.period().end()
              : "the child's latest episode of care ended on " + left + " (" + e.describe(j) + ")"));
          break;
        }
      }
    }
  }

  /**
   * 118: a reversal in the year may not be before the earliest legal status of the year other than
   * a short break (V3, V4). A reversal before the year is not in the return, so it is not checked.
   */
  private static void reversalBeforeCare(RuleInput in, Findings out) {
    Frame perm = in.table(PERMANENCE);
    Frame l = in.table(LEGAL);
    Map<String, List<Integer>> statuses = l.groupBy(LegalStatusTable.PERSON_ID);
    Period year = in.period();
    for (int i : in.rows(perm)) {
      LocalDate reversed = perm.date(PermanenceTable.DECISION_REVERSED_DATE, i);
      if (reversed == null || reversed.isBefore(year.start())) {
        continue;
      }
      int j = extreme(l, statuses.get(perm.text(PermanenceTable.PERSON_ID, i)), LegalStatusTable.LEGAL_STATUS_START_DATE, false,
          k -> !Set.of("V3", "V4").contains(upper(l, LegalStatusTable.LEGAL_STATUS, k)) && openIn(year,
              l.date(LegalStatusTable.LEGAL_STATUS_START_DATE, k), l.date(LegalStatusTable.LEGAL_STATUS_END_DATE, k)));
      if (j >= 0 && reversed.isBefore(l.date(LegalStatusTable.LEGAL_STATUS_START_DATE, j))) {
        out.at(perm, i, PermanenceTable.DECISION_REVERSED_DATE, "the adoption decision is reversed on " + reversed
            + ", before the child's care in the year began on " + l.date(LegalStatusTable.LEGAL_STATUS_START_DATE, j) + " ("
            + l.describe(j) + ")");
      }
    }
  }

  /** 331: matched with adopters on or before the start of the last placement of an episode ended by adoption. */
  private static void matchedAfterPlaced(RuleInput in, Findings out) {
    Frame perm = in.table(PERMANENCE);
    Frame e = in.table(EPISODES);
    Frame pl = in.table(PLACEMENTS);
    Map<String, List<Integer>> adoptions = e.groupBy(ClaEpisodesTable.PERSON_ID, Arrays.stream(in.rows(e))
        .filter(k -> ADOPTED.contains(upper(e, ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, k))).toArray());
    Map<String, List<Integer>> placements = pl.groupBy(ClaPlacementTable.PERSON_ID);
    for (int i : in.rows(perm)) {
      LocalDate matched = perm.date(PermanenceTable.MATCHED_DATE, i);
      String child = perm.text(PermanenceTable.PERSON_ID, i);
      if (matched == null) {
        continue;
      }
      for (int k : adoptions.getOrDefault(child, List.of())) {
        LocalDate ended = e.date(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, k);
        int j = ended == null ? -1 : extreme(pl, placements.get(child), ClaPlacementTable.CLA_PLACEMENT_START_DATE, true,
            m -> !pl.date(ClaPlacementTable.CLA_PLACEMENT_START_DATE, m).isAfter(ended));
        if (j >= 0 && matched.isAfter(pl.date(ClaPlacementTable.CLA_PLACEMENT_START_DATE, j))) {
          out.at(perm, i, PermanenceTable.MATCHED_DATE, "the child was matched with adopters on " + matched
              + ", after the placement that led to the adoption began on " + pl.date(ClaPlacementTable.CLA_PLACEMENT_START_DATE, j)
              + " (" + pl.describe(j) + ", adoption ended " + e.describe(k) + ")");
          break;
        }
      }
    }
  }

  /**
   * 521 (every decision) and 552 (the child's latest decision): the decision must be on or before
   * the first placement for adoption (A3 to A6) open in the year.
   */
  private static RuleLogic decisionAfterPlacedForAdoption(boolean latestOnly) {
    return (in, out) -> {
      Frame perm = in.table(PERMANENCE);
      Frame pl = in.table(PLACEMENTS);
      Map<String, List<Integer>> placements = pl.groupBy(ClaPlacementTable.PERSON_ID);
      Map<String, List<Integer>> decisions = perm.groupBy(PermanenceTable.PERSON_ID, in.rows(perm));
      for (Map.Entry<String, List<Integer>> child : decisions.entrySet()) {
        int j = extreme(pl, placements.get(child.getKey()), ClaPlacementTable.CLA_PLACEMENT_START_DATE, false,
            k -> FOR_ADOPTION.contains(upper(pl, ClaPlacementTable.CLA_PLACEMENT_TYPE, k)) && openIn(in.period(),
                pl.date(ClaPlacementTable.CLA_PLACEMENT_START_DATE, k), pl.date(ClaPlacementTable.CLA_PLACEMENT_END_DATE, k)));
        if (j < 0) {
          continue;
        }
        LocalDate placed = pl.date(ClaPlacementTable.CLA_PLACEMENT_START_DATE, j);
        int last = extreme(perm, child.getValue(), PermanenceTable.ADM_DECISION_DATE, true, k -> true);
        for (int i : child.getValue()) {
          LocalDate decided = perm.date(PermanenceTable.ADM_DECISION_DATE, i);
          if (decided != null && decided.isAfter(placed) && (!latestOnly || i == last)) {
            out.at(perm, i, PermanenceTable.ADM_DECISION_DATE, "the decision to place for adoption on " + decided
                + " is after the child was placed for adoption on " + placed + " (" + pl.describe(j) + ")");
          }
        }
      }
    };
  }

  /** 554: the decision must be on or before the first placement order (E1) of the year began. */
  private static void decisionAfterPlacementOrder(RuleInput in, Findings out) {
    Frame perm = in.table(PERMANENCE);
    Frame l = in.table(LEGAL);
    Map<String, List<Integer>> statuses = l.groupBy(LegalStatusTable.PERSON_ID);
    for (int i : in.rows(perm)) {
      LocalDate decided = perm.date(PermanenceTable.ADM_DECISION_DATE, i);
      int j = extreme(l, statuses.get(perm.text(PermanenceTable.PERSON_ID, i)), LegalStatusTable.LEGAL_STATUS_START_DATE, false,
          k -> "E1".equals(upper(l, LegalStatusTable.LEGAL_STATUS, k)) && openIn(in.period(),
              l.date(LegalStatusTable.LEGAL_STATUS_START_DATE, k), l.date(LegalStatusTable.LEGAL_STATUS_END_DATE, k)));
      if (decided != null && j >= 0 && decided.isAfter(l.date(LegalStatusTable.LEGAL_STATUS_START_DATE, j))) {
        out.at(perm, i, PermanenceTable.ADM_DECISION_DATE, "the decision to place for adoption on " + decided
            + " is after the placement order (E1) began on " + l.date(LegalStatusTable.LEGAL_STATUS_START_DATE, j) + " ("
            + l.describe(j) + ")");
      }
    }
  }

  /** 578 and 581: a missing period must start on a day within one of the child's episodes of care. */
  private static RuleLogic missingOutsideCare(String what) {
    return (in, out) -> {
      Frame m = in.table(MISSING);
      Frame e = in.table(EPISODES);
      Map<String, List<Integer>> episodes = e.groupBy(ClaEpisodesTable.PERSON_ID);
      for (int i : in.rows(m)) {
        LocalDate start = m.date(MissingTable.MISSING_EPISODE_START_DATE, i);
        List<Integer> rows = episodes.get(m.text(MissingTable.PERSON_ID, i));
        if (start == null || rows == null) {
          continue;
        }
        boolean inCare = rows.stream().anyMatch(k -> {
          LocalDate from = e.date(ClaEpisodesTable.CLA_EPISODE_START_DATE, k);
          LocalDate to = e.date(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, k);
          return from != null && !start.isBefore(from) && (to == null || !start.isAfter(to));
        });
        if (!inCare) {
          out.at(m, i, MissingTable.MISSING_EPISODE_START_DATE, what + ": it starts on " + start);
        }
      }
    };
  }

  /** 582: an adoption is queried when it ends care on the day the child was matched with adopters. */
  private static void adoptedOnMatchDay(RuleInput in, Findings out) {
    Frame e = in.table(EPISODES);
    Frame perm = in.table(PERMANENCE);
    Map<String, List<Integer>> matches = perm.groupBy(PermanenceTable.PERSON_ID);
    for (int i : in.rows(e)) {
      LocalDate ended = e.date(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, i);
      if (ended == null || !ADOPTED.contains(upper(e, ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, i))) {
        continue;
      }
      for (int j : matches.getOrDefault(e.text(ClaEpisodesTable.PERSON_ID, i), List.of())) {
        if (ended.equals(perm.date(PermanenceTable.MATCHED_DATE, j))) {
          out.at(e, i, ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, "the adoption on " + ended
              + " is on the same day the child was matched with adopters (" + perm.describe(j) + ")");
          break;
        }
      }
    }
  }

  /** 625: a mother's child may not be born after 31 March, nor after the mother's latest episode of care ended. */
  private static void childBornAfterLeaving(RuleInput in, Findings out) {
    Frame m = in.table(MOTHERS);
    Frame e = in.table(EPISODES);
    Map<String, List<Integer>> episodes = e.groupBy(ClaEpisodesTable.PERSON_ID);
    for (int i : in.rows(m)) {
      LocalDate born = m.date(MotherTable.CHILDS_DOB, i);
      if (born == null) {
        continue;
      }
      int j = extreme(e, episodes.get(m.text(MotherTable.PERSON_ID, i)), ClaEpisodesTable.CLA_EPISODE_START_DATE, true, k -> true);
      LocalDate left = j < 0 ? null : e.date(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, j);
      if (born.isAfter(in.period().end())) {
        out.at(m, i, MotherTable.CHILDS_DOB, "the mother's child is born on " + born + ", after the end of the collection year "
            + in.period().end());
      } else if (left != null && born.isAfter(left)) {
        out.at(m, i, MotherTable.CHILDS_DOB, "the mother's child is born on " + born + ", after the mother left care on "
            + left + " (" + e.describe(j) + ")");
      }
    }
  }
}
