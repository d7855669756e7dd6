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
}
