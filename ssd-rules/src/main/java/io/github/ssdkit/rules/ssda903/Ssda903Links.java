package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.CareLeaversTable;
import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.PermanenceTable;
import io.github.ssdkit.rules.families.Intervals;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SSDA903 rules linking a child's rows across tables: care leaver details against how care ended,
 * adoption details against adoption, missing periods against episodes, previous permanence
 * against the start of care. Each rule is a lookup of the child's rows in a second table; only
 * rows in the return are reported, and the message names the rows of the other table involved.
 */
final class Ssda903Links {

  private Ssda903Links() {}

  static final String EPISODE_CHILD = ClaEpisodesTable.PERSON_ID;
  static final String ENDED = ClaEpisodesTable.CLA_EPISODE_CEASED_DATE;
  static final String REASON_ENDED = ClaEpisodesTable.CLA_EPISODE_CEASED_REASON;
  private static final Set<String> ADOPTED = Set.of("E11", "E12");

  /** What a rule says about one row given the child's rows elsewhere: a message, or null. */
  @FunctionalInterface
  interface RowCheck {
    String breach(Frame f, int i, Children in);
  }

  /**
   * The input of one rule run with each child's rows of the other tables (the whole table, so
   * history counts), grouped once per table and run.
   */
  static final class Children {
    final RuleInput in;
    private final Map<String, Map<String, List<Integer>>> grouped = new HashMap<>();

    Children(RuleInput in) {
      this.in = in;
    }

    Frame table(String name) {
      return in.table(name);
    }

    /** A child's rows of a table, in file order; empty when none or when the child is not named. */
    List<Integer> of(String table, String person, String child) {
      if (child == null) {
        return List.of();
      }
      return grouped.computeIfAbsent(table, t -> in.table(t).groupBy(person)).getOrDefault(child, List.of());
    }
  }

  /** A rule checking each row in the return of {@code table}, reported at {@code field}. */
  static RuleLogic eachRow(String table, String field, RowCheck check) {
    return (RuleInput in, Findings out) -> {
      Frame f = in.table(table);
      Children c = new Children(in);
      for (int i : in.rows(f)) {
        String message = check.breach(f, i, c);
        if (message != null) {
          out.at(f, i, field, message);
        }
      }
    };
  }

  static boolean anyOf(Frame f, int i, String... columns) {
    for (String c : columns) {
      if (f.has(c, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an episode ended by adoption (E11, E12) within the collection period. */
  static boolean adoptedInYear(Frame e, int i, RuleInput in) {
    LocalDate ended = e.date(ENDED, i);
    return ended != null && in.period().contains(ended) && ADOPTED.contains(Ssda903Rules.upper(e, REASON_ENDED, i));
  }

  static void register(Registry r) {
    careLeavers(r);
    Ssda903LinksAdoption.register(r);
    Ssda903LinksMissing.register(r);
    Ssda903LinksPeople.register(r);
    Ssda903LinksCohort.register(r);
  }

  private static final String[] LEAVER_DETAILS = {CareLeaversTable.CARE_LEAVER_IN_TOUCH, CareLeaversTable.CARE_LEAVER_ACTIVITY,
      CareLeaversTable.CARE_LEAVER_ACCOMMODATION};

  private static void careLeavers(Registry r) {
    r.add("1000", eachRow(Ssda903Rules.CARE_LEAVERS, CareLeaversTable.CARE_LEAVER_IN_TOUCH, (f, i, in) -> {
      if (!anyOf(f, i, LEAVER_DETAILS)) {
        return null;
      }
      Frame e = in.table(Ssda903Rules.EPISODES);
      for (int k : in.of(Ssda903Rules.EPISODES, EPISODE_CHILD, f.text(CareLeaversTable.PERSON_ID, i))) {
        if ("E2".equals(Ssda903Rules.upper(e, REASON_ENDED, k))) {
          return "the child died in care (" + e.describe(k) + " ended E2), so takes no care leaver details";
        }
      }
      return null;
    }));
    r.add("1011", eachRow(Ssda903Rules.CARE_LEAVERS, CareLeaversTable.CARE_LEAVER_IN_TOUCH, (f, i, in) -> {
      if (!anyOf(f, i, LEAVER_DETAILS)) {
        return null;
      }
      Frame e = in.table(Ssda903Rules.EPISODES);
      List<Integer> episodes = Intervals.byStart(e, ClaEpisodesTable.CLA_EPISODE_START_DATE,
          in.of(Ssda903Rules.EPISODES, EPISODE_CHILD, f.text(CareLeaversTable.PERSON_ID, i)));
      if (episodes.isEmpty()) {
        return null;
      }
      int last = episodes.get(episodes.size() - 1);
      return "E3".equals(Ssda903Rules.upper(e, REASON_ENDED, last)) ? "the young person's last episode of care, "
          + e.describe(last) + ", ended with a transfer to another authority (E3), so takes no care leaver details"
          : null;
    }));
    r.add("134", eachRow(Ssda903Rules.PERMANENCE, PermanenceTable.ADM_DECISION_DATE, (f, i, in) -> {
      if (!anyOf(f, i, Ssda903LinksAdoption.ADOPTION_DETAILS)) {
        return null;
      }
      Frame c = in.table(Ssda903Rules.CARE_LEAVERS);
      for (int k : in.of(Ssda903Rules.CARE_LEAVERS, CareLeaversTable.PERSON_ID, f.text(PermanenceTable.PERSON_ID, i))) {
        if (anyOf(c, k, LEAVER_DETAILS)) {
          return "the young person has care leaver details (" + c.describe(k) + "), so may have no adoption details";
        }
      }
      return null;
    }));
  }
}
