package io.github.ssdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.rules.load.CatalogueLoadResult;
import io.github.ssdkit.rules.load.CatalogueLoader;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.SpecSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {

  @TempDir
  Path dir;

  @Test
  void readsEveryPartOfARule() {
    CatalogueLoadResult result = Packs.load(dir, Packs.CIN, Packs.SSDA903);

    assertThat(result.problems()).isEmpty();
    StatutoryRule rule = result.catalogue().rule("cin.8925").orElseThrow();
    assertThat(rule.years()).containsExactly(new CollectionYear(2024), new CollectionYear(2025));
    assertThat(rule.severity()).isEqualTo(Severity.ERROR);
    assertThat(rule.kind()).isEqualTo(RuleKind.DATE_ORDER);
    assertThat(rule.status()).isEqualTo(RuleStatus.PLANNED);
    assertThat(rule.reads()).containsExactly(new FieldRef("ssd_cp_plans", "cppl_cp_plan_start_date"),
        new FieldRef("ssd_cp_plans", "cppl_cp_plan_end_date"));
    assertThat(rule.location().toString()).isEqualTo("cin.yaml:5:5");
    StatutoryRule external = result.catalogue().rule("ssda903.202").orElseThrow();
    assertThat(external.needs()).isEqualTo(ExternalData.PREVIOUS_RETURN);
    assertThat(external.reason()).isEqualTo("Compares with last year's return.");
    assertThat(result.catalogue().pack(StatutoryReturn.CIN).orElseThrow().rulesIn(new CollectionYear(2024)))
        .extracting(StatutoryRule::code).containsExactly("8925");
  }

  @Test
  void reportsEveryMistakeOfAFileWithItsLine() {
    String broken = Packs.CIN
        .replace("kind: date-order", "kind: date-orders")
        .replace("status: not-applicable", "state: not-applicable")
        .replace("years: [\"2025-26\"]", "years: [\"2025-27\", \"2025\"]")
        .replace("ssd_cp_plans.cppl_cp_plan_end_date]", "cppl_cp_plan_end_date]");

    List<String> problems = lines(Packs.load(dir, broken, Packs.SSDA903));

    assertThat(problems).containsExactlyInAnyOrder(
        "cin.yaml:8:11: error [rules.value.unknown] 'kind' in a rule is 'date-orders'; expected one of: code-set,"
            + " required, conditional, cross-table, date-valid, date-order, duration, period, linked-date-order, sequence,"
            + " integrity, previous-year, age, unique, identifier, aggregate, external",
        "cin.yaml:11:51: error [rules.reads.form] 'cppl_cp_plan_end_date' in the columns rule 8925 reads is not of the"
            + " form table.column",
        "cin.yaml:16:5: error [rules.key.unknown] unknown key 'state' in a rule; expected one of: changes, checks,"
            + " code, kind, needs, note, reads, reason, severity, status, years",
        "cin.yaml:12:5: error [rules.key.missing] a rule needs a value for 'status'",
        "cin.yaml:13:13: error [rules.years.form] '2025-27' is not a collection year; write it as 2025-26 (the year the"
            + " period starts, a dash, and the last two digits of the next year)",
        "cin.yaml:13:24: error [rules.years.form] '2025' is not a collection year; write it as 2025-26 (the year the"
            + " period starts, a dash, and the last two digits of the next year)");
  }

  @Test
  void yearsAreAListAndMayNotBeLeftOut() {
    String broken = Packs.CIN.replace("years: [\"2025-26\"]", "years: \"2025-26\"")
        .replace("    years: [\"2024-25\", \"2025-26\"]\n", "");

    assertThat(lines(Packs.load(dir, broken, Packs.SSDA903))).containsExactly(
        "cin.yaml:5:5: error [rules.years.missing] expected a list of collection years under 'years', such as"
            + " [\"2024-25\", \"2025-26\"]",
        "cin.yaml:12:12: error [rules.value.type] 'years' in a rule must be a list");
  }

  @Test
  void syntaxErrorsAndDuplicateKeysPointAtTheirLine() {
    List<String> problems = lines(Packs.load(dir, Packs.CIN.replace("source: \"test\"", "source: \"test\"\nsource: x"),
        "return: ssda903\nyears: [\"2025-26\"\nrules: []\n"));

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("cin.yaml:3:1: error [rules.yaml.duplicate-key] duplicate key 'source'");
    assertThat(problems.get(1)).startsWith("ssda903.yaml:3:").contains("[rules.yaml.syntax]");
  }

  @Test
  void aMissingFileOrAPackUnderTheWrongNameIsAProblem() throws Exception {
    Files.writeString(dir.resolve("cin.yaml"), Packs.SSDA903);

    List<String> problems = lines(CatalogueLoader.load(SpecSource.directory(dir)));

    assertThat(problems).containsExactly(
        "cin.yaml:1:1: error [rules.pack.return] cin.yaml holds the rules of 'ssda903'; it must hold those of 'cin'",
        "ssda903.yaml: error [rules.file.missing] no rule pack ssda903.yaml in " + dir);
  }

  @Test
  void aPackWithNoRulesIsReported() {
    List<String> problems = lines(Packs.load(dir, Packs.CIN, "return: ssda903\nyears: [\"2025-26\"]\n"));

    assertThat(problems).containsExactly(
        "ssda903.yaml:1:1: error [rules.pack.empty] the pack lists no rules; expected a list under 'rules'");
  }

  private static List<String> lines(CatalogueLoadResult result) {
    return result.problems().stream().map(SpecProblem::toString).toList();
  }
}
