package io.github.ssdkit.rules.lint;

import io.github.ssdkit.rules.ExternalData;
import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.rules.RulePack;
import io.github.ssdkit.rules.StatutoryRule;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A rule that will not run on SSD data says why: a not-applicable rule gives a reason, a rule
 * needing outside data names it under 'needs' and explains. A planned rule has neither, so that
 * the coverage page cannot show a reason for a rule that runs.
 */
public final class StatusReasonRule implements CatalogueRule {

  @Override
  public List<SpecProblem> check(RuleCatalogue catalogue, Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (RulePack pack : catalogue.packs()) {
      for (StatutoryRule rule : pack.rules()) {
        for (String message : messages(rule)) {
          out.add(SpecProblem.error("rules.lint.status", rule.location(), rule.id() + " " + message));
        }
      }
    }
    return out;
  }

  /** What is wrong with a rule's reason and needs, given its status; a new status will not compile until handled. */
  private static List<String> messages(StatutoryRule rule) {
    boolean reason = rule.reason() != null;
    boolean needs = rule.needs() != null;
    return switch (rule.status()) {
      case IMPLEMENTED -> reason || (needs && rule.needs() != ExternalData.PREVIOUS_RETURN)
          ? List.of("is implemented, so it takes no 'reason', and no 'needs' but previous-return (an input it runs with); "
              + "use 'note' for how it maps") : List.of();
      case PLANNED -> reason || needs
          ? List.of("is planned, so it takes no 'reason' or 'needs'; use 'note' for how it maps") : List.of();
      case NOT_APPLICABLE -> Stream.of(
              reason ? null : "is not applicable; say why under 'reason'",
              needs ? "is not applicable, so it takes no 'needs'; is it needs-external-data?" : null)
          .filter(Objects::nonNull).toList();
      case NEEDS_EXTERNAL_DATA -> Stream.of(
              needs ? null : "needs external data; name which under 'needs'",
              reason ? null : "needs external data; say what for under 'reason'")
          .filter(Objects::nonNull).toList();
    };
  }
}
