package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.LegalStatusTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import io.github.ssdkit.rules.ssda903.SequenceTimeline.Step;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * SSDA903 sequence rules on what an episode of care changes: its placement and legal status
 * against the episode before it (joined by {@link EpisodeLinks}), temporary placements, and the
 * short-break legal statuses.
 */
final class Ssda903SequencesPlacements {

  private Ssda903SequencesPlacements() {}

  private static final String REASON_NEW = ClaEpisodesTable.CLA_EPISODE_START_REASON;
  private static final String REASON_ENDED = ClaEpisodesTable.CLA_EPISODE_CEASED_REASON;
  private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

  /** What a rule says about an episode with its neighbours and links: a message, or null. */
  @FunctionalInterface
  interface LinkedCheck {
    String breach(EpisodeLinks links, Step s, RuleInput in);
  }

  /** A rule checking each episode in the return with its placement, legal status and neighbours. */
  static RuleLogic eachEpisode(String field, LinkedCheck check) {
    return (RuleInput in, Findings out) -> {
      EpisodeLinks links = new EpisodeLinks(in);
      Frame f = links.episodes;
      for (Step s : SequenceTimeline.steps(f, Ssda903Sequences.EPISODES)) {
        if (in.inScope(f, s.row())) {
          String message = check.breach(links, s, in);
          if (message != null) {
            out.at(f, s.row(), field, message);
          }
        }
      }
    };
  }

  static void register(Registry r) {
    r.add("380", eachEpisode(REASON_NEW, (l, s, in) -> {
      String type = l.placementType(s.row());
      String reason = Ssda903Rules.upper(l.episodes, REASON_NEW, s.row());
      return TEMPORARY.contains(type) && !reason.equals("P") && !reason.equals("B")
          ? "the episode is in a temporary placement (" + type + "), which may only follow a change of placement "
              + "(reason P or B), not reason '" + reason + "'"
          : null;
    }));
    r.add("381", eachEpisode(REASON_ENDED, (l, s, in) -> {
      String type = l.placementType(s.row());
      String reason = Ssda903Rules.upper(l.episodes, REASON_ENDED, s.row());
      return TEMPORARY.contains(type) && !reason.isEmpty() && !reason.equals("X1")
          ? "a period of care may not end in a temporary placement (" + type + "), but this episode ended with "
              + reason
          : null;
    }));
    r.add("336", eachEpisode(ClaEpisodesTable.CLA_EPISODE_START_DATE, (l, s, in) -> {
      String type = l.placementType(s.row());
      if (!s.hasPrevious() || !(type.equals("A3") || type.equals("A4"))) {
        return null;
      }
      String before = l.placementType(s.previous());
      return before.matches("A[3-6]|U[1-6]") ? null : "the child is placed for adoption with consent (" + type
          + "), but the episode before, " + l.episodes.describe(s.previous()) + ", was not a foster or adoption "
          + "placement (" + (before.isEmpty() ? "no placement" : before) + ")";
    }));
    r.add("383", new BackFromTemporary());
    r.add("434", eachEpisode(REASON_NEW, (l, s, in) -> {
      if (!s.hasPrevious() || !"L".equals(Ssda903Rules.upper(l.episodes, REASON_NEW, s.row()))) {
        return null;
      }
      boolean sameStatus = l.status(s.row()).equals(l.status(s.previous()));
      boolean samePlacement = l.samePlacement(s.row(), s.previous());
      return sameStatus || !samePlacement ? "reason L says only the legal status changed since "
          + l.episodes.describe(s.previous()) + ", but " + (sameStatus ? "the legal status did not change" : "")
          + (sameStatus && !samePlacement ? " and " : "") + (!samePlacement ? "the placement changed" : "") : null;
    }));
    r.add("435", eachEpisode(REASON_NEW, (l, s, in) -> {
      String reason = Ssda903Rules.upper(l.episodes, REASON_NEW, s.row());
      if (!s.hasPrevious() || !(reason.equals("P") || reason.equals("T"))) {
        return null;
      }
      boolean sameStatus = l.status(s.row()).equals(l.status(s.previous()));
      boolean samePlacement = l.samePlacement(s.row(), s.previous());
      return !sameStatus || samePlacement ? "reason " + reason + " says only the placement changed since "
          + l.episodes.describe(s.previous()) + ", but " + (!sameStatus ? "the legal status changed" : "")
          + (!sameStatus && samePlacement ? " and " : "") + (samePlacement ? "the placement did not change" : "")
          : null;
    }));
    r.add("436", eachEpisode(REASON_NEW, (l, s, in) -> {
      String reason = Ssda903Rules.upper(l.episodes, REASON_NEW, s.row());
      if (!s.hasPrevious() || !(reason.equals("U") || reason.equals("B"))) {
        return null;
      }
      boolean sameStatus = l.status(s.row()).equals(l.status(s.previous()));
      boolean samePlacement = l.samePlacement(s.row(), s.previous());
      return sameStatus || samePlacement ? "reason " + reason + " says both the legal status and the placement changed"
          + " since " + l.episodes.describe(s.previous()) + ", but the " + (sameStatus ? "legal status" : "")
          + (sameStatus && samePlacement ? " and the " : "") + (samePlacement ? "placement" : "") + " did not"
          : null;
    }));
    r.add("426", new ShortBreakStatuses());
  }

  /**
   * 383: after an episode in a temporary placement the child goes back to the placement held before
   * it: the next episode has reason P and the type and postcode of the placement before the temporary one.
   */
  static final class BackFromTemporary implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      EpisodeLinks l = new EpisodeLinks(in);
      Frame f = l.episodes;
      for (List<Integer> ordered : SequenceTimeline.byChild(f, Ssda903Sequences.EPISODES)) {
        for (int k = 2; k < ordered.size(); k++) {
          int now = ordered.get(k);
          int temporary = ordered.get(k - 1);
          int usual = ordered.get(k - 2);
          if (!in.inScope(f, now) || !TEMPORARY.contains(l.placementType(temporary))) {
            continue;
          }
          int p = l.placement(now);
          int q = l.placement(usual);
          boolean back = "P".equals(Ssda903Rules.upper(f, REASON_NEW, now))
              && l.placementType(now).equals(l.placementType(usual))
              && Objects.equals(l.value(ClaPlacementTable.CLA_PLACEMENT_POSTCODE, p),
                  l.value(ClaPlacementTable.CLA_PLACEMENT_POSTCODE, q));
          if (!back) {
            out.at(f, now, REASON_NEW, "after the temporary placement in " + f.describe(temporary)
                + ", the child should return to the placement of " + f.describe(usual)
                + " (reason P, the same placement type and postcode)");
          }
        }
      }
    }
  }

  /** 426: a child may not be under both short-break legal statuses, V3 and V4, in the same year. */
  static final class ShortBreakStatuses implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      Frame f = in.table(Ssda903Rules.LEGAL);
      for (List<Integer> rows : f.groupBy(LegalStatusTable.PERSON_ID, in.rows(f)).values()) {
        List<Integer> breaks = rows.stream().filter(i -> SequenceTimeline.openInYear(f, LegalStatusTable.LEGAL_STATUS_START_DATE,
            LegalStatusTable.LEGAL_STATUS_END_DATE, i, in)).filter(i -> Set.of("V3", "V4").contains(
                Ssda903Rules.upper(f, LegalStatusTable.LEGAL_STATUS, i))).toList();
        if (breaks.stream().map(i -> Ssda903Rules.upper(f, LegalStatusTable.LEGAL_STATUS, i)).distinct().count() == 2) {
          for (int i : breaks) {
            out.at(f, i, LegalStatusTable.LEGAL_STATUS, "the child has both short-break legal statuses, V3 and V4, in the year;"
                + " only one of them may be used");
          }
        }
      }
    }
  }
}
