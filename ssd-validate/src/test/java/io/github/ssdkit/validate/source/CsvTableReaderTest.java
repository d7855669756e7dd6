package io.github.ssdkit.validate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader on its own: cells come back exactly as written, wherever the read buffer ends. */
class CsvTableReaderTest {

  @Test
  void longQuotedCellsKeepEveryQuoteAndLineBreakAcrossBufferEnds() throws Exception {
    StringBuilder value = new StringBuilder();
    for (int i = 0; value.length() < 300_000; i++) {
      value.append(i % 7 == 0 ? "\"" : "").append(i % 11 == 0 ? "\n" : "").append("{\"k\":").append(i).append('}');
    }
    String quoted = '"' + value.toString().replace("\"", "\"\"") + '"';
    String csv = "a,b\n" + quoted + ",x\n" + "plain,\"\"\"\"\n";
    List<String> problems = new ArrayList<>();

    CsvTableReader reader = new CsvTableReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
        (row, rule, error, message) -> problems.add(rule + " " + message));
    String[] first = reader.next((row, rule, error, message) -> problems.add(rule + " " + message)).clone();
    String[] second = reader.next((row, rule, error, message) -> problems.add(rule + " " + message)).clone();

    assertThat(first[0]).isEqualTo(value.toString());
    assertThat(first[1]).isEqualTo("x");
    assertThat(second).containsExactly("plain", "\"");
    assertThat(reader.rowNumber()).isEqualTo(2);
    assertThat(problems).isEmpty();
  }

  @Test
  void aQuotedCellUnquotedInPlaceIsPutBackWhenItTurnsOutToNeedTheCarefulPath() throws Exception {
    // each quoted cell has doubled quotes before what sends it down the careful path: a line break,
    // text after the closing quote, and (the last one) the end of the read buffer
    String longCell = "\"\"" + "x".repeat(70_000) + "\"\"";
    String csv = "id,text\n"
        + "1,\"say \"\"hi\"\"\nthere \"\"you\"\"\"\n"
        + "2,\"a \"\"b\"\" \"c\n"
        + "3,\"" + longCell.replace("\"", "\"\"") + "\"\n"
        + "4,\"\"\"\"\n";
    List<String> problems = new ArrayList<>();
    InputProblems sink = (row, rule, error, message) -> problems.add(row + " " + rule);

    CsvTableReader reader = new CsvTableReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv", sink);
    List<String> rows = new ArrayList<>();
    for (String[] cells = reader.next(sink); cells != null; cells = reader.next(sink)) {
      rows.add(cells[0] + ": " + cells[1]);
    }

    assertThat(rows).containsExactly(
        "1: say \"hi\"\nthere \"you\"",
        "2: a \"b\" c", // the text after the closing quote is kept, as the careful path always did
        "3: " + longCell,
        "4: \"");
    assertThat(problems).isEmpty();
  }

  @Test
  void aByteOrderMarkBeforeAQuotedHeaderIsSkippedSoTheFirstNameLosesItsQuotes() throws Exception {
    String csv = "\uFEFF\"id\",\"name\"\n\"1\",\"Ann\"\n";
    List<String> problems = new ArrayList<>();

    CsvTableReader reader = new CsvTableReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
        (row, rule, error, message) -> problems.add(rule + " " + message));

    assertThat(reader.header()).containsExactly("id", "name");
    assertThat(reader.next((row, rule, error, message) -> problems.add(rule + " " + message))).containsExactly("1", "Ann");
    assertThat(problems).isEmpty();
  }

  @Test
  void aByteOrderMarkBeforeAPlainHeaderIsSkippedAndAFileOfOnlyAMarkIsEmpty() throws Exception {
    List<String> problems = new ArrayList<>();
    CsvTableReader plain = new CsvTableReader(new ByteArrayInputStream("\uFEFFid\n1\n".getBytes(StandardCharsets.UTF_8)),
        "t.csv", (row, rule, error, message) -> problems.add(rule + " " + message));
    new CsvTableReader(new ByteArrayInputStream("\uFEFF".getBytes(StandardCharsets.UTF_8)), "e.csv",
        (row, rule, error, message) -> problems.add(rule));

    assertThat(plain.header()).containsExactly("id");
    assertThat(problems).containsExactly("input.empty");
  }

  @Test
  void anUnclosedQuoteNamesTheLineItOpenedOnAndReadingResumesOnTheNextLine() throws Exception {
    String csv = "a,b\n1,2\n3,\"never\nclosed\n";
    List<String> problems = new ArrayList<>();
    CsvTableReader reader = new CsvTableReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
        (row, rule, error, message) -> problems.add(rule + " " + message));

    while (reader.next((row, rule, error, message) -> problems.add(rule + " " + message)) != null) {
      // read to the end
    }

    assertThat(problems).containsExactly(
        "input.quote t.csv line 3: a quoted cell is never closed; expected a closing double quote; the row was not checked",
        "input.cells t.csv line 4: row has 1 cells but the header has 2; the row was not checked");
    assertThat(reader.incomplete()).contains("2 rows could not be read (the first at line 3)");
  }

  @Test
  void estimatesTheRowsOfAFileFromItsSizeAndTheFirstRows() throws Exception {
    StringBuilder csv = new StringBuilder("id,name,born\n");
    for (int i = 0; i < 200_000; i++) {
      csv.append(i).append(",Name ").append(i % 97).append(",2001-02-").append(10 + i % 18).append('\n');
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

    CsvTableReader sized = new CsvTableReader(new ByteArrayInputStream(bytes), "t.csv", (row, rule, error, message) -> { },
        bytes.length);
    CsvTableReader unsized = new CsvTableReader(new ByteArrayInputStream(bytes), "t.csv", (row, rule, error, message) -> { });

    assertThat(sized.estimatedRows().orElseThrow()).isBetween(180_000L, 220_000L);
    assertThat(unsized.estimatedRows()).isEmpty();
  }
}
