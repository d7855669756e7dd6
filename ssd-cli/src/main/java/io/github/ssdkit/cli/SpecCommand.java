package io.github.ssdkit.cli;

import picocli.CommandLine.Command;

/** {@code ssd spec ...}: commands about the specification itself. */
@Command(
    name = "spec",
    mixinStandardHelpOptions = true,
    description = "Commands about the SSD specification.",
    subcommands = {SpecLintCommand.class, SpecDiffCommand.class, SpecChangelogCommand.class})
final class SpecCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed, such as 'lint'");
  }
}
