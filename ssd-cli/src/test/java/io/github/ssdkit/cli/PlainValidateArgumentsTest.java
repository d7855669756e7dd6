package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

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

  @Test
  void itKnowsEveryOptionOfValidateApartFromHelpAndVersion() {
    Set<String> declared = new HashSet<>();
    for (OptionSpec option : SsdCommand.commandLine("validate").getSubcommands().get("validate").getCommandSpec()
        .options()) {
      for (String name : option.names()) {
        if (name.startsWith("--") && !name.equals("--help") && !name.equals("--version")) {
          declared.add(name);
          if (option.negatable()) {
            declared.add("--no-" + name.substring(2));
          }
        }
      }
    }
    assertThat(PlainValidateArguments.optionNames()).isEqualTo(declared);
  }

  private static ValidateCommand byPicocli(String... args) {
    CommandLine line = SsdCommand.commandLine(args);
    line.parseArgs(args);
    return line.getSubcommands().get("validate").getCommand();
  }

  /** Every option field of the command and of its spec mixin, so that a new option is compared too. */
  private static List<Object> fields(ValidateCommand command) {
    List<Object> values = new ArrayList<>();
    for (Object holder : List.of(command, command.specOption)) {
      for (Field field : holder.getClass().getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && field.getType() != CommandSpec.class
            && field.getType() != SpecOption.class) {
          try {
            values.add(field.getName() + "=" + field.get(holder));
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    return values;
  }

  private static String[] args(String... args) {
    return args;
  }
}
