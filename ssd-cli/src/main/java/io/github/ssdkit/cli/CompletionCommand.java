package io.github.ssdkit.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ssd completion bash|zsh}: a shell completion script for every command and option. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Print a completion script for bash or zsh.%n"
        + "bash: ssd completion bash > ~/.local/share/bash-completion/completions/ssd%n"
        + "zsh:  add 'source <(ssd completion zsh)' to ~/.zshrc")
final class CompletionCommand implements Callable<Integer> {

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  String shell;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      command.commandLine().getErr().println("ssd: unknown shell '" + shell + "'; expected bash or zsh");
      return SsdCommand.UNUSABLE;
    }
    // picocli's script is written for bash and loads zsh's bash-completion layer itself when run by zsh.
    command.commandLine().getOut().print(AutoComplete.bash("ssd", command.root().commandLine()));
    command.commandLine().getOut().flush();
    return SsdCommand.OK;
  }
}
