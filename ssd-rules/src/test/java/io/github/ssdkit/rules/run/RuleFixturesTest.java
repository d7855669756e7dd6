package io.github.ssdkit.rules.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.rules.ExternalData;
import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.rules.RuleStatus;
import io.github.ssdkit.rules.StatutoryRule;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.pack.SourceTables;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.source.DirectorySource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs every implemented rule on its fixtures: {@code fixtures/<return>/<code>.yaml} holds small
 * hand-made extracts (a CSV text per table; tables under {@code shared} go into every case) and, for each, the exact issues the rule must report,
 * written as {@code table row N [key] field}. Each rule has at least one failing and one passing
 * case; the rule runs alone, so a column it reads but does not list under 'reads' fails here. A rule
 * comparing with last year reads last year's extract from {@code previous} (tables as above, at the
 * top for every case and in a case for that case), and without it must not run but be named in the
 * pack's notes.
 */
class RuleFixturesTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();
  private static final RuleCatalogue CATALOGUE = RuleCatalogue.bundled();

  @TempDir
  Path temp;

  @TestFactory
  Stream<DynamicTest> everyImplementedRuleMeetsItsFixtures() {
    return implemented().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> runFixtures(rule)));
  }

  @Test
  void theCatalogueMarksImplementedExactlyTheRulesThatHaveCode() {
    List<String> marked = CATALOGUE.packs().stream().flatMap(p -> p.rules().stream())
        .filter(r -> r.status() == RuleStatus.IMPLEMENTED).map(StatutoryRule::id).sorted().toList();
    assertThat(marked).containsExactlyElementsOf(Implementations.ids());
  }

  private static List<StatutoryRule> implemented() {
    return CATALOGUE.packs().stream().flatMap(p -> p.rules().stream())
        .filter(r -> r.status() == RuleStatus.IMPLEMENTED).toList();
  }

  @SuppressWarnings("unchecked")
  private void runFixtures(StatutoryRule rule) throws IOException {
    String resource = "/fixtures/" + rule.statutoryReturn().id() + "/" + rule.code() + ".yaml";
    Map<String, Object> fixture;
    try (InputStream in = RuleFixturesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("fixture file %s", resource).isNotNull();
      fixture = new Yaml().load(in);
    }
    List<Map<String, Object>> cases = (List<Map<String, Object>>) fixture.get("cases");
    String year = String.valueOf(fixture.getOrDefault("year", "2025-26"));
    boolean failing = false;
    boolean passing = false;
    int n = 0;
    for (Map<String, Object> c : cases) {
      Path dir = Files.createDirectories(temp.resolve(rule.code() + "-" + n++));
      Map<String, String> tables = new java.util.TreeMap<>((Map<String, String>) fixture.getOrDefault("shared", Map.of()));
      tables.putAll((Map<String, String>) c.getOrDefault("tables", Map.of()));
      write(dir, tables);
      Map<String, String> lastYear = new java.util.TreeMap<>((Map<String, String>) fixture.getOrDefault("previous", Map.of()));
      lastYear.putAll((Map<String, String>) c.getOrDefault("previous", Map.of()));
      StatutoryRuleSet set = RulePacks.select(CATALOGUE, rule.statutoryReturn().id() + "-" + year, Optional.empty())
          .orElseThrow().only(Set.of(rule.id()));
      if (rule.needs() == ExternalData.PREVIOUS_RETURN) {
        assertThat(set.ruleIds()).as("%s does not run without last year's extract", rule.id()).isEmpty();
        assertThat(set.notes()).as("%s is named as not run", rule.id()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
            .contains("not run: needs --previous").endsWith(rule.id());
        assertThat(lastYear).as("%s, case '%s' gives last year's tables", rule.id(), c.get("name")).isNotEmpty();
      } else {
        assertThat(lastYear).as("%s reads no previous extract", rule.id()).isEmpty();
      }
      if (!lastYear.isEmpty()) {
        Path before = Files.createDirectories(temp.resolve(rule.code() + "-" + (n - 1) + "-previous"));
        write(before, lastYear);
        set = set.withPrevious(DirectorySource.csv(before));
        assertThat(set.notes()).isEmpty();
      }
      assertThat(set.ruleIds()).as("%s runs in %s", rule.id(), year).containsExactly(rule.id());
      List<Issue> issues = new ArrayList<>();
      set.check(new SourceTables(SPEC, DirectorySource.csv(dir)), issues::add);
      List<String> expected = (List<String>) c.getOrDefault("expect", List.of());
      assertThat(issues.stream().map(i -> i.table() + " row " + i.row() + " [" + i.key() + "] " + i.field()).toList())
          .as("%s, case '%s'", rule.id(), c.get("name"))
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(issues).allSatisfy(i -> {
        assertThat(i.rule()).isEqualTo(rule.id());
        assertThat(i.severity()).isEqualTo(rule.severity());
        assertThat(i.message()).startsWith(rule.code() + ": ");
      });
      failing |= !expected.isEmpty();
      passing |= expected.isEmpty();
    }
    assertThat(failing).as("%s has a failing case", rule.id()).isTrue();
    assertThat(passing).as("%s has a passing case", rule.id()).isTrue();
  }

  private static void write(Path dir, Map<String, String> tables) throws IOException {
    for (Map.Entry<String, String> t : tables.entrySet()) {
      Files.writeString(dir.resolve(t.getKey() + ".csv"), t.getValue(), StandardCharsets.UTF_8);
    }
  }
}
