package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every column and check a decision names carries a note citing it ("decision 42"), so a reader of
 * the spec finds why it is as it is. Columns are matched by their full name, and only names with
 * an underscore (the prefix-less {@code id} of the staging table would match every "row id");
 * checks by their id, or {@code table.check-id}.
 */
final class DecisionNotesRule implements LintRule {

  private final Decisions decisions;

  DecisionNotesRule(Decisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (Map.Entry<Integer, String> d : decisions.rows().entrySet()) {
      int n = d.getKey();
      for (Table table : spec.tables()) {
        for (Field f : table.fields()) {
          if (f.name().contains("_") && decisions.names(n, f.name())) {
            need(n, "column " + table.name() + "." + f.name(), f.notes(), f.location(), out);
          }
        }
        for (Check c : table.checks()) {
          if (decisions.names(n, c.id()) || decisions.names(n, table.name() + "." + c.id())) {
            need(n, "check " + c.id() + " of " + table.name(), c.notes(), c.location(), out);
          }
        }
      }
    }
    return out;
  }

  private static void need(int decision, String what, String notes, SourceLocation at, List<SpecProblem> out) {
    if (!Decisions.citedBy(notes).contains(decision)) {
      out.add(SpecProblem.warning("lint.decision.note", at, "decision " + decision + " names " + what
          + ", whose notes do not cite it; add \"decision " + decision + "\" to its notes"));
    }
  }
}
