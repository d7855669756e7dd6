package io.github.ssdkit.rules.docs;

import io.github.ssdkit.rules.CollectionYear;
import io.github.ssdkit.rules.ExternalData;
import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.rules.RuleKind;
import io.github.ssdkit.rules.RulePack;
import io.github.ssdkit.rules.RuleStatus;
import io.github.ssdkit.rules.StatutoryRule;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code docs/statutory-rules.md}, the coverage page: per return and collection year every
 * rule code with its status, and the totals. The page is a pure function of the catalogue (rules
 * sorted by code, no dates or machine names), so the committed copy can be compared byte for byte.
 */
public final class CoveragePage {

  /** Where the page lives, relative to the project root. */
  public static final String PATH = "docs/statutory-rules.md";

  /** The command that rewrites the committed page from the catalogue. */
  public static final String REGENERATE = "./mvnw -B -o -pl ssd-rules -am test -Dtest=CoveragePageTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dssd.rules.regenerate=true";

  private CoveragePage() {}

  public static String render(RuleCatalogue catalogue) {
    StringBuilder out = new StringBuilder();
    out.append("# Statutory return rules on the SSD\n\n");
    out.append("<!-- Generated from the rule catalogue in ssd-rules (src/main/resources/ssd-rules); do not edit."
        + " Regenerate with: ").append(REGENERATE).append(" -->\n\n");
    out.append("""
        Every validation rule of the CIN census and the SSDA903 return for the collection years below, and \
        whether it runs on Standard Safeguarding Dataset tables. Rule ids in reports are `cin.<code>` and \
        `ssda903.<code>`; run them with `ssd validate DIR --rules cin-2025-26,ssda903-2025-26`. A status says:

        - **implemented**: the rule runs on SSD data (`ssd rules show CODE` lists the columns it reads); \
        **implemented as a warning** when the rule is a query.
        - **planned**: every fact the rule needs is in SSD tables (the columns are listed); not implemented yet.
        - **not applicable**: the rule has no meaning on SSD data (no such field, or a value the return derives \
        and so cannot get wrong); the reason is given.
        - **needs external data**: the rule needs data the SSD does not hold; which data is given.

        CIN codes ending in Q are queries and are reported as warnings, every other CIN code as an error. SSDA903 rules carry \
        no such mark: they are errors, except the few whose own wording makes them queries (decision 207).

        """);
    totals(catalogue, out);
    for (RulePack pack : catalogue.packs()) {
      pack(pack, out);
    }
    out.append("## Kinds\n\n| Kind | Name | Meaning |\n|---|---|---|\n");
    for (RuleKind kind : RuleKind.values()) {
      out.append("| ").append(kind.letter()).append(" | ").append(kind.id()).append(" | ").append(kind.meaning())
          .append(" |\n");
    }
    return out.toString();
  }

  /** Writes the page under {@code projectRoot}; returns whether its bytes changed. */
  public static boolean write(RuleCatalogue catalogue, Path projectRoot) throws IOException {
    Path page = projectRoot.resolve(PATH);
    byte[] fresh = render(catalogue).getBytes(StandardCharsets.UTF_8);
    if (Files.exists(page) && Arrays.equals(Files.readAllBytes(page), fresh)) {
      return false;
    }
    Files.createDirectories(page.getParent());
    Files.write(page, fresh);
    return true;
  }

  private static void totals(RuleCatalogue catalogue, StringBuilder out) {
    out.append("## Totals\n\n| Return | Year | Rules | Implemented | of which warnings | Planned | Not applicable | Needs external data |\n"
        + "|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (RulePack pack : catalogue.packs()) {
      for (CollectionYear year : pack.years()) {
        List<StatutoryRule> rules = pack.rulesIn(year);
        out.append("| ").append(pack.statutoryReturn().title()).append(" | ").append(year).append(" | ")
            .append(rules.size());
        for (RuleStatus status : RuleStatus.values()) {
          out.append(" | ").append(rules.stream().filter(r -> r.status() == status).count());
          if (status == RuleStatus.IMPLEMENTED) {
            out.append(" | ").append(rules.stream()
                .filter(r -> r.status() == status && r.severity() == Severity.WARNING).count());
          }
        }
        out.append(" |\n");
      }
    }
    out.append("\nRules that need external data, by the data they need (all years together):\n\n"
        + "| Return | Data | Rules |\n|---|---|---:|\n");
    for (RulePack pack : catalogue.packs()) {
      for (ExternalData data : ExternalData.values()) {
        long n = pack.rules().stream().filter(r -> r.status() == RuleStatus.NEEDS_EXTERNAL_DATA && r.needs() == data).count();
        if (n > 0) {
          out.append("| ").append(pack.statutoryReturn().title()).append(" | ").append(data.title()).append(" | ")
              .append(n).append(" |\n");
        }
      }
    }
    out.append('\n');
  }

  private static void pack(RulePack pack, StringBuilder out) {
    out.append("## ").append(pack.statutoryReturn().title()).append("\n\n");
    if (!pack.source().isEmpty()) {
      out.append("Rule facts from ").append(cell(pack.source())).append(".\n\n");
    }
    for (RulePack.YearNote note : pack.yearNotes()) {
      out.append("- ").append(note.year()).append(": ").append(cell(note.text())).append('\n');
    }
    if (!pack.yearNotes().isEmpty()) {
      out.append('\n');
    }
    out.append("| Code |");
    pack.years().forEach(y -> out.append(' ').append(y).append(" |"));
    out.append(" Severity | Kind | Status | What it checks | SSD columns, or why not |\n|---|");
    pack.years().forEach(y -> out.append(":---:|"));
    out.append("---|---|---|---|---|\n");
    List<StatutoryRule> rules = pack.rules().stream()
        .sorted((a, b) -> StatutoryRule.CODE_ORDER.compare(a.code(), b.code())).toList();
    for (StatutoryRule rule : rules) {
      out.append("| ").append(rule.code()).append(" |");
      pack.years().forEach(y -> out.append(rule.appliesIn(y) ? " yes |" : " |"));
      out.append(' ').append(rule.severity().label()).append(" | ").append(rule.kind().letter()).append(' ')
          .append(rule.kind().id()).append(" | ").append(status(rule)).append(" | ").append(cell(rule.checks()));
      if (rule.changes() != null) {
        out.append(" Changes: ").append(cell(rule.changes()));
      }
      out.append(" | ").append(where(rule)).append(" |\n");
    }
    out.append('\n');
  }

  private static String status(StatutoryRule rule) {
    return switch (rule.status()) {
      case IMPLEMENTED -> (rule.severity() == Severity.WARNING ? "implemented as a warning" : "implemented")
          + (rule.needs() == ExternalData.PREVIOUS_RETURN ? " (with --previous)" : "");
      case PLANNED -> "planned";
      case NOT_APPLICABLE -> "not applicable";
      case NEEDS_EXTERNAL_DATA -> "needs " + rule.needsIfAny().map(ExternalData::title).orElse("external data");
    };
  }

  private static String where(StatutoryRule rule) {
    StringBuilder s = new StringBuilder();
    if (rule.reason() != null) {
      s.append(cell(rule.reason()));
    }
    if (!rule.reads().isEmpty()) {
      if (s.length() > 0) {
        s.append(" Reads ");
      }
      s.append(rule.reads().stream().map(FieldRef::toString).map(c -> "`" + c + "`").collect(Collectors.joining(", ")));
    }
    if (rule.note() != null) {
      s.append(s.length() > 0 ? " (" : "(").append(cell(rule.note())).append(')');
    }
    return s.toString();
  }

  /** Text safe inside one Markdown table cell. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
