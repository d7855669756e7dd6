package io.github.ssdkit.rules.lint;

import io.github.ssdkit.rules.CollectionYear;
import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.rules.RulePack;
import io.github.ssdkit.rules.StatutoryRule;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/** A pack covers at least one year, and its rules and year notes name only the years it covers. */
public final class YearsRule implements CatalogueRule {

  @Override
  public List<SpecProblem> check(RuleCatalogue catalogue, Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (RulePack pack : catalogue.packs()) {
      if (pack.years().isEmpty()) {
        out.add(SpecProblem.error("rules.lint.years", pack.location(), "the " + pack.statutoryReturn().id()
            + " pack covers no collection year; list them under 'years'"));
      }
      for (StatutoryRule rule : pack.rules()) {
        for (CollectionYear year : rule.years()) {
          if (!pack.years().contains(year)) {
            out.add(SpecProblem.error("rules.lint.years", rule.location(), rule.id() + " applies in " + year
                + ", which the pack does not cover (it covers " + pack.years() + ")"));
          }
        }
      }
      for (RulePack.YearNote note : pack.yearNotes()) {
        if (!pack.years().contains(note.year())) {
          out.add(SpecProblem.error("rules.lint.years", pack.location(), "a year note names " + note.year()
              + ", which the pack does not cover"));
        }
      }
    }
    return out;
  }
}
