package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A run that names its subcommand first builds only that one; every other run sees the whole tree. */
class StartupSubcommandsTest {

  private static final String[] ALL = {"validate", "rules", "sample", "generate", "spec", "completion", "help"};

  @Test
  void aRunThatStartsWithItsSubcommandBuildsOnlyThatOne() {
    assertThat(SsdCommand.commandLine("validate", "extract").getSubcommands()).containsOnlyKeys("validate");
    assertThat(SsdCommand.commandLine("spec", "lint").getSubcommands()).containsOnlyKeys("spec");
    assertThat(SsdCommand.commandLine("spec", "lint").getSubcommands().get("spec").getSubcommands())
        .containsKeys("lint", "diff");
  }

  @Test
  void helpCompletionOptionsAndTyposSeeEverySubcommandInOrder() {
    for (String[] args : new String[][] {{}, {"help", "validate"}, {"completion"}, {"--version"}, {"valdate"}}) {
      assertThat(SsdCommand.commandLine(args).getSubcommands().keySet()).as(String.join(" ", args))
          .containsExactly(ALL);
    }
  }

  @Test
  void aMistypedSubcommandIsStillNamedAndHelpStillListsThemAll() {
    Cli typo = Cli.run("valdate", "extract");
    assertThat(typo.exitCode()).isEqualTo(SsdCommand.UNUSABLE);
    assertThat(typo.err()).contains("Unmatched arguments from index 0: 'valdate'").contains("Try 'ssd --help'");

    Cli help = Cli.run("help");
    assertThat(help.out()).contains("validate").contains("sample").contains("completion");
    assertThat(Cli.run("validate", "--help").out()).contains("Usage: ssd validate");
  }
}
