package io.github.ssdkit.validate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The CSV reader's cell views hold exactly the cells written, whatever the quoting, line ends,
 * byte-order mark and non-ASCII text, and also for rows that straddle a refill of the read buffer
 * (a first cell of 63,000 to 65,530 characters puts the first boundary among the rows after it); the String
 * rows of {@link CsvTableReader#next} say the same.
 */
class CsvCellViewPropertyTest {

  @Property(tries = 150)
  void viewsHoldTheCellsWritten(@ForAll("tables") List<List<String>> rows, @ForAll @IntRange(min = 63_000, max = 65_530) int pad,
      @ForAll boolean bom, @ForAll boolean crlf, @ForAll boolean quoteAll) throws Exception {
    int width = rows.get(0).size();
    List<List<String>> table = new ArrayList<>();
    List<String> first = new ArrayList<>(rows.get(0));
    first.set(0, "p".repeat(pad));
    table.add(first);
    table.addAll(rows);
    // a long last row, so that the refill overwrites the whole buffer the rows before it were in
    List<String> last = new ArrayList<>(rows.get(0));
    last.set(0, "q".repeat(70_000));
    table.add(last);
    // the header unquoted: a quote right after a byte-order mark is read as text (as before the views)
    String csv = (bom ? "\uFEFF" : "") + write(header(width), crlf, false) + write(table, crlf, quoteAll);
    List<String> problems = new ArrayList<>();
    InputProblems sink = (row, rule, error, message) -> problems.add(rule + " " + message);

    List<List<String>> byView = new ArrayList<>();
    CsvTableReader views = new CsvTableReader(bytes(csv), "t.csv", sink);
    CellText[] cells;
    while ((cells = views.nextCells(sink)) != null) {
      byView.add(Arrays.stream(cells).map(c -> c == null ? null : c.toString()).toList());
    }
    List<List<String>> byString = new ArrayList<>();
    CsvTableReader strings = new CsvTableReader(bytes(csv), "t.csv", sink);
    String[] raw;
    while ((raw = strings.next(sink)) != null) {
      byString.add(Arrays.asList(raw.clone()));
    }

    List<List<String>> expected = table.stream().map(r -> r.stream().map(c -> c.isEmpty() ? null : c).toList()).toList();
    assertThat(problems).isEmpty();
    assertThat(views.header()).isEqualTo(header(width).get(0));
    assertThat(shown(byView)).isEqualTo(shown(expected));
    assertThat(shown(byString)).isEqualTo(shown(expected));
  }

  /** The rows with the padding shortened and line breaks made visible, so that a failure reads. */
  private static List<String> shown(List<List<String>> rows) {
    return rows.stream().map(r -> String.valueOf(r).replaceAll("p{20,}", "p...").replaceAll("q{20,}", "q...").replace("\r", "\\r")
        .replace("\n", "\\n").replace("\uFEFF", "<BOM>")).toList();
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.strings().withChars("abc019 -:.").ofMaxLength(12),
        // whole characters only: a lone surrogate has no UTF-8 form, so no file holds one
        Arbitraries.of("a", "\u00e9", "\u00a0", "\uD83D\uDE00", "\"", "'", ",", "\r", "\n", "\uFEFF").list().ofMaxSize(12)
            .map(parts -> String.join("", parts)),
        Arbitraries.just(""));
    return Arbitraries.integers().between(2, 5).flatMap(width -> cell.list().ofSize(width)
        .filter(r -> !r.stream().allMatch(String::isEmpty)).list().ofMinSize(1).ofMaxSize(40));
  }

  private static List<List<String>> header(int width) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      names.add("c" + i);
    }
    return List.of(names);
  }

  private static String write(List<List<String>> rows, boolean crlf, boolean quoteAll) {
    StringBuilder b = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        String c = row.get(i);
        boolean quote = (quoteAll && !c.isEmpty()) || c.indexOf(',') >= 0 || c.indexOf('"') >= 0
            || c.indexOf('\r') >= 0 || c.indexOf('\n') >= 0;
        b.append(i == 0 ? "" : ",").append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
      }
      b.append(crlf ? "\r\n" : "\n");
    }
    return b.toString();
  }

  private static ByteArrayInputStream bytes(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }
}
