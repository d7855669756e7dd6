package io.github.ssdkit.rules.lint;

import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.rules.RulePack;
import io.github.ssdkit.rules.RuleStatus;
import io.github.ssdkit.rules.StatutoryRule;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Every column a rule reads exists in the spec, and a planned rule reads at least one: a rule
 * that names a renamed or removed column would otherwise fail only when someone implements it.
 */
public final class ColumnsExistRule implements CatalogueRule {

  @Override
  public List<SpecProblem> check(RuleCatalogue catalogue, Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (RulePack pack : catalogue.packs()) {
      for (StatutoryRule rule : pack.rules()) {
        for (FieldRef column : rule.reads()) {
          if (spec.table(column.table()).isEmpty()) {
            out.add(SpecProblem.error("rules.lint.column", rule.location(), rule.id() + " reads " + column
                + ", but the spec has no table " + column.table()));
          } else if (spec.resolve(column).isEmpty()) {
            out.add(SpecProblem.error("rules.lint.column", rule.location(), rule.id() + " reads " + column
                + ", but " + column.table() + " has no column " + column.field()));
          }
        }
        if ((rule.status() == RuleStatus.PLANNED || rule.status() == RuleStatus.IMPLEMENTED) && rule.reads().isEmpty()) {
          out.add(SpecProblem.error("rules.lint.reads-empty", rule.location(), rule.id() + " is planned but names"
              + " no SSD column under 'reads'; list the columns it will read"));
        }
      }
    }
    return out;
  }
}
