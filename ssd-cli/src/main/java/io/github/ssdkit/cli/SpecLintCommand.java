package io.github.ssdkit.cli;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.lint.SpecLinter;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.spec.overlay.MergeResult;
import io.github.ssdkit.spec.overlay.Overlays;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ssd spec lint [DIR]}: loads and lints a spec, printing every problem on one line each. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = "Check a spec directory (or the bundled spec) for every problem at once.%n"
        + "Exit codes: 0 clean, 1 warnings with --fail-on-warnings, 2 errors.")
final class SpecLintCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "A spec directory holding ssd.yaml; the bundled spec when omitted.")
  Path directory;

  @Option(names = "--fail-on-warnings", description = "Exit with 1 when there are warnings but no errors.")
  boolean failOnWarnings;

  @Option(names = "--decisions", paramLabel = "FILE",
      description = "A decisions page (docs/decisions.md): every column and check a decision names must cite it in its notes.")
  Path decisions;

  @Option(names = "--overlay", paramLabel = "DIR", description = "Lint the spec with this overlay (a directory holding "
      + "overlay.yaml, or one overlay YAML file) merged in; repeat for several, applied in the order given.")
  List<Path> overlays = new ArrayList<>();

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (directory != null && !Files.isDirectory(directory)) {
      err.println("ssd: " + directory + ": not a directory; expected a spec directory holding ssd.yaml");
      return SsdCommand.UNUSABLE;
    }
    SpecLinter linter = SpecLinter.standard();
    if (decisions != null) {
      try {
        linter = SpecLinter.withDecisions(Files.readString(decisions, StandardCharsets.UTF_8));
      } catch (IOException | UncheckedIOException e) {
        err.println("ssd: " + decisions + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
        return SsdCommand.UNUSABLE;
      }
    }
    LoadResult core = directory == null ? SpecLoader.bundled() : SpecLoader.load(directory);
    LoadResult loaded = core;
    List<SpecProblem> problems;
    if (overlays.isEmpty()) {
      problems = linter.lint(core);
    } else {
      MergeResult merged = Overlays.merge(core, overlays, linter);
      problems = merged.problems();
      loaded = new LoadResult(merged.spec(), problems);
    }
    problems.forEach(out::println);
    long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    long warnings = problems.size() - errors;
    String what = (directory == null ? "bundled spec" : directory.toString())
        + overlays.stream().map(o -> " + " + o).reduce("", String::concat);
    String version = loaded.specIfPresent().map(s -> " " + s.version()).orElse("");
    if (loaded.spec() != null) {
      out.printf("%s%s: %d tables, %d columns, %d code sets; %d error(s), %d warning(s)%n", what, version,
          loaded.spec().tables().size(),
          loaded.spec().tables().stream().mapToInt(t -> t.fields().size()).sum(),
          loaded.spec().codeSets().size(), errors, warnings);
    } else {
      out.printf("%s: could not be loaded; %d error(s)%n", what, errors);
    }
    if (errors > 0) {
      return SsdCommand.UNUSABLE;
    }
    return warnings > 0 && failOnWarnings ? SsdCommand.FOUND_PROBLEMS : SsdCommand.OK;
  }
}
