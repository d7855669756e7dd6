package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.CareLeaversTable;
import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.MissingTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SSDA903 rules that follow a child's history across the two years' returns: episodes before
 * the year need last year's (NoE), a missing period open at the end of last year comes back (576),
 * a care leaver whose care was still open last year has episodes now (1010), and the first episode
 * before the year is last year's final one (562). They run only
 * with last year's extract. Memory: a set or a map of rows by child.
 */
final class Ssda903PreviousHistories {

  private static final String EPISODE_START = ClaEpisodesTable.CLA_EPISODE_START_DATE;

  private Ssda903PreviousHistories() {}

  static void register(Registry r) {
    r.add("NoE", new EpisodesLastYear());
    r.add("576", new OpenMissingReturns());
    r.add("1010", new CareLeaverStillInCare());
    r.add("562", new ContinuesLastYear());
  }

  /** The children with an episode in a year's return. */
  private static Set<String> childrenWithEpisodes(RuleInput in) {
    Frame episodes = in.table(Ssda903Rules.EPISODES);
    Set<String> out = new HashSet<>();
    for (int i : in.rows(episodes)) {
      String child = episodes.text(ClaEpisodesTable.PERSON_ID, i);
      if (child != null) {
        out.add(child);
      }
    }
    return out;
  }

  /**
   * 562: a child's earliest episode starting before the year must start when the child's latest
   * episode (by start) in last year's extract did.
   */
  static final class ContinuesLastYear implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      RuleInput last = in.previous();
      Frame before = last.table(Ssda903Rules.EPISODES);
      Map<String, LocalDate> latest = new HashMap<>();
      for (int j : last.rows(before)) {
        String child = before.text(ClaEpisodesTable.PERSON_ID, j);
        LocalDate start = before.date(EPISODE_START, j);
        if (child != null && start != null) {
          latest.merge(child, start, (a, b) -> b.isAfter(a) ? b : a);
        }
      }
      Frame episodes = in.table(Ssda903Rules.EPISODES);
      Map<String, Integer> earliest = new HashMap<>();
      for (int i : in.rows(episodes)) {
        String child = episodes.text(ClaEpisodesTable.PERSON_ID, i);
        LocalDate start = episodes.date(EPISODE_START, i);
        if (child != null && start != null && start.isBefore(in.period().start())) {
          earliest.merge(child, i, (a, b) -> episodes.date(EPISODE_START, b).isBefore(episodes.date(EPISODE_START, a)) ? b : a);
        }
      }
      earliest.forEach((child, i) -> {
        LocalDate there = latest.get(child);
        if (!episodes.date(EPISODE_START, i).equals(there)) {
          out.at(episodes, i, EPISODE_START, "the child's first episode starting before the year does not start when the "
              + "latest episode in last year's extract did (" + (there == null ? "the child has none there" : there) + ")");
        }
      });
    }
  }

  /** NoE: an episode starting before the year needs the child to have episodes in last year's return. */
  static final class EpisodesLastYear implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      Set<String> lastYear = childrenWithEpisodes(in.previous());
      Frame episodes = in.table(Ssda903Rules.EPISODES);
      for (int i : in.rows(episodes)) {
        LocalDate start = episodes.date(EPISODE_START, i);
        String child = episodes.text(ClaEpisodesTable.PERSON_ID, i);
        if (start != null && child != null && start.isBefore(in.period().start()) && !lastYear.contains(child)) {
          out.at(episodes, i, EPISODE_START, "the episode starts before the year (" + start
              + "), but last year's extract has no episode of the child");
        }
      }
    }
  }

  /**
   * 576: a child's first missing period this year (by start; one without a start counts as last)
   * must start when a missing period left open in last year's extract did.
   */
  static final class OpenMissingReturns implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      RuleInput last = in.previous();
      Frame before = last.table(Ssda903Rules.MISSING);
      Map<String, List<Integer>> open = new HashMap<>();
      for (int j : last.rows(before)) {
        String child = before.text(MissingTable.PERSON_ID, j);
        if (child != null && !before.has(MissingTable.MISSING_EPISODE_END_DATE, j)
            && before.date(MissingTable.MISSING_EPISODE_START_DATE, j) != null) {
          open.computeIfAbsent(child, c -> new ArrayList<>(1)).add(j);
        }
      }
      Frame now = in.table(Ssda903Rules.MISSING);
      Map<String, Integer> first = new HashMap<>();
      for (int i : in.rows(now)) {
        String child = now.text(MissingTable.PERSON_ID, i);
        if (child != null) {
          first.merge(child, i, (a, b) -> startOrLast(now, b).isBefore(startOrLast(now, a)) ? b : a);
        }
      }
      first.forEach((child, i) -> {
        for (int j : open.getOrDefault(child, List.of())) {
          LocalDate there = before.date(MissingTable.MISSING_EPISODE_START_DATE, j);
          if (!there.equals(now.date(MissingTable.MISSING_EPISODE_START_DATE, i))) {
            out.at(now, i, MissingTable.MISSING_EPISODE_START_DATE, "the child's first missing period this year does not "
                + "start when the one left open in last year's extract did (" + there + " at " + before.describe(j) + ")");
            return;
          }
        }
      });
    }

    private static LocalDate startOrLast(Frame f, int i) {
      LocalDate d = f.date(MissingTable.MISSING_EPISODE_START_DATE, i);
      return d == null ? LocalDate.MAX : d;
    }
  }

  /** 1010: a care leaver whose latest episode last year was still open needs episodes this year. */
  static final class CareLeaverStillInCare implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      RuleInput last = in.previous();
      Frame before = last.table(Ssda903Rules.EPISODES);
      Map<String, Integer> latest = new HashMap<>();
      for (int j : last.rows(before)) {
        String child = before.text(ClaEpisodesTable.PERSON_ID, j);
        LocalDate start = before.date(EPISODE_START, j);
        if (child != null && start != null) {
          latest.merge(child, j, (a, b) -> before.date(EPISODE_START, b).isAfter(before.date(EPISODE_START, a)) ? b : a);
        }
      }
      Set<String> thisYear = childrenWithEpisodes(in);
      Frame leavers = in.table(Ssda903Rules.CARE_LEAVERS);
      for (int i : in.rows(leavers)) {
        String child = leavers.text(CareLeaversTable.PERSON_ID, i);
        Integer j = child == null ? null : latest.get(child);
        if (j != null && !before.has(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, j) && !thisYear.contains(child)) {
          out.at(leavers, i, CareLeaversTable.PERSON_ID, "the care leaver has no episode this year, but last year's extract "
              + "ends with an open episode (" + before.describe(j) + ")");
        }
      }
    }
  }
}
