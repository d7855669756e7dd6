package io.github.ssdkit.validate.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes the listed issues as RFC 4180 CSV, one row per issue, for spreadsheets. */
public final class CsvReportWriter implements ReportWriter {

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.write("severity,rule,table,row,key,field,value,message\n");
    for (Issue i : report.issues()) {
      w.write(i.severity().label());
      for (String cell : new String[] {i.rule(), i.table(), Long.toString(i.row()), i.key(), i.field(), i.value(), i.message()}) {
        w.write(',');
        w.write(quote(cell));
      }
      w.write('\n');
    }
    w.flush();
  }

  static String quote(String cell) {
    boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
