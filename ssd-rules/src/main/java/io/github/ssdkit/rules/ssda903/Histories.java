package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.rules.families.Intervals;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Rules on the order of a child's episodes of care or social worker episodes: first, latest, previous. */
final class Histories {

  private Histories() {}

  /** All rows of a table by child, each child's rows in start order (the whole history, not only the year). */
  static Map<String, List<Integer>> byChild(Frame f, String person) {
    return f.groupBy(person);
  }

  /**
   * 142 and SW08STG2: every episode of a child except the latest (by start) must have an end date,
   * and (142) a reason for ending. Only rows in the return are reported.
   */
  static final class EndedUnlessLatest implements RuleLogic {
    private final String table;
    private final String person;
    private final String start;
    private final String end;
    private final String reason;
    private final String what;

    EndedUnlessLatest(String table, String person, String start, String end, String reason, String what) {
      this.table = table;
      this.person = person;
      this.start = start;
      this.end = end;
      this.reason = reason;
      this.what = what;
    }

    @Override
    public void check(RuleInput in, Findings out) {
      Frame f = in.table(table);
      for (List<Integer> rows : f.groupBy(person, in.rows(f)).values()) {
        List<Integer> ordered = Intervals.byStart(f, start, rows);
        for (int k = 0; k < ordered.size() - 1; k++) {
          int i = ordered.get(k);
          boolean noEnd = !f.has(end, i);
          boolean noReason = reason != null && !f.has(reason, i);
          if (noEnd || noReason) {
            out.at(f, i, noEnd ? end : reason, "this " + what + " is followed by " + f.describe(ordered.get(k + 1))
                + ", so it needs " + (noEnd ? "an end date" : "") + (noEnd && noReason ? " and " : "")
                + (noReason ? "a reason for ending" : ""));
          }
        }
      }
    }
  }

  /** 357: a child's first episode of care ever, when it starts in the year, must have the reason S (started to be looked after). */
  static final class FirstIsStart implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      Frame f = in.table(Ssda903Rules.EPISODES);
      for (List<Integer> rows : byChild(f, ClaEpisodesTable.PERSON_ID).values()) {
        List<Integer> ordered = Intervals.byStart(f, ClaEpisodesTable.CLA_EPISODE_START_DATE, rows);
        if (ordered.isEmpty()) {
          continue;
        }
        int first = ordered.get(0);
        LocalDate start = f.date(ClaEpisodesTable.CLA_EPISODE_START_DATE, first);
        if (!start.isBefore(in.period().start()) && in.inScope(f, first)
            && !"S".equals(Ssda903Rules.upper(f, ClaEpisodesTable.CLA_EPISODE_START_REASON, first))) {
          out.at(f, first, ClaEpisodesTable.CLA_EPISODE_START_REASON, "this is the child's first episode of care, so its reason for a new episode must be S");
        }
      }
    }
  }

  /** 199: a child adopted from care (an episode ending E11 or E12) should have no later episode of care. */
  static final class NothingAfterAdoption implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      Frame f = in.table(Ssda903Rules.EPISODES);
      for (List<Integer> rows : byChild(f, ClaEpisodesTable.PERSON_ID).values()) {
        Integer adopted = null;
        for (int i : Intervals.byStart(f, ClaEpisodesTable.CLA_EPISODE_START_DATE, rows)) {
          if (adopted != null && in.inScope(f, i)) {
            out.at(f, i, ClaEpisodesTable.CLA_EPISODE_START_DATE, "the child was adopted when " + f.describe(adopted)
                + " ended, so may have no later episode of care");
          }
          String reason = Ssda903Rules.upper(f, ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, i);
          if (adopted == null && (reason.equals("E11") || reason.equals("E12"))) {
            adopted = i;
          }
        }
      }
    }
  }
}
