package io.github.ssdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.rules.lint.CatalogueLinter;
import io.github.ssdkit.rules.load.CatalogueLoadResult;
import io.github.ssdkit.rules.load.CatalogueLoader;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.SpecLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue shipped in the jar loads and lints clean against the bundled spec, and is complete. */
class BundledCatalogueTest {

  private static final CollectionYear Y2024 = new CollectionYear(2024);
  private static final CollectionYear Y2025 = new CollectionYear(2025);
  private static final CollectionYear Y2026 = new CollectionYear(2026);

  @Test
  void loadsAndLintsWithoutProblems() {
    CatalogueLoadResult loaded = CatalogueLoader.bundled();

    List<String> problems = CatalogueLinter.standard().lint(loaded, SpecLoader.bundled().orThrow()).stream()
        .map(SpecProblem::toString).toList();

    assertThat(problems).isEmpty();
  }

  /**
   * The number of rules per year as the public validators' rule sets hold them (CIN 2026-27 is the
   * 2025-26 set carried over, decision 201): a rule left out of the catalogue fails here.
   */
  @Test
  void holdsEveryRuleOfEveryYear() {
    RuleCatalogue catalogue = RuleCatalogue.bundled();
    RulePack cin = catalogue.pack(StatutoryReturn.CIN).orElseThrow();
    RulePack ssda903 = catalogue.pack(StatutoryReturn.SSDA903).orElseThrow();

    assertThat(List.of(cin.rulesIn(Y2024).size(), cin.rulesIn(Y2025).size(), cin.rulesIn(Y2026).size()))
        .containsExactly(109, 109, 109);
    assertThat(List.of(ssda903.rulesIn(Y2024).size(), ssda903.rulesIn(Y2025).size(), ssda903.rulesIn(Y2026).size()))
        .containsExactly(305, 311, 322);
    assertThat(cin.rules().stream().filter(r -> r.severity() == Severity.WARNING)).hasSize(26);
    assertThat(ssda903.rules().stream().filter(r -> r.severity() == Severity.WARNING).map(StatutoryRule::code))
        .containsExactlyInAnyOrder("231", "454", "582", "709", "EPI"); // decision 207
  }

  @Test
  void yearsFollowTheRuleSetsChanges() {
    RuleCatalogue catalogue = RuleCatalogue.bundled();

    assertThat(catalogue.rule("cin.1570").orElseThrow().years()).containsExactly(Y2024, Y2025, Y2026);
    assertThat(catalogue.rule("ssda903.SW17STG2").orElseThrow().years()).containsExactly(Y2025, Y2026);
    assertThat(catalogue.rule("ssda903.700").orElseThrow().years()).containsExactly(Y2026);
    assertThat(catalogue.rule("ssda903.146").orElseThrow().changes()).contains("Z11");
    assertThat(catalogue.rule("ssda903.SW01STG1")).isEmpty(); // withdrawn in 2024-25
  }

  @Test
  void ruleSetsAreNamedByReturnAndYear() {
    RuleCatalogue catalogue = RuleCatalogue.bundled();

    assertThat(catalogue.ruleSetNames()).containsExactly("cin-2024-25", "cin-2025-26", "cin-2026-27",
        "ssda903-2024-25", "ssda903-2025-26", "ssda903-2026-27");
    assertThat(catalogue.ruleSet("ssda903-2024-25").orElseThrow()).hasSize(305)
        .extracting(StatutoryRule::id).contains("ssda903.101").doesNotContain("ssda903.700", "ssda903.SW17STG2");
    assertThat(catalogue.ruleSet("cin-2023-24")).isEmpty();
  }
}
