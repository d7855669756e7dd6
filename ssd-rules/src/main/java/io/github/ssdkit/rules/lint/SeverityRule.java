package io.github.ssdkit.rules.lint;

import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.rules.RulePack;
import io.github.ssdkit.rules.StatutoryReturn;
import io.github.ssdkit.rules.StatutoryRule;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * In the CIN census a code ending in {@code Q} is a query, which the authority may answer with a
 * reason: it is a warning, and every other CIN code an error. SSDA903 codes carry no such mark.
 */
public final class SeverityRule implements CatalogueRule {

  @Override
  public List<SpecProblem> check(RuleCatalogue catalogue, Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (RulePack pack : catalogue.packs()) {
      if (pack.statutoryReturn() != StatutoryReturn.CIN) {
        continue;
      }
      for (StatutoryRule rule : pack.rules()) {
        Severity expected = rule.code().endsWith("Q") ? Severity.WARNING : Severity.ERROR;
        if (rule.severity() != expected) {
          out.add(SpecProblem.error("rules.lint.severity", rule.location(), rule.id() + " is a"
              + (expected == Severity.WARNING ? " query (its code ends in Q), so its severity is warning"
                  : "n error (its code does not end in Q), so its severity is error")
              + ", not " + rule.severity().label()));
        }
      }
    }
    return out;
  }
}
