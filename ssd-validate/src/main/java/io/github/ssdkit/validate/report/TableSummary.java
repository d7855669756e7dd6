package io.github.ssdkit.validate.report;

import java.util.List;
import java.util.Map;

/**
 * Per-table counts. Counts are always complete, even where the listed issues were capped.
 *
 * @param table the SSD table
 * @param present whether the extract had a file for it (an absent table is read as empty)
 * @param rows data rows read
 * @param errors errors found
 * @param warnings warnings found
 * @param rules issue count per rule id, sorted by rule id
 * @param notes remarks a person should read, such as "file absent, read as an empty table"
 */
public record TableSummary(String table, boolean present, long rows, long errors, long warnings,
    Map<String, Long> rules, List<String> notes) {

  /**
   * Copies the rule counts and notes, so a summary never changes.
   *
   * @param table the SSD table
   * @param present whether the extract had a file for it (an absent table is read as empty)
   * @param rows data rows read
   * @param errors errors found
   * @param warnings warnings found
   * @param rules issue count per rule id, sorted by rule id
   * @param notes remarks a person should read, such as "file absent, read as an empty table"
   */
  public TableSummary {
    rules = Map.copyOf(rules);
    notes = List.copyOf(notes);
  }
}
