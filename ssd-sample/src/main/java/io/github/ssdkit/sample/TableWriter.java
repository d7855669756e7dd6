package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.format.FileKind;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Streams one table's rows to its CSV file and, when asked, its JSON Lines file; or, for the size
 * estimate, to writers that only count.
 */
final class TableWriter implements Closeable {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private final List<Field> fields;
  private final Writer csv;
  private final Writer jsonl;
  private long rows;

  /** Writes {@code <table>.csv} and, when asked, {@code <table>.jsonl} in {@code dir}. */
  static TableWriter toFiles(Table table, Path dir, boolean jsonLines) throws IOException {
    Writer csv = open(dir.resolve(FileKind.CSV.fileName(table.name())));
    try {
      return new TableWriter(table, csv,
          jsonLines ? open(dir.resolve(FileKind.JSON_LINES.fileName(table.name()))) : null);
    } catch (IOException | RuntimeException e) {
      csv.close();
      throw e;
    }
  }

  /**
   * Writes the header and holds the writers, which {@link #close} closes.
   *
   * @param jsonl null when no JSON Lines are written
   */
  TableWriter(Table table, Writer csv, Writer jsonl) throws IOException {
    this.fields = table.fields();
    this.csv = csv;
    this.jsonl = jsonl;
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.write(',');
      }
      csv.write(csvCell(fields.get(i).name()));
    }
    csv.write('\n');
  }

  private static Writer open(Path file) throws IOException {
    // Replace a file of this name rather than write into it: a symbolic link named like a sample
    // file loses the link, and the user's file it points at is left alone.
    Files.deleteIfExists(file);
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
  }

  /** Writes a row and returns its 1-based data row number. */
  long write(String[] cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.write(',');
      }
      if (cells[i] != null) {
        csv.write(csvCell(cells[i]));
      }
    }
    csv.write('\n');
    if (jsonl != null) {
      jsonl.write(jsonLine(cells));
    }
    return ++rows;
  }

  long rows() {
    return rows;
  }

  static String csvCell(String s) {
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  private String jsonLine(String[] cells) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < cells.length; i++) {
      Field f = fields.get(i);
      if (i > 0) {
        sb.append(',');
      }
      sb.append(Json.quote(f.name())).append(':');
      String v = cells[i];
      if (v == null) {
        sb.append("null");
      } else if (f.type().isJson()) {
        sb.append(v);
      } else if (f.type() == LogicalType.BOOLEAN && (v.equals("1") || v.equals("0"))) {
        sb.append(v.equals("1"));
      } else if (f.type().isNumeric() && NUMBER.matcher(v).matches()) {
        sb.append(v);
      } else {
        sb.append(Json.quote(v));
      }
    }
    return sb.append("}\n").toString();
  }

  @Override
  public void close() throws IOException {
    try {
      csv.close();
    } finally {
      if (jsonl != null) {
        jsonl.close();
      }
    }
  }
}
