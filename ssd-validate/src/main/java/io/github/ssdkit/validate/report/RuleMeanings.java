package io.github.ssdkit.validate.report;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What each rule id of a report means, in a sentence a reader can act on. Fixed rule ids are
 * explained here; the ids of a table's declared checks ({@code check.<id>}, {@code range.<id>})
 * take the check's own description from the spec, so they are only explained when a spec is given.
 */
public final class RuleMeanings {

  private static final Map<String, String> FIXED = Map.ofEntries(
      Map.entry("type.date", "The value is not a real calendar date written yyyy-MM-dd."),
      Map.entry("type.datetime", "The value is not a real date and time (yyyy-MM-ddTHH:mm:ss, or with a space or a fraction)."),
      Map.entry("type.integer", "The value is not a whole number."),
      Map.entry("type.decimal", "The value is not a decimal number, or has more digits than the column allows."),
      Map.entry("type.boolean", "The value is not a true/false bit (1, 0, true or false)."),
      Map.entry("type.json", "The value is not the JSON the column declares (an object of its keys, or an array)."),
      Map.entry("type.json-key", "A JSON object holds a key the column does not declare, or a key's value has the wrong type."),
      Map.entry("required", "A required column is empty, or a required key of a JSON column holds no value."),
      Map.entry("length", "The text is longer than the column's maximum length (counted in characters)."),
      Map.entry("code", "The value is not a code of the column's code set."),
      Map.entry("code.alias", "The value is another spelling of a code; it is accepted, but the code itself should be sent."),
      Map.entry("code.withdrawn", "The code was withdrawn: a warning on records dated before its withdrawal, an error after."),
      Map.entry("pattern", "The value does not match the pattern the column declares."),
      Map.entry("pattern.nhs-number", "The value is not a valid NHS number (ten digits with a modulus 11 check digit)."),
      Map.entry("pattern.upn", "The value is not a valid Unique Pupil Number (check letter and shape)."),
      Map.entry("range", "The number lies outside the column's declared bounds."),
      Map.entry("primary-key.duplicate", "Two or more rows share the same primary key."),
      Map.entry("primary-key.unique", "Two or more rows share a value in a column that must be unique."),
      Map.entry("foreign-key", "The value names a row that does not exist in the table it refers to."),
      Map.entry("input.empty", "The file is empty; a header row of column names was expected."),
      Map.entry("input.quote", "A quoted cell is never closed."),
      Map.entry("input.cells", "A row has more or fewer cells than the header."),
      Map.entry("input.cell-too-large", "A cell is too large to be a real value; it was cut."),
      Map.entry("input.encoding", "A row holds a byte that is not UTF-8 (the row is skipped), or the file is UTF-16."),
      Map.entry("input.separator", "The file is separated by semicolons, tabs or bars, not commas; it was not read."),
      Map.entry("input.nul", "A cell holds a NUL character (byte 0); the row is skipped."),
      Map.entry("input.row-too-large", "A row is too large to be a real row; it is skipped."),
      Map.entry("input.binary", "The file holds a NUL character: it looks binary, not text."),
      Map.entry("input.json", "A line of a JSON Lines file is not one JSON object."),
      Map.entry("input.missing-column", "A column of the table is missing from the file (an error when the column is required)."),
      Map.entry("input.unknown-column", "The file has a column the table does not declare; it is ignored."),
      Map.entry("input.duplicate-column", "The header names the same column twice."),
      Map.entry("input.duplicate-file", "Two files hold the same table."),
      Map.entry("input.unknown-table", "A file in the extract is not an SSD table; it is ignored."),
      Map.entry("input.spec-version", "The extract declares another spec version than the one it was judged against."),
      Map.entry("input.unreadable", "The file could not be read."),
      Map.entry("input.column-type", "A database column's type does not suit the SSD column."),
      Map.entry("input.database", "The table could not be read from the database."));

  private final Spec spec;

  private RuleMeanings(Spec spec) {
    this.spec = spec;
  }

  /**
   * Meanings of fixed rule ids only.
   *
   * @return the meanings
   */
  public static RuleMeanings fixed() {
    return new RuleMeanings(null);
  }

  /**
   * Meanings that also explain the declared checks of this spec's tables.
   *
   * @param spec the spec whose checks to explain
   * @return the meanings
   */
  public static RuleMeanings of(Spec spec) {
    return new RuleMeanings(spec);
  }

  /**
   * The meaning of a rule as reported for a table (empty for the whole extract), or empty when
   * the rule id is unknown here (a declared check without a spec).
   *
   * @param table the table the rule was reported for, or empty
   * @param rule the rule id
   * @return the meaning, or empty
   */
  public Optional<String> meaning(String table, String rule) {
    String fixed = FIXED.get(rule);
    if (fixed != null) {
      return Optional.of(fixed);
    }
    int dot = rule.indexOf('.');
    String kind = dot < 0 ? rule : rule.substring(0, dot);
    if (spec == null || dot < 0 || !(kind.equals("check") || kind.equals("range"))) {
      return Optional.empty();
    }
    String id = rule.substring(dot + 1);
    return spec.table(table).flatMap(t -> declared(t, id)).map(Check::description);
  }

  /**
   * Every rule of a report with its meaning, keyed {@code rule} for fixed rules and
   * {@code table/rule} for a table's declared checks (whose meaning differs per table).
   *
   * @param report the report
   * @return the meanings by {@link #key}, for the rules the report has
   */
  public Map<String, String> forReport(ValidationReport report) {
    Map<String, String> out = new TreeMap<>();
    for (TableSummary t : report.tables()) {
      t.rules().keySet().forEach(rule -> out.put(key(t.table(), rule), meaning(t.table(), rule).orElse("")));
    }
    report.extract().rules().keySet().forEach(rule -> out.put(rule, meaning("", rule).orElse("")));
    return out;
  }

  /**
   * The key {@link #forReport} files a rule under.
   *
   * @param table the table the rule was reported for, or empty
   * @param rule the rule id
   * @return {@code rule} for a fixed rule, {@code table/rule} for a declared check
   */
  public static String key(String table, String rule) {
    return FIXED.containsKey(rule) || table.isEmpty() ? rule : table + "/" + rule;
  }

  private static Optional<Check> declared(Table table, String id) {
    return table.checks().stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
