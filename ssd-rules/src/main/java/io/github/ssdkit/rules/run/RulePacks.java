package io.github.ssdkit.rules.run;

import io.github.ssdkit.rules.CollectionYear;
import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.rules.RuleStatus;
import io.github.ssdkit.rules.StatutoryRule;
import java.util.List;
import java.util.Optional;

/**
 * Chooses rule packs by name, as users write them ({@code cin-2025-26}, {@code ssda903-2026-27}),
 * from the bundled catalogue, for the validator's {@code withRules}:
 *
 * <pre>{@code
 * ValidationOptions options = ValidationOptions.defaults()
 *     .withRules(List.of(RulePacks.select("cin-2025-26", Optional.empty()).orElseThrow()));
 * }</pre>
 */
public final class RulePacks {

  private RulePacks() {}

  /** The names of every rule pack that can be chosen, in catalogue order. */
  public static List<String> names() {
    return RuleCatalogue.bundled().ruleSetNames();
  }

  /**
   * The implemented rules of a named pack.
   *
   * @param name such as {@code cin-2025-26}
   * @param period the collection period; empty for the pack's year (1 April to 31 March)
   * @return the pack, or empty for an unknown name
   */
  public static Optional<StatutoryRuleSet> select(String name, Optional<Period> period) {
    return select(RuleCatalogue.bundled(), name, period);
  }

  /** As {@link #select(String, Optional)}, from another catalogue. */
  public static Optional<StatutoryRuleSet> select(RuleCatalogue catalogue, String name, Optional<Period> period) {
    Optional<List<StatutoryRule>> rules = catalogue.ruleSet(name);
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    CollectionYear year = CollectionYear.parse(name.substring(name.indexOf('-') + 1)).orElseThrow();
    List<StatutoryRule> running = rules.get().stream().filter(r -> r.status() == RuleStatus.IMPLEMENTED).toList();
    return Optional.of(new StatutoryRuleSet(name, period.orElse(Period.of(year)), running));
  }
}
