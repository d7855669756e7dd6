package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.InvolvementsTable;
import io.github.ssdkit.model.meta.ProfessionalsTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The return's social worker episode rules on ssd_involvements. The return's worker identifier
 * (SW_ID) is the worker's Social Work England registration number, which the SSD holds on the
 * worker's ssd_professionals row (prof_social_worker_registration_no), reached through
 * invo_professional_id; an episode whose worker has no such row or no number has no identifier.
 */
final class Ssda903BasicsWorkers {

  static final String PROFESSIONALS = ProfessionalsTable.NAME;
  static final String START = InvolvementsTable.INVOLVEMENT_START_DATE;
  static final String WORKER = InvolvementsTable.PROFESSIONAL_ID;
  static final String REASON = InvolvementsTable.WORKER_CHANGE_REASON;
  static final String REGISTRATION = ProfessionalsTable.SOCIAL_WORKER_REGISTRATION_NO;

  /** From this day the return also wants the reason for the change of worker (SW01bSTG1). */
  static final LocalDate REASON_FROM = LocalDate.of(2023, 4, 1);

  private Ssda903BasicsWorkers() {}

  /**
   * SW01aSTG1 (episodes starting before 1 April 2023: a start date and the worker's identifier)
   * or SW01bSTG1 (from that day: also the reason for the change). Both report an episode with no
   * start date at all; one with a start that is not a date is left to SW04STG1, as whether it
   * falls before or after 1 April 2023 cannot be told.
   */
  static RuleLogic complete(boolean fromApril2023) {
    return (in, out) -> {
      Frame f = in.table(Ssda903Rules.WORKERS);
      Registrations numbers = new Registrations(in);
      for (int i : in.rows(f)) {
        if (!f.has(START, i)) {
          out.at(f, i, START, "the social worker episode has no start date");
          continue;
        }
        LocalDate start = f.date(START, i);
        if (start == null || start.isBefore(REASON_FROM) == fromApril2023) {
          continue;
        }
        List<String> lacking = new ArrayList<>();
        if (numbers.of(f, i) == null) {
          lacking.add("the worker's registration number (" + numbers.why(f, i) + ")");
        }
        if (fromApril2023 && !f.has(REASON, i)) {
          lacking.add("the reason for the change of worker");
        }
        if (!lacking.isEmpty()) {
          String field = numbers.of(f, i) == null ? WORKER : REASON;
          out.at(f, i, field, "the social worker episode starting " + start
              + (fromApril2023 ? " (on or after 1 April 2023)" : " (before 1 April 2023)") + " lacks "
              + String.join(" and ", lacking));
        }
      }
    };
  }

  /**
   * SW02STG1: the worker's identifier begins with SW (a registration number) or XX (not known),
   * in any case. An episode with no identifier at all is SW01aSTG1's and SW01bSTG1's to report.
   */
  static RuleLogic identifier() {
    return (in, out) -> {
      Frame f = in.table(Ssda903Rules.WORKERS);
      Registrations numbers = new Registrations(in);
      for (int i : in.rows(f)) {
        String number = numbers.of(f, i);
        if (number == null) {
          continue;
        }
        String prefix = number.length() < 2 ? number : number.substring(0, 2).toUpperCase(Locale.ROOT);
        if (!prefix.equals("SW") && !prefix.equals("XX")) {
          out.at(f, i, WORKER, "the social worker's registration number '" + number + "' ("
              + numbers.describe(f, i) + ") does not begin with SW, or XX when not known");
        }
      }
    };
  }

  /** The registration number of each involvement's worker, looked up in ssd_professionals. */
  private static final class Registrations {
    private final Frame people;
    private final Map<String, Integer> byId;

    Registrations(RuleInput in) {
      people = in.table(PROFESSIONALS);
      byId = people.indexBy(ProfessionalsTable.PROFESSIONAL_ID);
    }

    String of(Frame f, int i) {
      String id = f.text(WORKER, i);
      Integer p = id == null ? null : byId.get(id);
      return p == null ? null : people.text(REGISTRATION, p);
    }

    String why(Frame f, int i) {
      String id = f.text(WORKER, i);
      if (id == null) {
        return "no worker is given";
      }
      Integer p = byId.get(id);
      return p == null ? "worker '" + id + "' is not in " + PROFESSIONALS
          : people.describe(p) + " has no " + REGISTRATION;
    }

    String describe(Frame f, int i) {
      return people.describe(byId.get(f.text(WORKER, i)));
    }
  }
}
