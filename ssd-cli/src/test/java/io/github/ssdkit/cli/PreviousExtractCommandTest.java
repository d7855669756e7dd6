package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ssd validate --previous PREVDIR}: last year's extract for the SSDA903 rules that compare
 * with last year, read like this year's (same date pattern), and noted as not run without it.
 */
class PreviousExtractCommandTest {

  @TempDir
  Path dir;

  /** A child looked after in both years, born on {@code dob} (day first), as each year's extract says. */
  private Path extract(String name, String dob) throws Exception {
    Path extract = Files.createDirectories(dir.resolve(name));
    Files.writeString(extract.resolve("ssd_cla_episodes.csv"), """
        clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date
        E1,P1,01/06/2024
        """);
    Files.writeString(extract.resolve("ssd_person.csv"), "pers_person_id,pers_dob\nP1," + dob + "\n");
    return extract;
  }

  private static Cli validate(Path extract, String... more) {
    String[] args = {"validate", extract.toString(), "--rules", "ssda903-2025-26", "--date-format", "dd/MM/yyyy",
        "--format", "json", "--progress=false"};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.run(all);
  }

  @Test
  void aDateOfBirthThatChangedSinceLastYearIsFound() throws Exception {
    Path now = extract("now", "04/03/2012");

    Cli changed = validate(now, "--previous", extract("changed", "03/04/2012").toString());
    Cli same = validate(now, "--previous", extract("same", "04/03/2012").toString());

    assertThat(changed.out()).contains("\"rule\" : \"ssda903.203\"", "\"key\" : \"P1\"", "\"field\" : \"pers_dob\"",
        "(2012-03-04) differs from last year's extract (2012-04-03");
    // last year's dates were read day first too, so the same text is the same date
    assertThat(same.out()).doesNotContain("\"rule\" : \"ssda903.203\"").doesNotContain("not run: needs --previous");
  }

  @Test
  void withoutPreviousTheRulesAreNotedAsNotRun() throws Exception {
    Cli run = validate(extract("now", "04/03/2012"));

    assertThat(run.out()).doesNotContain("\"rule\" : \"ssda903.203\"")
        .containsPattern("ssda903-2025-26: \\d+ rules not run: needs --previous [^\"]*ssda903\\.203");
  }

  @Test
  void aMissingPreviousDirectoryIsAOneLineUsageError() throws Exception {
    Cli run = validate(extract("now", "04/03/2012"), "--previous", dir.resolve("nowhere").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).startsWith("ssd: --previous ").contains("nowhere: no such directory").doesNotContain("\n");
  }

  @Test
  void previousGoesWithRules() throws Exception {
    Cli run = Cli.run("validate", extract("now", "04/03/2012").toString(), "--previous",
        extract("before", "04/03/2012").toString(), "--progress=false");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("ssd: --previous goes with --rules");
  }
}
