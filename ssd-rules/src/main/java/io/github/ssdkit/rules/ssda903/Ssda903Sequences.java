package io.github.ssdkit.rules.ssda903;

import static io.github.ssdkit.rules.ssda903.SequenceTimeline.eachStep;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.InvolvementsTable;
import io.github.ssdkit.model.meta.PermanenceTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import io.github.ssdkit.rules.ssda903.SequenceTimeline.Rows;
import io.github.ssdkit.rules.ssda903.SequenceTimeline.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * SSDA903 rules on the order of a child's episodes of care, social worker episodes and adoption
 * decisions: what may follow what, same-day handovers, the latest one. Each is a check of one row
 * against the row before or after it (see {@link SequenceTimeline}).
 */
final class Ssda903Sequences {

  private Ssda903Sequences() {}

  static final Rows EPISODES = new Rows(Ssda903Rules.EPISODES, ClaEpisodesTable.PERSON_ID, ClaEpisodesTable.CLA_EPISODE_START_DATE);
  static final Rows WORKERS = new Rows(Ssda903Rules.WORKERS, InvolvementsTable.PERSON_ID, InvolvementsTable.INVOLVEMENT_START_DATE);
  static final Rows DECISIONS = new Rows(Ssda903Rules.PERMANENCE, PermanenceTable.PERSON_ID, PermanenceTable.ADM_DECISION_DATE);

  private static final String START = ClaEpisodesTable.CLA_EPISODE_START_DATE;
  private static final String END = ClaEpisodesTable.CLA_EPISODE_CEASED_DATE;
  private static final String REASON_ENDED = ClaEpisodesTable.CLA_EPISODE_CEASED_REASON;
  private static final String REASON_NEW = ClaEpisodesTable.CLA_EPISODE_START_REASON;
  private static final Set<String> CONTINUING = Set.of("P", "L", "T", "U", "B");

  static void register(Registry r) {
    episodes(r);
    decisions(r);
    socialWorkers(r);
    Ssda903SequencesPlacements.register(r);
  }

  private static void episodes(Registry r) {
    r.add("388", eachStep(EPISODES, REASON_ENDED, Ssda903Sequences::x1NeedsHandover));
    r.add("431", eachStep(EPISODES, REASON_NEW, (f, s, in) -> {
      LocalDate previousEnd = s.hasPrevious() ? f.date(END, s.previous()) : null;
      return "S".equals(Ssda903Rules.upper(f, REASON_NEW, s.row())) && previousEnd != null
          && !f.date(START, s.row()).isAfter(previousEnd)
          ? "the episode starts a new period of care (S), but " + f.describe(s.previous()) + " ended on "
              + previousEnd + ", the same day or later; a same-day handover needs a continuation reason"
          : null;
    }));
    r.add("432", eachStep(EPISODES, REASON_NEW, (f, s, in) -> {
      String before = s.hasPrevious() ? Ssda903Rules.upper(f, REASON_ENDED, s.previous()) : "";
      return !before.isEmpty() && !before.equals("X1") && !"S".equals(Ssda903Rules.upper(f, REASON_NEW, s.row()))
          ? f.describe(s.previous()) + " ended the period of care (" + before
              + "), so this episode starts a new one and its reason must be S"
          : null;
    }));
    r.add("433", eachStep(EPISODES, REASON_NEW, (f, s, in) -> {
      if (!s.hasPrevious() || !CONTINUING.contains(Ssda903Rules.upper(f, REASON_NEW, s.row()))) {
        return null;
      }
      LocalDate previousEnd = f.date(END, s.previous());
      return f.date(START, s.row()).equals(previousEnd) ? null
          : "a continuation episode (reason " + f.text(REASON_NEW, s.row()) + ") must start on the day "
              + f.describe(s.previous()) + " ended" + (previousEnd == null ? ", and that episode has no end date"
              : " (" + previousEnd + ")");
    }));
    r.add("437", eachStep(EPISODES, REASON_ENDED, (f, s, in) -> {
      String reason = Ssda903Rules.upper(f, REASON_ENDED, s.row());
      return (reason.equals("E2") || reason.equals("E15")) && s.hasNext()
          ? "the episode ended with " + reason + " (the child died, or was assessed as 18 or over), but "
              + f.describe(s.next()) + " follows it"
          : null;
    }));
    r.add("504", eachStep(EPISODES, ClaEpisodesTable.CLA_PRIMARY_NEED_CODE, (f, s, in) -> {
      if (!s.hasPrevious() || !"X1".equals(Ssda903Rules.upper(f, REASON_ENDED, s.previous()))
          || !f.date(START, s.row()).equals(f.date(END, s.previous()))) {
        return null;
      }
      String need = Ssda903Rules.upper(f, ClaEpisodesTable.CLA_PRIMARY_NEED_CODE, s.row());
      String before = Ssda903Rules.upper(f, ClaEpisodesTable.CLA_PRIMARY_NEED_CODE, s.previous());
      return need.equals(before) ? null : "the category of need '" + need + "' differs from '" + before + "' in "
          + f.describe(s.previous()) + ", earlier in the same period of care";
    }));
    r.add("377", new HolidayPlacements());
  }

  /** 388: X1 means a new episode starts the day this one ends; a same-day handover must be X1. */
  private static String x1NeedsHandover(Frame f, Step s, RuleInput in) {
    LocalDate end = f.date(END, s.row());
    String reason = Ssda903Rules.upper(f, REASON_ENDED, s.row());
    if (end == null || reason.isEmpty()) {
      return null;
    }
    if (!s.hasNext()) {
      return reason.equals("X1") ? "the episode ended with X1 (a new episode follows), but no episode follows it" : null;
    }
    LocalDate nextStart = f.date(START, s.next());
    if (reason.equals("X1") && !end.equals(nextStart)) {
      return "the episode ended with X1 on " + end + ", but the next episode, " + f.describe(s.next())
          + ", starts on " + nextStart + " instead of the same day";
    }
    if (!reason.equals("X1") && end.equals(nextStart)) {
      return "the child stays looked after (" + f.describe(s.next())
          + " starts the day this episode ends), so the reason it ended must be X1, not " + reason;
    }
    return null;
  }

  /** 377: at most two temporary placements for the foster carers' holiday (T3) in the year. */
  static final class HolidayPlacements implements RuleLogic {
    private static final String TABLE = Ssda903Rules.PLACEMENTS;

    @Override
    public void check(RuleInput in, Findings out) {
      Frame f = in.table(TABLE);
      for (List<Integer> rows : f.groupBy(ClaPlacementTable.PERSON_ID, in.rows(f)).values()) {
        List<Integer> holidays = rows.stream()
            .filter(i -> "T3".equals(Ssda903Rules.upper(f, ClaPlacementTable.CLA_PLACEMENT_TYPE, i))
                && SequenceTimeline.openInYear(f, ClaPlacementTable.CLA_PLACEMENT_START_DATE, ClaPlacementTable.CLA_PLACEMENT_END_DATE, i, in))
            .toList();
        if (holidays.size() > 2) {
          for (int i : holidays) {
            out.at(f, i, ClaPlacementTable.CLA_PLACEMENT_TYPE, "the child has " + holidays.size()
                + " temporary placements for the foster carers' holiday (T3) in the year; at most two are allowed");
          }
        }
      }
    }
  }

  private static void decisions(Registry r) {
    r.add("579", eachStep(DECISIONS, PermanenceTable.ADM_DECISION_DATE, (f, s, in) -> {
      if (!s.hasPrevious()) {
        return null;
      }
      LocalDate reversed = f.date(PermanenceTable.DECISION_REVERSED_DATE, s.previous());
      LocalDate decided = f.date(PermanenceTable.ADM_DECISION_DATE, s.row());
      if (reversed == null) {
        return "a new decision to place for adoption is made while the earlier one, " + f.describe(s.previous())
            + ", has not been reversed";
      }
      return decided.isBefore(reversed) ? "the decision to place for adoption is dated " + decided
          + ", before the earlier decision, " + f.describe(s.previous()) + ", was reversed on " + reversed : null;
    }));
    r.add("583", eachStep(DECISIONS, PermanenceTable.DECISION_REVERSED_DATE, (f, s, in) -> s.hasNext()
        && !f.has(PermanenceTable.DECISION_REVERSED_DATE, s.row())
        ? "a later decision to place for adoption follows (" + f.describe(s.next())
            + "), so this earlier one needs the date it was reversed"
        : null));
  }

  private static void socialWorkers(Registry r) {
    r.add("SW11bSTG2", new LatestSocialWorker(true));
    r.add("SW17STG2", new LatestSocialWorker(false));
  }

  /**
   * SW11bSTG2 and SW17STG2, about a child's latest social worker episode by 31 March (the latest
   * started on or before it): it must still be open then (SW17STG2); ending in the last five days
   * before it (SW11bSTG2) means a following episode is missing.
   */
  static final class LatestSocialWorker implements RuleLogic {
    private final boolean lastDays;

    LatestSocialWorker(boolean lastDays) {
      this.lastDays = lastDays;
    }

    @Override
    public void check(RuleInput in, Findings out) {
      Frame f = in.table(WORKERS.table());
      LocalDate ref = in.referenceDate();
      for (List<Integer> ordered : SequenceTimeline.byChild(f, WORKERS)) {
        int latest = -1;
        for (int i : ordered) {
          if (!f.date(WORKERS.start(), i).isAfter(ref)) {
            latest = i;
          }
        }
        if (latest < 0 || !in.inScope(f, latest)) {
          continue;
        }
        LocalDate end = f.date(InvolvementsTable.INVOLVEMENT_END_DATE, latest);
        if (end == null || end.isAfter(ref)) {
          continue;
        }
        if (!lastDays) {
          out.at(f, latest, InvolvementsTable.INVOLVEMENT_END_DATE, "the child's latest social worker episode ended on " + end
              + ", so none is open on " + ref);
        } else if (!end.isBefore(ref.minusDays(5))) {
          out.at(f, latest, InvolvementsTable.INVOLVEMENT_END_DATE, "the social worker episode ended on " + end
              + ", just before " + ref + ", and no later social worker episode follows it");
        }
      }
    }
  }
}
