package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Every check says where it comes from in its {@code notes}: a decision, a statutory rule, the
 * guidance. A rule nobody can trace cannot be judged when an authority disputes it.
 */
final class CheckSourceRule implements LintRule {

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (Table table : spec.tables()) {
      for (Check check : table.checks()) {
        if (check.notes().isBlank()) {
          out.add(SpecProblem.warning("lint.check.source", check.location(), "check '" + check.id() + "' of "
              + table.name() + " has no notes saying where it comes from (a decision, a statutory rule)"));
        }
      }
    }
    return out;
  }
}
