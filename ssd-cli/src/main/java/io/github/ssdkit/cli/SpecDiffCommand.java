package io.github.ssdkit.cli;

import io.github.ssdkit.spec.diff.DiffReport;
import io.github.ssdkit.spec.diff.Impact;
import io.github.ssdkit.spec.diff.SpecDiff;
import io.github.ssdkit.spec.release.VersionGate;
import java.io.IOException;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.diff.SpecDiffer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ssd spec diff OLD [NEW]}: every change between two specs, classified. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "List every change between two versions of the spec, each classed as breaking-data, "
        + "breaking-code, compatible or docs-only, and the version bump they need.%n"
        + "OLD and NEW are spec directories, ssd-spec jars or released versions (such as 1.0.0, carried by "
        + "this ssd or found in the local Maven repository); with --git they are git refs, REF or REF:path. "
        + "NEW defaults to the bundled spec.%n"
        + "Exit codes: 0 done, 1 with --check-version when the version does not match the changes, "
        + "or with --fail-on-breaking when a change is breaking; 2 unusable input.")
final class SpecDiffCommand implements Callable<Integer> {

  @Mixin
  SpecPair specs;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--check-version", description = "Also check that NEW's version number matches the changes.")
  boolean checkVersion;

  @Option(names = "--fail-on-breaking", description = "Exit with 1 when any change is breaking.")
  boolean failOnBreaking;

  @Option(names = "--overlay", paramLabel = "DIR", description = "Also show what this overlay (a directory holding "
      + "overlay.yaml, or one overlay YAML file) adds to OLD, and whether it still applies to NEW (a core column "
      + "that took its name, a core version outside its range); repeat for several, applied in the order given. "
      + "Exit 1 when it does not apply to NEW.")
  List<Path> overlays = new ArrayList<>();

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() throws IOException {
    DiffReport report;
    try {
      report = DiffReport.named(format);
    } catch (IllegalArgumentException e) {
      command.commandLine().getErr().println("ssd: unknown --format '" + format + "'; expected text, json or markdown");
      return SsdCommand.UNUSABLE;
    }
    Spec older = specs.older();
    Spec newer = specs.newer();
    SpecDiff diff = SpecDiffer.diff(older, newer);
    PrintWriter out = command.commandLine().getOut();
    int exit = SsdCommand.OK;
    if (overlays.isEmpty()) {
      out.print(report.render(diff));
    } else {
      OverlayDiff overlayDiff = OverlayDiff.of(older, newer, overlays);
      out.print(overlayDiff.render(format, report, diff));
      exit = overlayDiff.appliesToNewer() ? exit : SsdCommand.FOUND_PROBLEMS;
    }
    out.flush();
    if (checkVersion) {
      VersionGate.Verdict verdict = VersionGate.check(diff);
      command.commandLine().getErr().println((verdict.passed() ? "version: " : "ssd: version: ") + verdict.message());
      exit = verdict.passed() ? exit : SsdCommand.FOUND_PROBLEMS;
    }
    if (failOnBreaking && diff.impact().filter(Impact::isBreaking).isPresent()) {
      exit = SsdCommand.FOUND_PROBLEMS;
    }
    return exit;
  }
}
