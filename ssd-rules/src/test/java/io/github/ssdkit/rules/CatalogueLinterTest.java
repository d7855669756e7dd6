package io.github.ssdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.rules.lint.CatalogueLinter;
import io.github.ssdkit.rules.load.CatalogueLoadResult;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.SpecLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLinterTest {

  static Spec spec;

  @TempDir
  Path dir;

  @BeforeAll
  static void loadSpec() {
    spec = SpecLoader.bundled().orThrow();
  }

  @Test
  void aCleanCatalogueHasNoProblems() {
    assertThat(lint(Packs.CIN, Packs.SSDA903)).isEmpty();
  }

  @Test
  void columnsMustExistInTheSpec() {
    List<String> problems = lint(Packs.CIN.replace("ssd_cp_plans.cppl_cp_plan_end_date", "ssd_cp_plans.cppl_end")
        .replace("ssd_cp_plans.cppl_cp_plan_start_date", "ssd_cp_plan.cppl_cp_plan_start_date"), Packs.SSDA903);

    assertThat(problems).containsExactly(
        "cin.yaml:5:5: error [rules.lint.column] cin.8925 reads ssd_cp_plan.cppl_cp_plan_start_date, but the spec has"
            + " no table ssd_cp_plan",
        "cin.yaml:5:5: error [rules.lint.column] cin.8925 reads ssd_cp_plans.cppl_end, but ssd_cp_plans has no column"
            + " cppl_end");
  }

  @Test
  void aPlannedRuleNamesTheColumnsItReads() {
    assertThat(lint(Packs.CIN.replaceAll("(?m)^ +reads: .*\\n", ""), Packs.SSDA903)).containsExactly(
        "cin.yaml:5:5: error [rules.lint.reads-empty] cin.8925 is planned but names no SSD column under 'reads'; list"
            + " the columns it will read");
  }

  @Test
  void aCodeIsListedOncePerReturn() {
    String twice = Packs.CIN + Packs.CIN.substring(Packs.CIN.indexOf("  - code: \"8925\""));
    String sameCodeOtherReturn = Packs.SSDA903.replace("\"202\"", "\"8925\"");

    List<String> problems = lint(twice, sameCodeOtherReturn);

    assertThat(problems).containsExactly(
        "cin.yaml:19:5: error [rules.lint.code-unique] cin.8925 is already listed at cin.yaml:5:5; list each code once,"
            + " with all its years",
        "cin.yaml:26:5: error [rules.lint.code-unique] cin.1560Q is already listed at cin.yaml:12:5; list each code"
            + " once, with all its years");
  }

  @Test
  void aRuleAppliesOnlyInYearsThePackCovers() {
    assertThat(lint(Packs.CIN.replace("years: [\"2025-26\"]", "years: [\"2026-27\"]"), Packs.SSDA903))
        .containsExactly("cin.yaml:12:5: error [rules.lint.years] cin.1560Q applies in 2026-27, which the pack does"
            + " not cover (it covers [2024-25, 2025-26])");
  }

  @Test
  void rulesThatWillNotRunSayWhy() {
    String cin = Packs.CIN.replace("    reason: \"No such column.\"\n", "")
        .replace("    status: planned\n", "    status: planned\n    reason: \"Why?\"\n");
    String ssda903 = Packs.SSDA903.replace("    needs: previous-return\n", "");

    assertThat(lint(cin, ssda903)).containsExactly(
        "cin.yaml:5:5: error [rules.lint.status] cin.8925 is planned, so it takes no 'reason' or 'needs'; use 'note'"
            + " for how it maps",
        "cin.yaml:13:5: error [rules.lint.status] cin.1560Q is not applicable; say why under 'reason'",
        "ssda903.yaml:4:5: error [rules.lint.status] ssda903.202 needs external data; name which under 'needs'");
  }

  @Test
  void cinQueriesAreWarningsAndEverythingElseErrors() {
    String cin = Packs.CIN.replace("severity: warning", "severity: error")
        .replace("severity: error\n    kind: date-order", "severity: warning\n    kind: date-order");
    String ssda903 = Packs.SSDA903.replace("severity: error", "severity: warning");

    assertThat(lint(cin, ssda903)).containsExactly(
        "cin.yaml:5:5: error [rules.lint.severity] cin.8925 is an error (its code does not end in Q), so its severity is"
            + " error, not warning",
        "cin.yaml:12:5: error [rules.lint.severity] cin.1560Q is a query (its code ends in Q), so its severity is"
            + " warning, not error");
  }

  private List<String> lint(String cin, String ssda903) {
    CatalogueLoadResult loaded = Packs.load(dir, cin, ssda903);
    return CatalogueLinter.standard().lint(loaded, spec).stream().map(SpecProblem::toString).toList();
  }
}
