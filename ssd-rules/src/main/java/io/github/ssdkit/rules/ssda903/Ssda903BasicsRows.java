package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A check of each row of one table in the return, optionally only for the rows of some children
 * (a cohort such as the children adopted in the year, who make up the return's AD1 table). The
 * check returns what is wrong with a row, or null; the issue points at one field.
 */
final class Ssda903BasicsRows implements RuleLogic {

  /** What is wrong with a row, in plain words, or null when nothing is. */
  @FunctionalInterface
  interface Check {
    String problem(Frame f, int i, RuleInput in);
  }

  /** The children whose rows are checked, worked out once per run. */
  @FunctionalInterface
  interface Cohort {
    Set<String> children(RuleInput in);
  }

  private final String table;
  private final String person;
  private final Cohort cohort;
  private final String field;
  private final Check check;

  private Ssda903BasicsRows(String table, String person, Cohort cohort, String field, Check check) {
    this.table = table;
    this.person = person;
    this.cohort = cohort;
    this.field = field;
    this.check = check;
  }

  /** Every row of the table in the return. */
  static Ssda903BasicsRows of(String table, String field, Check check) {
    return new Ssda903BasicsRows(table, null, null, field, check);
  }

  /** The rows of the table whose child (in column {@code person}) is in the cohort. */
  static Ssda903BasicsRows of(String table, String person, Cohort cohort, String field, Check check) {
    return new Ssda903BasicsRows(table, person, cohort, field, check);
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(table);
    Set<String> children = cohort == null ? null : cohort.children(in);
    for (int i : in.rows(f)) {
      if (children != null && !children.contains(f.text(person, i))) {
        continue;
      }
      String problem = check.problem(f, i, in);
      if (problem != null) {
        out.at(f, i, field, problem);
      }
    }
  }

  /**
   * The children adopted in the period: an episode of care in the return that ended with reason
   * E11 or E12 (adopted, by consent or not) on a day of the period. These are the children of the
   * return's AD1 table; reads the episodes' person, end date and end reason.
   */
  static Set<String> adopted(RuleInput in) {
    Frame e = in.table(Ssda903Rules.EPISODES);
    Set<String> out = new HashSet<>();
    for (int i : in.rows(e)) {
      String reason = e.text(ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, i);
      LocalDate end = e.date(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, i);
      if (reason != null && Set.of("E11", "E12").contains(reason.toUpperCase(Locale.ROOT)) && end != null
          && in.period().contains(end)) {
        out.add(e.text(ClaEpisodesTable.PERSON_ID, i));
      }
    }
    return out;
  }
}
