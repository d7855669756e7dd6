package io.github.ssdkit.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** A table a sample wrote, read back from its CSV file: its header and rows. */
record WrittenTable(List<String> header, List<String[]> rows) {

  /** Reads {@code name}.csv of a sample directory. */
  static WrittenTable read(Path sample, String name) throws IOException {
    List<String[]> rows = Csv.read(sample.resolve(name + ".csv"));
    return new WrittenTable(Arrays.asList(rows.get(0)), rows.subList(1, rows.size()));
  }

  /** The index of a column in the header, or -1. */
  int at(String column) {
    return header.indexOf(column);
  }

  /** The cells of one column, in row order. */
  List<String> column(String name) {
    int at = at(name);
    return rows.stream().map(r -> r[at]).toList();
  }
}
