package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The SSDA903 rules that compare a child's first episode this year with the episode left open at
 * the end of last year's extract (502, 503A-G, 453): they run only with last year's extract, for a child
 * whose latest episode last year (by start) had no ceased date. Memory: one row index per child.
 */
public final class Ssda903PreviousEpisodes {

  private static final String START = ClaEpisodesTable.CLA_EPISODE_START_DATE;
  private static final String PERSON = ClaEpisodesTable.PERSON_ID;

  /** Placement type changes forced by a withdrawn code: H5 became K3, Z1 was split into Z11 to Z14. */
  private static final Map<String, Set<String>> RECODED = Map.of("H5", Set.of("K3"), "Z1", Set.of("Z11", "Z12", "Z13", "Z14"));

  /** The smallest change of placement distance that is not the return's rounding to a tenth of a mile. */
  private static final BigDecimal ROUNDING = new BigDecimal("0.2");

  private Ssda903PreviousEpisodes() {}

  /** Registers 502, 503A to 503G and 453. */
  static void register(Registry r) {
    r.add("502", new SameAsOpenEpisode("start date", START, (v, e) -> text(v.episodes.date(START, e))));
    r.add("503A", new SameAsOpenEpisode("reason for new episode", ClaEpisodesTable.CLA_EPISODE_START_REASON,
        (v, e) -> blankToNull(Ssda903Rules.upper(v.episodes, ClaEpisodesTable.CLA_EPISODE_START_REASON, e))));
    r.add("503B", new SameAsOpenEpisode("legal status", START, (v, e) -> blankToNull(v.links().status(e))));
    r.add("503C", new SameAsOpenEpisode("category of need", ClaEpisodesTable.CLA_PRIMARY_NEED_CODE,
        (v, e) -> blankToNull(Ssda903Rules.upper(v.episodes, ClaEpisodesTable.CLA_PRIMARY_NEED_CODE, e))));
    r.add("503D", new SameAsOpenEpisode("placement type", START, (v, e) -> blankToNull(v.links().placementType(e))) {
      @Override
      boolean allowed(String now, String before) {
        return now != null && RECODED.getOrDefault(before, Set.of()).contains(now);
      }
    });
    r.add("503E", new SameAsOpenEpisode("placement provider", START, (v, e) -> placement(v, e, ClaPlacementTable.CLA_PLACEMENT_PROVIDER)));
    r.add("503F", new SameAsOpenEpisode("placement's Ofsted URN", START, (v, e) -> placement(v, e, ClaPlacementTable.CLA_PLACEMENT_URN)));
    r.add("503G", new SameDistance(false));
    r.add("453", new SameDistance(true));
  }

  private static String placement(Episodes v, int e, String column) {
    return v.links().value(column, v.links().placement(e));
  }

  private static String text(LocalDate d) {
    return d == null ? null : d.toString();
  }

  /**
   * 503G, and 453 when the first episode's reason for new episode is the open episode's: the
   * placement distance may not change by 0.2 miles or more (the return rounds to a tenth), nor
   * appear where last year's was empty.
   */
  static final class SameDistance extends SameAsOpenEpisode {
    private final boolean sameReasonOnly;

    SameDistance(boolean sameReasonOnly) {
      super("placement distance", START, (v, e) -> placement(v, e, ClaPlacementTable.CLA_PLACEMENT_DISTANCE));
      this.sameReasonOnly = sameReasonOnly;
    }

    @Override
    boolean compares(Episodes now, int i, Episodes before, int j) {
      String reason = ClaEpisodesTable.CLA_EPISODE_START_REASON;
      return !sameReasonOnly || now.episodes.has(reason, i)
          && Ssda903Rules.upper(now.episodes, reason, i).equals(Ssda903Rules.upper(before.episodes, reason, j));
    }

    @Override
    boolean differs(String now, String before) {
      BigDecimal a = miles(now);
      BigDecimal b = miles(before);
      // in decimals, so that 12.5 to 12.7 is the 0.2 it reads as (binary floating point makes it 0.19999...)
      return a != null && (b == null ? before == null : a.subtract(b).abs().compareTo(ROUNDING) >= 0);
    }
  }

  /** A distance in miles, or null when empty or not a number. */
  private static BigDecimal miles(String text) {
    try {
      return text == null ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /** One year's episodes, with the placement and legal status joins made when first asked for. */
  static final class Episodes {
    final Frame episodes;
    private final RuleInput in;
    private EpisodeLinks links;

    Episodes(RuleInput in) {
      this.in = in;
      this.episodes = in.table(Ssda903Rules.EPISODES);
    }

    EpisodeLinks links() {
      if (links == null) {
        links = new EpisodeLinks(in);
      }
      return links;
    }

    /**
     * Each child's episode in the return with the earliest (first) or latest (last) start date;
     * episodes without a start are left out, and the first in file order wins a tie.
     */
    Map<String, Integer> byStart(boolean first) {
      Map<String, Integer> out = new HashMap<>();
      for (int i : in.rows(episodes)) {
        String child = episodes.text(PERSON, i);
        LocalDate day = episodes.date(START, i);
        if (child == null || day == null) {
          continue;
        }
        Integer best = out.get(child);
        if (best == null || (first ? day.isBefore(episodes.date(START, best)) : day.isAfter(episodes.date(START, best)))) {
          out.put(child, i);
        }
      }
      return out;
    }
  }

  /** Reads one item of an episode as the return would write it; null when empty. */
  @FunctionalInterface
  interface EpisodeValue {
    String of(Episodes year, int episode);
  }

  /** An item of the first episode this year must be that of the episode left open at the end of last year. */
  static class SameAsOpenEpisode implements RuleLogic {
    private final String what;
    private final String column;
    private final EpisodeValue value;

    SameAsOpenEpisode(String what, String column, EpisodeValue value) {
      this.what = what;
      this.column = column;
      this.value = value;
    }

    /** Whether a change from last year's value to this year's is one the return allows. */
    boolean allowed(String now, String before) {
      return false;
    }

    /** Whether the rule applies to this pair of episodes (this year's first, last year's open one). */
    boolean compares(Episodes now, int i, Episodes before, int j) {
      return true;
    }

    /** Whether this year's value breaks the rule against last year's; null is an empty value. */
    boolean differs(String now, String before) {
      return !Objects.equals(now, before) && !allowed(now, before);
    }

    @Override
    public void check(RuleInput in, Findings out) {
      Episodes now = new Episodes(in);
      Episodes before = new Episodes(in.previous());
      Map<String, Integer> open = before.byStart(false);
      for (Map.Entry<String, Integer> first : now.byStart(true).entrySet()) {
        Integer j = open.get(first.getKey());
        if (j == null || before.episodes.has(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, j)) {
          continue;
        }
        int i = first.getValue();
        if (!compares(now, i, before, j)) {
          continue;
        }
        String here = value.of(now, i);
        String there = value.of(before, j);
        if (differs(here, there)) {
          out.at(now.episodes, i, column, "the first episode's " + what + " (" + shown(here)
              + ") differs from that of the episode left open in last year's extract (" + shown(there) + " at "
              + before.episodes.describe(j) + ")");
        }
      }
    }

    private static String shown(String v) {
      return v == null ? "empty" : v;
    }
  }
}
