package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A plain {@code ssd validate} run is read without picocli; whatever it reads must be what picocli
 * reads, and whatever it is unsure of (or picocli refuses) must go to picocli.
 */
class PlainValidateArgumentsTest {

  private static final List<String[]> READ_ALIKE = List.of(
      args("validate", "extract"),
      args("validate", "extract", "--output", "report.txt"),
      args("validate", "--format=json", "extract", "--output=out/report.json", "--max-issues", "0"),
      args("validate", "extract", "--max-issues=25", "--no-progress", "--jsonl"),
      args("validate", "extract", "--progress", "--tables", "ssd_person,ssd_family", "--tables=ssd_address"),
      args("validate", "extract", "--date-format", "dd/MM/yyyy", "--date-format", "yyyyMMdd"),
      args("validate", "extract", "--rules", "cin-2025-26,ssda903-2025-26", "--period", "2025-04-01..2026-03-31",
          "--previous", "last-year"),
      args("validate", "--jdbc", "jdbc:h2:mem:x", "--user", "sa", "--password-env", "PW", "--schema", "s",
          "--table-prefix", "t_"),
      args("validate", "extract", "--spec", "my-spec", "--overlay", "a", "--overlay=b"),
      args("validate", "extract", "--spec-version", "1.0.0", "--format", "html"),
      args("validate", "extract", "--format", "nonsense"),
      args("validate"));

  private static final List<String[]> LEFT_TO_PICOCLI = List.of(
      args("validate", "--help"),
      args("validate", "-h"),
      args("validate", "extract", "-V"),
      args("validate", "extract", "other"),
      args("validate", "extract", "--output"),
      args("validate", "extract", "--output", "--format"),
      args("validate", "extract", "--format", "json", "--format", "csv"),
      args("validate", "extract", "--progress", "--no-progress"),
      args("validate", "extract", "--jsonl=true"),
      args("validate", "extract", "--max-issues", "010"),
      args("validate", "extract", "--max-issues", "-1"),
      args("validate", "extract", "--max-issues", "9999999999"),
      args("validate", "extract", "--tables", "a,,b"),
      args("validate", "extract", "--tables", "\"a,b\""),
      args("validate", "extract", "--tables="),
      args("validate", "@arguments.txt"),
      args("validate", "--", "extract"),
      args("validate", "extract", "--unknown"),
      args("validate", "extract", "--outputt", "x"),
      args("--version"),
      args("rules", "list"));

  @Test
  void plainRunsAreReadExactlyAsPicocliReadsThem() {
    for (String[] args : READ_ALIKE) {
      Optional<ValidateCommand> plain = PlainValidateArguments.read(args);
      assertThat(plain).as(String.join(" ", args)).isPresent();
      assertThat(fields(plain.get())).as(String.join(" ", args)).isEqualTo(fields(byPicocli(args)));
    }
  }

  @Test
  void anythingElseIsLeftToPicocli() {
    for (String[] args : LEFT_TO_PICOCLI) {
      assertThat(PlainValidateArguments.read(args)).as(String.join(" ", args)).isEmpty();
    }
  }

  @Test
  void aPlainRunGivesTheSameOutcomeAsOneThroughPicocli() {
    Cli plain = Cli.run("validate", "no-such-extract");
    assertThat(plain.exitCode()).isEqualTo(SsdCommand.UNUSABLE);
    assertThat(plain.err()).startsWith("ssd: ").contains("no-such-extract");
    // the same run with an argument the plain reader leaves to picocli (the default, written out)
    Cli picocli = Cli.run("validate", "no-such-extract", "--max-issues", "01000");
    assertThat(picocli.exitCode()).isEqualTo(plain.exitCode());
    assertThat(picocli.err()).isEqualTo(plain.err());
    assertThat(picocli.out()).isEqualTo(plain.out());
  }

  private static ValidateCommand byPicocli(String... args) {
    CommandLine line = SsdCommand.commandLine(args);
    line.parseArgs(args);
    return line.getSubcommands().get("validate").getCommand();
  }

  private static List<Object> fields(ValidateCommand c) {
    return Arrays.asList(c.directory, c.format, c.output, c.maxIssues, c.tables, c.dateFormats,
        c.progress, c.jsonLines, c.jdbcUrl, c.user, c.passwordEnv, c.schema, c.tablePrefix, c.rulePacks, c.period,
        c.previous, c.specOption.directory, c.specOption.version, c.specOption.overlays);
  }

  private static String[] args(String... args) {
    return args;
  }
}
