package io.github.ssdkit.rules.lint;

import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.rules.RulePack;
import io.github.ssdkit.rules.StatutoryRule;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A code appears once per return: its years are listed in that one entry. */
public final class UniqueCodesRule implements CatalogueRule {

  @Override
  public List<SpecProblem> check(RuleCatalogue catalogue, Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (RulePack pack : catalogue.packs()) {
      Map<String, StatutoryRule> first = new HashMap<>();
      for (StatutoryRule rule : pack.rules()) {
        StatutoryRule earlier = first.putIfAbsent(rule.code(), rule);
        if (earlier != null) {
          out.add(SpecProblem.error("rules.lint.code-unique", rule.location(), rule.id() + " is already listed at "
              + earlier.location() + "; list each code once, with all its years"));
        }
      }
    }
    return out;
  }
}
