package io.github.ssdkit.cli;

import io.github.ssdkit.rules.CollectionYear;
import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.rules.RulePack;
import io.github.ssdkit.rules.RuleStatus;
import io.github.ssdkit.rules.StatutoryRule;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ssd rules}: the statutory rule packs, and what each rule checks. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "The statutory rule packs (CIN census, SSDA903) that 'ssd validate --rules' runs.",
    subcommands = {RulesCommand.ListCommand.class, RulesCommand.ShowCommand.class})
final class RulesCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: list or show");
  }

  /** {@code ssd rules list}: one line per rule pack, with its counts. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rule packs and how many of their rules run.")
  static final class ListCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RuleCatalogue catalogue = RuleCatalogue.bundled();
      out.printf("%-18s %6s %12s %9s %9s %15s%n", "pack", "rules", "implemented", "warnings", "planned", "cannot run");
      for (RulePack pack : catalogue.packs()) {
        for (CollectionYear year : pack.years()) {
          List<StatutoryRule> rules = pack.rulesIn(year);
          long implemented = rules.stream().filter(r -> r.status() == RuleStatus.IMPLEMENTED).count();
          long warnings = rules.stream().filter(r -> r.status() == RuleStatus.IMPLEMENTED && r.severity() == Severity.WARNING).count();
          long planned = rules.stream().filter(r -> r.status() == RuleStatus.PLANNED).count();
          out.printf("%-18s %6d %12d %9d %9d %15d%n", pack.statutoryReturn().id() + "-" + year, rules.size(), implemented,
              warnings, planned, rules.size() - implemented - planned);
        }
      }
      out.println();
      out.println("Run them with: ssd validate DIR --rules cin-2025-26,ssda903-2025-26 [--period 2025-04-01..2026-03-31]");
      out.flush();
      return SsdCommand.OK;
    }
  }

  /** {@code ssd rules show CODE}: one rule in full. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one rule: its code, severity, years, what it "
      + "checks, the SSD columns it reads, and whether it runs.")
  static final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CODE", description = "A rule code such as 8925Q or 103, or a report id such as cin.8925Q.")
    String code;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RuleCatalogue catalogue = RuleCatalogue.bundled();
      List<StatutoryRule> found = catalogue.packs().stream().flatMap(p -> p.rules().stream())
          .filter(r -> r.id().equalsIgnoreCase(code.strip()) || r.code().equalsIgnoreCase(code.strip())).toList();
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("ssd: no rule has the code '" + code + "'; 'ssd rules list' shows the packs");
        return SsdCommand.UNUSABLE;
      }
      for (StatutoryRule r : found) {
        out.printf("%s (%s)%n", r.id(), r.statutoryReturn().title());
        out.printf("  severity:  %s%s%n", r.severity().label(), r.severity() == Severity.WARNING ? " (a query)" : "");
        out.printf("  years:     %s%n", r.years().stream().map(CollectionYear::toString).collect(Collectors.joining(", ")));
        out.printf("  kind:      %s%n", r.kind().id());
        out.printf("  checks:    %s%n", r.checks());
        out.printf("  status:    %s%n", status(r));
        if (!r.reads().isEmpty()) {
          out.printf("  reads:     %s%n", r.reads().stream().map(FieldRef::toString).collect(Collectors.joining(", ")));
        }
        r.reasonIfAny().ifPresent(reason -> out.printf("  why not:   %s%n", reason));
        if (r.note() != null) {
          out.printf("  note:      %s%n", r.note());
        }
        if (r.changes() != null) {
          out.printf("  changes:   %s%n", r.changes());
        }
      }
      out.flush();
      return SsdCommand.OK;
    }

    private static String status(StatutoryRule r) {
      return switch (r.status()) {
        case IMPLEMENTED -> r.severity() == Severity.WARNING ? "implemented, reported as a warning" : "implemented";
        case PLANNED -> "planned, not implemented yet";
        case NOT_APPLICABLE -> "not applicable to the SSD";
        case NEEDS_EXTERNAL_DATA -> "needs external data: "
            + r.needsIfAny().map(n -> n.title().toLowerCase(Locale.ROOT)).orElse("");
      };
    }
  }
}
