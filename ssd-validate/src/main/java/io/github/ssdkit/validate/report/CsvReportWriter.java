package io.github.ssdkit.validate.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes the listed issues as RFC 4180 CSV, one row per issue, for spreadsheets, then one
 * {@value #SUMMARY} row per rule pack run (its name under {@code rule}, and in {@code message} the
 * rules run, errors and warnings the JSON and text reports give it), so the rows stay one table with
 * one header and a filter on {@code severity} tells the two apart.
 *
 * <p>The values come from the extract, so a cell that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first) gets a leading
 * apostrophe, which spreadsheets hide and read as "this is text". Programs should read the JSON
 * report, which carries every value exactly.
 */
public final class CsvReportWriter implements ReportWriter {

  /** The {@code severity} of a rule pack's summary row. */
  public static final String SUMMARY = "summary";

  /** A writer with no settings: it holds no state, so one instance can write any number of reports. */
  public CsvReportWriter() {
    // Nothing to set up.
  }

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.write("severity,rule,table,row,key,field,value,message\n");
    for (Issue i : report.issues()) {
      w.write(i.severity().label());
      w.write(',');
      w.write(quote(i.rule()));
      w.write(',');
      w.write(quote(i.table()));
      w.write(',');
      w.write(Long.toString(i.row()));
      for (String cell : new String[] {i.key(), i.field(), i.value(), i.message()}) {
        w.write(',');
        w.write(quote(inert(cell)));
      }
      w.write('\n');
    }
    for (RuleSetSummary r : report.ruleSets()) {
      w.write(SUMMARY + ',' + quote(inert(r.name())) + ",,,,,,");
      w.write(quote(inert(summary(r))));
      w.write('\n');
    }
    w.flush();
  }

  /** A rule pack's figures in words, with the notes of a pack that stopped early. */
  static String summary(RuleSetSummary r) {
    StringBuilder sb = new StringBuilder()
        .append(count(r.rules(), "rule")).append(" run, ")
        .append(count(r.errors(), "error")).append(", ")
        .append(count(r.warnings(), "warning"));
    r.notes().forEach(n -> sb.append("; ").append(n));
    return sb.toString();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Makes a cell that starts like a formula read as text. */
  static String inert(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return formulaLike ? "'" + cell : cell;
  }

  static String quote(String cell) {
    boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
