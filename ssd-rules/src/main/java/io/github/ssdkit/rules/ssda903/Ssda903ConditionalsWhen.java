package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The "when this cell says V, that cell must (not) be given / be one of L" rules of one row:
 * {@code when(PLACEMENTS, "clap_cla_placement_provider", in("PR4")).then("clap_cla_placement_type",
 * notIn("P1"), "...")}. Codes are read through the SSD code set's aliases and compared without
 * regard to case (decision 296); every condition must hold for the demand to be checked. One issue
 * per breaking row, at the demanded field, ending with the value found.
 */
final class Ssda903ConditionalsWhen implements RuleLogic {

  /** A test on one cell's value: the code as the code set spells it, upper case, or null when empty. */
  @FunctionalInterface
  interface Test {
    boolean holds(String value);
  }

  /** The cell is not empty. */
  static Test given() {
    return v -> v != null;
  }

  /** The cell is empty. */
  static Test empty() {
    return v -> v == null;
  }

  /** The cell holds one of the codes. */
  static Test in(String... codes) {
    Set<String> set = Set.of(codes);
    return v -> v != null && set.contains(v);
  }

  /** The cell holds one of the codes. */
  static Test in(Set<String> codes) {
    return v -> v != null && codes.contains(v);
  }

  /** The cell is empty or holds none of the codes. */
  static Test notIn(String... codes) {
    Test in = in(codes);
    return v -> !in.holds(v);
  }

  /** The cell is empty or holds none of the codes. */
  static Test notIn(Set<String> codes) {
    return v -> !codes.contains(v);
  }

  private record Condition(String column, Test test) {}

  /** The conditions of a rule, before its demand is given. */
  static final class When {
    private final String table;
    private final List<Condition> conditions = new ArrayList<>();
    private String endColumn;

    private When(String table) {
      this.table = table;
    }

    /** A further condition that must hold too. */
    When and(String column, Test test) {
      conditions.add(new Condition(column, test));
      return this;
    }

    /**
     * Only rows still open when the period begins (their end date, {@code endColumn}, empty or not
     * before the period's first day): the return holds placements open during its year, not the
     * SSD's whole history.
     */
    When openInPeriod(String endColumn) {
      this.endColumn = endColumn;
      return this;
    }

    /**
     * The rule: where every condition holds, {@code field} must pass {@code demand}.
     *
     * @param field the cell demanded, where the issue points
     * @param demand what it must hold
     * @param message what is wrong with a breaking row, in plain words
     * @return the rule
     */
    RuleLogic then(String field, Test demand, String message) {
      return new Ssda903ConditionalsWhen(table, List.copyOf(conditions), endColumn, field, demand, message);
    }
  }

  /** A rule on a table's rows whose {@code column} passes {@code test}. */
  static When when(String table, String column, Test test) {
    return new When(table).and(column, test);
  }

  /** Codes listed for a message: {@code A3, A4, A5}. */
  static String list(Set<String> codes) {
    return String.join(", ", new TreeSet<>(codes));
  }

  private final String table;
  private final List<Condition> conditions;
  private final String endColumn;
  private final String field;
  private final Test demand;
  private final String message;

  private Ssda903ConditionalsWhen(String table, List<Condition> conditions, String endColumn, String field,
      Test demand, String message) {
    this.table = table;
    this.conditions = conditions;
    this.endColumn = endColumn;
    this.field = field;
    this.demand = demand;
    this.message = message;
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(table);
    for (int i : in.rows(f)) {
      if (applies(in, f, i) && !demand.holds(value(in, f, field, i))) {
        String found = f.text(field, i);
        out.at(f, i, field, message + (found == null ? " (none given)" : " (found '" + found + "')"));
      }
    }
  }

  private boolean applies(RuleInput in, Frame f, int i) {
    if (endColumn != null) {
      LocalDate end = f.date(endColumn, i);
      if (end != null && end.isBefore(in.period().start())) {
        return false;
      }
    }
    for (Condition c : conditions) {
      if (!c.test().holds(value(in, f, c.column(), i))) {
        return false;
      }
    }
    return true;
  }

  private static String value(RuleInput in, Frame f, String column, int i) {
    return in.canonicalCode(f.table(), column, f.text(column, i));
  }
}
