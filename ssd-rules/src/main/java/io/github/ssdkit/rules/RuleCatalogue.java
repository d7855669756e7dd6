package io.github.ssdkit.rules;

import io.github.ssdkit.rules.load.CatalogueLoader;
import java.util.List;
import java.util.Optional;

/**
 * Every rule pack the library knows, one per statutory return. {@link #bundled()} gives the
 * catalogue shipped in this jar (and throws when it does not load cleanly, which its tests
 * prevent); {@link CatalogueLoader} reads others and reports every problem instead.
 */
public record RuleCatalogue(List<RulePack> packs) {

  public RuleCatalogue {
    packs = List.copyOf(packs);
  }

  /** The catalogue bundled in this jar. */
  public static RuleCatalogue bundled() {
    return CatalogueLoader.bundled().orThrow();
  }

  public Optional<RulePack> pack(StatutoryReturn statutoryReturn) {
    return packs.stream().filter(p -> p.statutoryReturn() == statutoryReturn).findFirst();
  }

  /**
   * The names of the rule sets a user can choose, one per return and year, such as
   * {@code cin-2025-26} and {@code ssda903-2026-27}, in catalogue order.
   */
  public List<String> ruleSetNames() {
    return packs.stream().flatMap(p -> p.years().stream().map(y -> setName(p.statutoryReturn(), y))).toList();
  }

  /** The rules of a rule set named as {@link #ruleSetNames()} lists them, ordered by code; empty for an unknown name. */
  public Optional<List<StatutoryRule>> ruleSet(String name) {
    for (RulePack pack : packs) {
      for (CollectionYear year : pack.years()) {
        if (setName(pack.statutoryReturn(), year).equals(name)) {
          return Optional.of(pack.rulesIn(year));
        }
      }
    }
    return Optional.empty();
  }

  private static String setName(StatutoryReturn statutoryReturn, CollectionYear year) {
    return statutoryReturn.id() + "-" + year;
  }

  /** A rule by its report id, such as {@code cin.8925Q} or {@code ssda903.103}. */
  public Optional<StatutoryRule> rule(String id) {
    int dot = id.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return StatutoryReturn.byId(id.substring(0, dot)).flatMap(this::pack)
        .flatMap(p -> p.rule(id.substring(dot + 1)));
  }
}
