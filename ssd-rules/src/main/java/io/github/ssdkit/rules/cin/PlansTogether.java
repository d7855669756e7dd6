package io.github.ssdkit.rules.cin;

import io.github.ssdkit.model.meta.ApiDataStagingTable;
import io.github.ssdkit.model.meta.CinPlansTable;
import io.github.ssdkit.model.meta.CpPlansTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A child's CIN plans against the same child's child protection plans (4001, 4016, 4017). */
final class PlansTogether {

  private PlansTogether() {}

  /** 4001: a CIN plan and a child protection plan of the same child may not both be open (no end date). */
  static final class BothOpen implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      Frame cin = in.table(CinRules.CIN_PLANS);
      Frame cp = in.table(CinRules.CP_PLANS);
      Map<String, List<Integer>> cpByChild = cp.groupBy(CpPlansTable.PERSON_ID, in.rows(cp));
      for (int i : in.rows(cin)) {
        if (!cin.has(CinPlansTable.CIN_PLAN_START_DATE, i) || cin.has(CinPlansTable.CIN_PLAN_END_DATE, i)) {
          continue;
        }
        for (int j : cpByChild.getOrDefault(cin.text(CinPlansTable.PERSON_ID, i), List.of())) {
          if (!cp.has(CpPlansTable.CP_PLAN_END_DATE, j)) {
            out.at(cin, i, CinPlansTable.CIN_PLAN_END_DATE, "the CIN plan is open at the same time as the open child protection plan "
                + cp.describe(j));
            break;
          }
        }
      }
    }
  }

  /**
   * 4016 (a CIN plan starting during a CP plan) and 4017 (a CP plan starting during a CIN plan):
   * a plan may not start on or after the other's start and before its end (an open plan runs to the
   * reference date, inclusive); starting on the day the other ends is fine.
   */
  static final class StartsDuring implements RuleLogic {
    private final boolean cinStarts;

    StartsDuring(boolean cinStarts) {
      this.cinStarts = cinStarts;
    }

    @Override
    public void check(RuleInput in, Findings out) {
      Frame starting = in.table(cinStarts ? CinRules.CIN_PLANS : CinRules.CP_PLANS);
      Frame running = in.table(cinStarts ? CinRules.CP_PLANS : CinRules.CIN_PLANS);
      String sp = cinStarts ? "cinp_" : "cppl_";
      String rp = cinStarts ? "cppl_" : "cinp_";
      String sStart = cinStarts ? CinPlansTable.CIN_PLAN_START_DATE : CpPlansTable.CP_PLAN_START_DATE;
      String rStart = cinStarts ? CpPlansTable.CP_PLAN_START_DATE : CinPlansTable.CIN_PLAN_START_DATE;
      String rEnd = cinStarts ? CpPlansTable.CP_PLAN_END_DATE : CinPlansTable.CIN_PLAN_END_DATE;
      Map<String, List<Integer>> byChild = running.groupBy(rp + ApiDataStagingTable.PERSON_ID, in.rows(running));
      for (int i : in.rows(starting)) {
        LocalDate start = starting.date(sStart, i);
        if (start == null) {
          continue;
        }
        for (int j : byChild.getOrDefault(starting.text(sp + ApiDataStagingTable.PERSON_ID, i), List.of())) {
          LocalDate otherStart = running.date(rStart, j);
          LocalDate otherEnd = running.date(rEnd, j);
          boolean during = otherStart != null && !start.isBefore(otherStart)
              && (otherEnd != null ? start.isBefore(otherEnd) : !start.isAfter(in.referenceDate()));
          if (during) {
            out.at(starting, i, sStart, "the " + (cinStarts ? "CIN" : "child protection") + " plan starts on " + start
                + ", while the " + (cinStarts ? "child protection" : "CIN") + " plan " + running.describe(j) + " is open");
            break;
          }
        }
      }
    }
  }
}
