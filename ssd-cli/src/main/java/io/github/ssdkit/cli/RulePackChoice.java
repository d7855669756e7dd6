package io.github.ssdkit.cli;

import io.github.ssdkit.rules.run.Period;
import io.github.ssdkit.rules.run.RulePacks;
import io.github.ssdkit.rules.run.StatutoryRuleSet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns {@code --rules} and {@code --period} into rule packs, or says in one line what is wrong. */
final class RulePackChoice {

  private RulePackChoice() {}

  /**
   * @param names the packs asked for, or null for none
   * @param period the period text, or null for each pack's own year
   * @param err where a mistake is explained
   * @return the packs (empty list for none), or empty after explaining a mistake
   */
  static Optional<List<StatutoryRuleSet>> parse(List<String> names, String period, PrintWriter err) {
    Optional<Period> chosen = Optional.empty();
    if (period != null) {
      chosen = Period.parse(period);
      if (chosen.isEmpty()) {
        err.println("ssd: --period '" + period + "' is not START..END with two dates such as 2025-04-01..2026-03-31");
        return Optional.empty();
      }
      if (names == null || names.isEmpty()) {
        err.println("ssd: --period goes with --rules");
        return Optional.empty();
      }
    }
    List<StatutoryRuleSet> out = new ArrayList<>();
    for (String name : names == null ? List.<String>of() : names) {
      Optional<StatutoryRuleSet> pack = RulePacks.select(name.strip(), chosen);
      if (pack.isEmpty()) {
        err.println("ssd: unknown rule pack '" + name.strip() + "'; expected one of " + String.join(", ", RulePacks.names()));
        return Optional.empty();
      }
      out.add(pack.get());
    }
    return Optional.of(out);
  }
}
