package io.github.ssdkit.cli;

import io.github.ssdkit.spec.diff.DiffReport;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ssd spec changelog OLD [NEW]}: the Markdown section of a release's notes, from the diff. */
@Command(
    name = "changelog",
    mixinStandardHelpOptions = true,
    description = "Print the CHANGELOG.md section for a spec release: the changes from OLD to NEW in Markdown, "
        + "grouped by class. OLD and NEW are as for 'ssd spec diff'.")
final class SpecChangelogCommand implements Callable<Integer> {

  @Mixin
  SpecPair specs;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() throws IOException {
    command.commandLine().getOut().print(DiffReport.MARKDOWN.render(specs.diff()));
    command.commandLine().getOut().flush();
    return SsdCommand.OK;
  }
}
