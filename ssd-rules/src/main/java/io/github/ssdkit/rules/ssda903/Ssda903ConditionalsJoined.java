package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.AddressTable;
import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.ImmigrationStatusTable;
import io.github.ssdkit.model.meta.LegalStatusTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rules on a return episode's items that the SSD keeps in different tables: a placement with the
 * legal statuses in force during it (an SSDA903 episode is a stretch of one placement under one
 * legal status, so every status during a placement is the LS of one of its episodes; decision 311), and whether
 * the child is, or was, an unaccompanied asylum-seeking child (decision 310). Placements that ended
 * before the period began are not in the return and are not judged.
 */
final class Ssda903ConditionalsJoined {

  private Ssda903ConditionalsJoined() {}

  static final String LS = LegalStatusTable.LEGAL_STATUS;
  static final String LS_START = LegalStatusTable.LEGAL_STATUS_START_DATE;
  static final String LS_END = LegalStatusTable.LEGAL_STATUS_END_DATE;
  static final String PL_START = ClaPlacementTable.CLA_PLACEMENT_START_DATE;
  static final String PL_END = ClaPlacementTable.CLA_PLACEMENT_END_DATE;
  static final String PL_PERSON = ClaPlacementTable.PERSON_ID;

  /** A placement row together with what the return's episodes would say beside it. */
  record Placement(Frame rows, int i, List<String> legalStatuses, List<Integer> legalRows, Frame legal,
      boolean uasc, String homePostcode, RuleInput in) {

    /** Whether every legal status during the placement is a short break (V3, V4) and there is one. */
    boolean shortBreaksOnly() {
      return !legalStatuses.isEmpty() && legalStatuses.stream().allMatch(s -> s.equals("V3") || s.equals("V4"));
    }

    /** The placement's code in a column (canonical, upper case), or null when empty. */
    String code(String column) {
      return in.canonicalCode(rows.table(), column, rows.text(column, i));
    }

    /** Whether any legal status during the placement is one of the codes. */
    boolean underAny(String... codes) {
      return legalStatuses.stream().anyMatch(s -> List.of(codes).contains(s));
    }

    /** The first legal status row during the placement with one of the codes, named for a message. */
    String whichOf(String... codes) {
      for (int k = 0; k < legalStatuses.size(); k++) {
        if (List.of(codes).contains(legalStatuses.get(k))) {
          return "legal status " + legalStatuses.get(k) + " in " + legal.describe(legalRows.get(k));
        }
      }
      return "";
    }
  }

  /** What is wrong with a placement, or null. */
  @FunctionalInterface
  interface PlacementCheck {
    String breach(Placement p);
  }

  /**
   * A rule on each placement open in the period, reported at {@code field}.
   *
   * @param field where the issue points
   * @param legalToo whether the rule reads the legal statuses (its catalogue entry must list them)
   * @param uascToo whether the rule reads the immigration status (its catalogue entry must list it)
   * @param check the condition and message
   */
  static RuleLogic placements(String field, boolean legalToo, boolean uascToo, PlacementCheck check) {
    return placements(field, legalToo, uascToo, false, check);
  }

  /** As {@link #placements(String, boolean, boolean, PlacementCheck)}, also reading the child's home postcode (decision 312). */
  static RuleLogic placements(String field, boolean legalToo, boolean uascToo, boolean homeToo, PlacementCheck check) {
    return (in, out) -> eachPlacement(in, out, field, legalToo, uascToo, homeToo, check);
  }

  private static void eachPlacement(RuleInput in, Findings out, String field, boolean legalToo, boolean uascToo,
      boolean homeToo, PlacementCheck check) {
    Frame f = in.table(Ssda903Rules.PLACEMENTS);
    Frame legal = legalToo ? in.table(Ssda903Rules.LEGAL) : null;
    Map<String, List<Integer>> byPerson = legalToo ? legal.groupBy(LegalStatusTable.PERSON_ID) : Map.of();
    Set<String> uasc = uascToo ? in.kept(Ssda903ConditionalsJoined::uascChildren) : Set.of();
    Frame addresses = homeToo ? in.table(AddressTable.NAME) : null;
    Map<String, List<Integer>> homes = homeToo ? addresses.groupBy(AddressTable.PERSON_ID) : Map.of();
    for (int i : in.rows(f)) {
      LocalDate start = f.date(PL_START, i);
      LocalDate end = f.date(PL_END, i);
      if (end != null && end.isBefore(in.period().start())) {
        continue;
      }
      String person = f.text(PL_PERSON, i);
      List<Integer> rows = new ArrayList<>();
      List<String> codes = new ArrayList<>();
      for (int k : byPerson.getOrDefault(person == null ? "" : person, List.of())) {
        if (start != null && during(legal.date(LS_START, k), legal.date(LS_END, k), start, end)) {
          String code = in.canonicalCode(legal.table(), LS, legal.text(LS, k));
          if (code != null) {
            rows.add(k);
            codes.add(code);
          }
        }
      }
      String home = homeToo ? homePostcode(addresses, homes.getOrDefault(person == null ? "" : person, List.of()), start)
          : null;
      String message = check.breach(new Placement(f, i, codes, rows, legal, uasc.contains(person), home, in));
      if (message != null) {
        out.at(f, i, field, message);
      }
    }
  }

  /**
   * An episode of care in the return with its placement (through {@code clae_cla_placement_id}), the
   * child's next episode (by start date; null for the latest) and the legal status in force on the
   * episode's start (the latest status begun by then and not ended before it; null when none).
   */
  record Episode(Frame rows, int i, Frame placements, Integer placement, Integer next, Integer nextPlacement,
      String legalStatus, RuleInput in) {

    String code(String column) {
      return in.canonicalCode(rows.table(), column, rows.text(column, i));
    }

    /** A code of the episode's placement, or null when it has none or the cell is empty. */
    String placementCode(String column) {
      return placement == null ? null
          : in.canonicalCode(placements.table(), column, placements.text(column, placement));
    }

    /** A code of the next episode's placement, or null when there is none or the cell is empty. */
    String nextPlacementCode(String column) {
      return nextPlacement == null ? null
          : in.canonicalCode(placements.table(), column, placements.text(column, nextPlacement));
    }

    /** The placement row for a message. */
    String placementRow() {
      return placements.describe(placement);
    }
  }

  /** What is wrong with an episode, or null. */
  @FunctionalInterface
  interface EpisodeCheck {
    String breach(Episode e);
  }

  /**
   * A rule on each episode of care in the return, reported at {@code field} of the episode.
   *
   * @param field where the issue points
   * @param legalToo whether the rule reads the legal statuses (its catalogue entry must list them)
   * @param check the condition and message
   */
  static RuleLogic episodes(String field, boolean legalToo, EpisodeCheck check) {
    return (in, out) -> eachEpisode(in, out, field, legalToo, check);
  }

  static final String EP_START = ClaEpisodesTable.CLA_EPISODE_START_DATE;

  private static void eachEpisode(RuleInput in, Findings out, String field, boolean legalToo, EpisodeCheck check) {
    Frame f = in.table(Ssda903Rules.EPISODES);
    Frame placements = in.table(Ssda903Rules.PLACEMENTS);
    Map<String, Integer> placementIds = placements.indexBy(ClaPlacementTable.CLA_PLACEMENT_ID);
    Map<String, List<Integer>> legal = legalToo ? in.table(Ssda903Rules.LEGAL).groupBy(LegalStatusTable.PERSON_ID) : Map.of();
    int[] next = in.kept(Ssda903ConditionalsJoined::nextEpisodes);
    for (int i : in.rows(f)) {
      Integer placement = placementOf(f, i, placementIds);
      Integer after = next[i] < 0 ? null : next[i];
      String status = legalToo ? legalOn(in, legal.getOrDefault(nonNull(f.text(ClaEpisodesTable.PERSON_ID, i)), List.of()),
          f.date(EP_START, i)) : null;
      String message = check.breach(new Episode(f, i, placements, placement, after,
          after == null ? null : placementOf(f, after, placementIds), status, in));
      if (message != null) {
        out.at(f, i, field, message);
      }
    }
  }

  /** For each episode row, the child's next episode by start date, or -1 for the latest (or one with no start). */
  private static int[] nextEpisodes(RuleInput in) {
    Frame f = in.table(Ssda903Rules.EPISODES);
    int[] next = new int[f.size()];
    Arrays.fill(next, -1);
    for (List<Integer> child : f.groupBy(ClaEpisodesTable.PERSON_ID).values()) {
      List<Integer> dated = child.stream().filter(k -> f.day(EP_START, k) != Frame.NO_DATE)
          .sorted(Comparator.comparingInt((Integer k) -> f.day(EP_START, k))).toList();
      for (int k = 0; k + 1 < dated.size(); k++) {
        next[dated.get(k)] = dated.get(k + 1);
      }
    }
    return next;
  }

  private static Integer placementOf(Frame episodes, int i, Map<String, Integer> placementIds) {
    String id = episodes.text(ClaEpisodesTable.CLA_PLACEMENT_ID, i);
    return id == null ? null : placementIds.get(id);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /**
   * The children with an episode of care in the period (in the return and begun by its last day)
   * not under short breaks: the legal status on the episode's start is not V3 or V4 (an episode
   * with no known status counts, as the return would hold it without one).
   */
  static Set<String> notOnlyShortBreaks(RuleInput in) {
    Frame f = in.table(Ssda903Rules.EPISODES);
    Map<String, List<Integer>> legal = in.table(Ssda903Rules.LEGAL).groupBy(LegalStatusTable.PERSON_ID);
    Set<String> out = new HashSet<>();
    for (int i : in.rows(f)) {
      String person = f.text(ClaEpisodesTable.PERSON_ID, i);
      LocalDate start = f.date(EP_START, i);
      if (person == null || start == null || start.isAfter(in.period().end())) {
        continue;
      }
      String status = legalOn(in, legal.getOrDefault(person, List.of()), start);
      if (!"V3".equals(status) && !"V4".equals(status)) {
        out.add(person);
      }
    }
    return out;
  }

  private static String legalOn(RuleInput in, List<Integer> rows, LocalDate day) {
    if (day == null) {
      return null;
    }
    Frame legal = in.table(Ssda903Rules.LEGAL);
    Integer best = null;
    for (int k : rows) {
      LocalDate from = legal.date(LS_START, k);
      if (during(from, legal.date(LS_END, k), day, day)
          && (best == null || from.isAfter(legal.date(LS_START, best)))) {
        best = k;
      }
    }
    return best == null ? null : in.canonicalCode(legal.table(), LS, legal.text(LS, best));
  }

  /**
   * Whether a legal status from {@code from} to {@code to} (open when null) is in force for part of
   * a placement from {@code start} to {@code end}. Each period holds its days from its start up to
   * the day before its end (one beginning and ending on a day holds that day), so a status ending
   * the day the placement begins belongs to the placement before.
   */
  static boolean during(LocalDate from, LocalDate to, LocalDate start, LocalDate end) {
    return from != null && !from.isAfter(last(start, end)) && !start.isAfter(last(from, to));
  }

  private static LocalDate last(LocalDate start, LocalDate end) {
    return end == null ? LocalDate.MAX : end.isAfter(start) ? end.minusDays(1) : start;
  }

  /**
   * The child's home postcode for a placement (decision 312): the postcode of the child's address
   * begun before the placement and not ended before the day before it (the latest begun wins),
   * leaving out addresses whose type names a placement; null when there is none or it has no postcode.
   */
  static String homePostcode(Frame addresses, List<Integer> rows, LocalDate placementStart) {
    if (placementStart == null) {
      return null;
    }
    LocalDate dayBefore = placementStart.minusDays(1);
    Integer best = null;
    for (int k : rows) {
      LocalDate from = addresses.date(AddressTable.ADDRESS_START_DATE, k);
      LocalDate to = addresses.date(AddressTable.ADDRESS_END_DATE, k);
      String type = addresses.text(AddressTable.ADDRESS_TYPE, k);
      if (from == null || from.isAfter(dayBefore) || to != null && to.isBefore(dayBefore)
          || type != null && type.toUpperCase(Locale.ROOT).contains("PLACEMENT")) {
        continue;
      }
      if (best == null || from.isAfter(addresses.date(AddressTable.ADDRESS_START_DATE, best))) {
        best = k;
      }
    }
    return best == null ? null : addresses.text(AddressTable.ADDRESS_POSTCODE, best);
  }

  /** A postcode compared without spaces or case. */
  static String postcodeKey(String postcode) {
    return postcode == null ? null : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /**
   * The children with an ssd_immigration_status row saying they are or were an unaccompanied
   * asylum-seeking child: the status text names UASC or "unaccompanied" (decision 310).
   */
  static Set<String> uascChildren(RuleInput in) {
    Frame f = in.table(ImmigrationStatusTable.NAME);
    Set<String> out = new HashSet<>();
    for (int i = 0; i < f.size(); i++) {
      String status = f.text(ImmigrationStatusTable.IMMIGRATION_STATUS, i);
      String person = f.text(ImmigrationStatusTable.PERSON_ID, i);
      if (person != null && status != null && isUasc(status)) {
        out.add(person);
      }
    }
    return out;
  }

  static boolean isUasc(String status) {
    return Uasc.named(status);
  }
}
