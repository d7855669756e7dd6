package io.github.ssdkit.validate.source;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing of the JSON Lines reader against a table with every kind of column: no
 * exception escapes, rows are as wide as the header, and reading ends.
 */
class JsonLinesReaderFuzzTest {

  private static final Table PERSON = person();

  @FuzzTest(maxDuration = "4s") // when fuzzing inside verify; the long runs set their own limit
  void anyBytesGiveRowsOrReportedProblems(byte[] data) throws IOException {
    fuzzerTestOneInput(data);
  }

  /** The entry point of Jazzer's command line, for the long runs. */
  public static void fuzzerTestOneInput(byte[] data) throws IOException {
    ReportedProblems problems = new ReportedProblems();
    try (JsonLinesTableReader reader = new JsonLinesTableReader(new ByteArrayInputStream(data), "t.jsonl", PERSON)) {
      long lines = ReportedProblems.lines(data);
      String[] row;
      while ((row = reader.next(problems)) != null) {
        if (row.length != reader.header().size() || reader.rowNumber() > lines) {
          throw new AssertionError("row " + reader.rowNumber() + " of " + row.length + " cells in " + lines + " lines");
        }
      }
      if (problems.rowsSkipped() > 0 && reader.incomplete().isEmpty()) {
        throw new AssertionError("rows were skipped but the table is said to be complete: " + problems);
      }
    }
  }

  private static Table person() {
    try {
      Path mini = Path.of(JsonLinesReaderFuzzTest.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent();
      return SpecLoader.load(mini).orThrow().table("ssd_person").orElseThrow();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
