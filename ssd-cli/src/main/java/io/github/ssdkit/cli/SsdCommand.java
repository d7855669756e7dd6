package io.github.ssdkit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ssd} command: the entry point of the runnable jar.
 *
 * <p>Start-up: picocli builds the model of every subcommand it is given by reflection, which cost a
 * cold run more CPU than loading the spec; so a run that names its subcommand first gets only that
 * one ({@link #commandLine(String...)}). Everything else (no subcommand, an option first, a typo,
 * help and completion, which show the whole tree) gets them all.
 */
@Command(
    name = "ssd",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Work with the Standard Safeguarding Dataset (SSD): lint the spec, generate code and "
        + "schemas, make sample extracts and validate extracts.")
public final class SsdCommand implements Runnable {

  /** The subcommands, in the order help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, RulesCommand.class,
      SampleCommand.class, GenerateCommand.class, SpecCommand.class, CompletionCommand.class,
      CommandLine.HelpCommand.class);
  /** Subcommands that show the whole command tree, so every subcommand must be there. */
  private static final Set<Class<?>> SHOW_THE_TREE = Set.of(CompletionCommand.class, CommandLine.HelpCommand.class);

  /** Exit code for a clean run. */
  public static final int OK = 0;
  /** Exit code when the data (or spec) has errors, or warnings when asked to fail on them. */
  public static final int FOUND_PROBLEMS = 1;
  /** Exit code for unusable input or a usage mistake. */
  public static final int UNUSABLE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed");
  }

  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(System.err, true);
    int code;
    try {
      code = run(new PrintWriter(System.out, true), err, args);
    } catch (OutOfMemoryError e) {
      // the work's objects are unreachable once it has unwound, so the line below has room
      err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
      code = UNUSABLE;
    }
    System.exit(code);
  }

  /**
   * The one line a run that ran out of heap ends with: how much it had and how to give it more.
   *
   * @param maxHeap the JVM's heap limit in bytes
   * @return the message
   */
  static String outOfMemory(long maxHeap) {
    long mb = maxHeap >> 20;
    long more = Math.max(2048, Integer.highestOneBit((int) Math.min(mb, 1 << 20)) * 4L);
    return "ssd: ran out of memory with a Java heap of " + mb + " MB; give it more, for example "
        + "SSD_JAVA_OPTS=-Xmx" + more + "m (README: Memory)";
  }

  /**
   * Runs the command with the given streams; returns the exit code instead of exiting. A plain
   * {@code ssd validate} run skips picocli's set-up ({@link PlainValidateArguments}).
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Optional<ValidateCommand> plain = PlainValidateArguments.read(args);
    if (plain.isPresent()) {
      try {
        return plain.get().run(out, err);
      } catch (Exception e) {
        return OneLineErrors.report(e, err);
      }
    }
    CommandLine line = commandLine(args);
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler(new OneLineErrors());
    line.setParameterExceptionHandler((e, a) -> {
      err.println("ssd: " + e.getMessage());
      err.println("Try 'ssd " + subcommandPath(e.getCommandLine()) + "--help' for usage.");
      return UNUSABLE;
    });
    return line.execute(args);
  }

  /**
   * The command line for these arguments: with only the subcommand they start with when that is all
   * the run can reach, else with every subcommand.
   */
  static CommandLine commandLine(String... args) {
    String first = args.length == 0 ? "" : args[0];
    Class<?> only = SUBCOMMANDS.stream()
        .filter(c -> !SHOW_THE_TREE.contains(c) && c.getAnnotation(Command.class).name().equals(first))
        .findFirst().orElse(null);
    CommandLine line = new CommandLine(new SsdCommand());
    for (Class<?> subcommand : SUBCOMMANDS) {
      if (only == null || only == subcommand) {
        line.addSubcommand(subcommand.getAnnotation(Command.class).name(), subcommand);
      }
    }
    return line;
  }

  private static String subcommandPath(CommandLine cmd) {
    StringBuilder path = new StringBuilder();
    for (CommandLine c = cmd; c != null && c.getParent() != null; c = c.getParent()) {
      path.insert(0, c.getCommandName() + " ");
    }
    return path.toString();
  }

  /** Any failure a command did not turn into a result becomes one line and exit code 2. */
  private static final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
      return report(e, cmd.getErr());
    }

    /** Prints the first line of the failure's message and gives the exit code for it. */
    static int report(Exception e, PrintWriter err) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      int nl = message.indexOf('\n');
      err.println("ssd: " + (nl < 0 ? message : message.substring(0, nl)));
      return UNUSABLE;
    }
  }
}
