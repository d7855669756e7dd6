package io.github.ssdkit.cli;

import io.github.ssdkit.spec.format.FileKind;
import io.github.ssdkit.sample.SampleGenerator;
import io.github.ssdkit.sample.SampleResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ssd sample}: writes a deterministic synthetic extract of every table. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = "Write a deterministic synthetic SSD extract (one CSV file per table), optionally with "
        + "a known fraction of injected errors listed in injected-errors.csv.")
final class SampleCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into; must be empty or new unless --overwrite.")
  Path out;

  @Option(names = "--children", defaultValue = "100", paramLabel = "N", description = "Number of children (default: ${DEFAULT-VALUE}).")
  int children;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed; the same seed gives the same files (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--errors", defaultValue = "0", paramLabel = "RATE", description = "Fraction of rows, 0 to 1, given one deliberate error (default: ${DEFAULT-VALUE}).")
  double errorRate;

  @Option(names = "--jsonl", description = "Also write <table>.jsonl beside each CSV file.")
  boolean jsonLines;

  @Option(names = "--overwrite", description = "Replace sample files in a non-empty folder (nothing else there is touched).")
  boolean overwrite;

  @picocli.CommandLine.Mixin
  SpecOption specOption;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (children < 1) {
      err.println("ssd: --children must be at least 1");
      return SsdCommand.UNUSABLE;
    }
    if (errorRate < 0 || errorRate > 1 || Double.isNaN(errorRate)) {
      err.println("ssd: --errors must be between 0 and 1");
      return SsdCommand.UNUSABLE;
    }
    SampleResult result = SampleGenerator.builder(specOption.load())
        .children(children)
        .seed(seed)
        .errorRate(errorRate)
        .format(jsonLines ? FileKind.JSON_LINES : FileKind.CSV)
        .overwrite(overwrite)
        .build()
        .generate(out);
    if (!result.isWritten()) {
      err.println("ssd: " + result.problem());
      return SsdCommand.UNUSABLE;
    }
    for (Map.Entry<String, Long> e : result.rowsPerTable().entrySet()) {
      stdout.printf("%-32s %,12d%n", e.getKey(), e.getValue());
    }
    stdout.printf("%-32s %,12d rows in %d tables written to %s%n", "total", result.totalRows(),
        result.rowsPerTable().size(), out);
    if (!result.injectedErrors().isEmpty()) {
      stdout.printf("%,d injected errors listed in %s%n", result.injectedErrors().size(),
          out.resolve(SampleGenerator.MANIFEST));
    }
    return SsdCommand.OK;
  }
}
