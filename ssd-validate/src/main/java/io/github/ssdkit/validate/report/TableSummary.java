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
 * @param complete false when some of the table could not be read (a damaged row, a file that
 *     stopped early, a missing key column): keys missing from it are then not called errors
 * @param incompleteReason why the table is not complete, empty when it is
 * @param unverifiableForeignKeys values of this table's foreign keys that were not found in a
 *     table that was not completely read, so could be neither confirmed nor reported
 */
public record TableSummary(String table, boolean present, long rows, long errors, long warnings,
    Map<String, Long> rules, List<String> notes, boolean complete, String incompleteReason,
    long unverifiableForeignKeys) {

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
   * @param complete false when some of the table could not be read
   * @param incompleteReason why the table is not complete, empty when it is
   * @param unverifiableForeignKeys foreign-key values that could be neither confirmed nor reported
   */
  public TableSummary {
    rules = Map.copyOf(rules);
    notes = List.copyOf(notes);
    incompleteReason = complete ? "" : java.util.Objects.requireNonNull(incompleteReason, "incompleteReason");
  }

  /**
   * A table read completely, with no foreign keys left unverified.
   *
   * @param table the SSD table
   * @param present whether the extract had a file for it
   * @param rows data rows read
   * @param errors errors found
   * @param warnings warnings found
   * @param rules issue count per rule id
   * @param notes remarks a person should read
   */
  public TableSummary(String table, boolean present, long rows, long errors, long warnings,
      Map<String, Long> rules, List<String> notes) {
    this(table, present, rows, errors, warnings, rules, notes, true, "", 0);
  }
}
