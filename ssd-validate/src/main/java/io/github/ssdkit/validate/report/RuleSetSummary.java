package io.github.ssdkit.validate.report;

import java.util.List;
import java.util.Map;

/**
 * What one rule set (such as the {@code cin-2025-26} statutory rule pack) found. Counts are
 * complete even where the listed issues were capped.
 *
 * @param name the rule set's name
 * @param rules how many rules it ran
 * @param errors errors found
 * @param warnings warnings found
 * @param ruleCounts issue count per rule id, sorted by id; rules that found nothing are absent
 * @param notes remarks, such as a rule set that stopped early and why
 */
public record RuleSetSummary(String name, int rules, long errors, long warnings, Map<String, Long> ruleCounts,
    List<String> notes) {

  /**
   * Copies the counts and notes, so a summary never changes.
   *
   * @param name the rule set's name
   * @param rules how many rules it ran
   * @param errors errors found
   * @param warnings warnings found
   * @param ruleCounts issue count per rule id
   * @param notes remarks
   */
  public RuleSetSummary {
    ruleCounts = Map.copyOf(ruleCounts);
    notes = List.copyOf(notes);
  }
}
