package io.github.ssdkit.validate.source;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of the CSV reader: whatever the bytes, no exception escapes, every
 * problem is a reported {@code input.*} issue of one line, and reading ends (never more rows than
 * lines). {@code ./mvnw verify} replays the kept inputs and fuzzes a few seconds; docs/reliability.md
 * says how to run it for longer.
 */
class CsvReaderFuzzTest {

  @FuzzTest(maxDuration = "4s") // when fuzzing inside verify; the long runs set their own limit
  void anyBytesGiveRowsOrReportedProblems(byte[] data) throws IOException {
    fuzzerTestOneInput(data);
  }

  /** The entry point of Jazzer's command line, for the long runs. */
  public static void fuzzerTestOneInput(byte[] data) throws IOException {
    ReportedProblems problems = new ReportedProblems();
    try (CsvTableReader reader = new CsvTableReader(new ByteArrayInputStream(data), "t.csv", problems)) {
      long lines = ReportedProblems.lines(data);
      while (reader.next(problems) != null) {
        if (reader.rowNumber() > lines) {
          throw new AssertionError("row " + reader.rowNumber() + " of an input of " + lines + " lines: reading loops");
        }
        if (reader.header().isEmpty()) {
          throw new AssertionError("a row without a header");
        }
      }
      if (problems.rowsSkipped() > 0 && reader.incomplete().isEmpty()) {
        throw new AssertionError("rows were skipped but the table is said to be complete: " + problems);
      }
    }
  }
}
