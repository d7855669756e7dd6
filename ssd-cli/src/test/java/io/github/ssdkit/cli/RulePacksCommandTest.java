package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statutory rule packs from the command line: choosing them, listing them, showing one rule. */
class RulePacksCommandTest {

  @TempDir
  Path dir;

  private Path extractWithAClosureBeforeItsReferral() throws Exception {
    Path extract = Files.createDirectories(dir.resolve("extract"));
    Files.writeString(extract.resolve("ssd_cin_episodes.csv"), """
        cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,cine_close_reason,cine_referral_nfa
        R1,P1,2025-06-01,2025-05-31,RC1,N
        """);
    return extract;
  }

  @Test
  void aRulePackRunsAfterTheTablesAndItsIssuesCarryTheRuleId() throws Exception {
    Cli run = Cli.run("validate", extractWithAClosureBeforeItsReferral().toString(), "--rules", "cin-2025-26",
        "--format", "json", "--progress=false");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"rule\" : \"cin.8630\"", "\"table\" : \"ssd_cin_episodes\"", "\"key\" : \"R1\"",
        "\"field\" : \"cine_close_date\"", "\"rule_sets\"", "\"name\" : \"cin-2025-26\"");
  }

  @Test
  void theTextReportHasARulePackSummary() throws Exception {
    Cli run = Cli.run("validate", extractWithAClosureBeforeItsReferral().toString(), "--rules", "cin-2025-26,ssda903-2025-26",
        "--progress=false");
    assertThat(run.out()).containsPattern("cin-2025-26 +\\d+ +[1-9]\\d* +\\d+")
        .containsPattern("ssda903-2025-26 +\\d+ +0 +0")
        .contains("8630: the referral is closed before it was received");
  }

  @Test
  void aPeriodMovesTheCensusYear() throws Exception {
    Path extract = extractWithAClosureBeforeItsReferral();
    Cli inYear = Cli.run("validate", extract.toString(), "--rules", "cin-2025-26", "--format", "json", "--progress=false");
    Cli later = Cli.run("validate", extract.toString(), "--rules", "cin-2025-26", "--period", "2027-04-01..2028-03-31",
        "--format", "json", "--progress=false");
    assertThat(inYear.out()).contains("cin.8630");
    // the referral closed before the later year began, so that census does not hold it
    assertThat(later.out()).doesNotContain("cin.8630");
  }

  @Test
  void theRulePacksReadDatesInTheDateFormatGiven() throws Exception {
    Path extract = Files.createDirectories(dir.resolve("british"));
    // R1 closes the day before its referral; R2 closes in order day first (12 April, 5 June), out of
    // order month first (4 December, 6 May)
    Files.writeString(extract.resolve("ssd_cin_episodes.csv"), """
        cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,cine_close_reason,cine_referral_nfa
        R1,P1,01/06/2025,31/05/2025,RC1,N
        R2,P2,12/04/2025,05/06/2025,RC1,N
        """);

    Cli british = Cli.run("validate", extract.toString(), "--rules", "cin-2025-26", "--date-format", "dd/MM/yyyy",
        "--format", "json", "--progress=false");
    Cli isoOnly = Cli.run("validate", extract.toString(), "--rules", "cin-2025-26", "--format", "json",
        "--progress=false");

    // one breach, R1's, read from the day-first dates
    assertThat(british.out()).contains("\"cin.8630\" : 1,", "cine_close_date is 2025-05-31, cine_referral_date is 2025-06-01");
    // without the pattern the table pass reports the dates, and the pack reads none of them
    assertThat(isoOnly.out()).doesNotContain("cin.8630").contains("\"field\" : \"cine_referral_date\"");
  }

  @Test
  void anUnknownPackOrABadPeriodIsAUsageError() throws Exception {
    Path extract = extractWithAClosureBeforeItsReferral();
    Cli unknown = Cli.run("validate", extract.toString(), "--rules", "cin-2019-20");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown rule pack 'cin-2019-20'", "cin-2025-26", "ssda903-2026-27");
    Cli period = Cli.run("validate", extract.toString(), "--rules", "cin-2025-26", "--period", "2026-03-31..2025-04-01");
    assertThat(period.exitCode()).isEqualTo(2);
    assertThat(period.err()).contains("--period '2026-03-31..2025-04-01'");
  }

  @Test
  void rulesListCountsEachPack() {
    Cli run = Cli.run("rules", "list");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("cin-2025-26 +109 +\\d+").containsPattern("ssda903-2026-27 +322 +\\d+");
  }

  @Test
  void rulesShowPrintsOneRule() {
    Cli run = Cli.run("rules", "show", "8925");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("cin.8925", "severity:  error", "status:    implemented",
        "ssd_cp_plans.cppl_cp_plan_start_date");
    Cli query = Cli.run("rules", "show", "cin.4012Q");
    assertThat(query.out()).contains("implemented, reported as a warning");
    Cli none = Cli.run("rules", "show", "99999");
    assertThat(none.exitCode()).isEqualTo(2);
  }
}
