package io.github.ssdkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CheckInfo;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecManifest;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.DirectorySource;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.RowsSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key lookup phase: overlapping periods (found after the last row) and duplicate keys get
 * their row keys and first rows from one more read of the table; a source that cannot be read
 * again keeps the issues without them and says why in the table's notes.
 */
class KeyLookupPhaseTest {

  private static final Table PERIODS = new Table("t_period", "", "cla", null, null, List.of("id"), List.of(
      Field.builder("id", LogicalType.STRING).required(true).build(),
      Field.builder("child", LogicalType.STRING).build(),
      Field.builder("start", LogicalType.DATE).build(),
      Field.builder("end", LogicalType.DATE).build()), List.of(
      new Check.NoOverlap(CheckInfo.of("no-overlap", "periods do not overlap"), List.of("child"), "start", "end")),
      null, null);

  private static final Spec SPEC = new Spec(new SpecManifest("ssd", "t", "2.0.0", null, LocalDate.of(2026, 1, 5),
      null, List.of("t_period"), List.of(), null), List.of(PERIODS), List.of());

  private static final List<Map<String, String>> ROWS = List.of(
      row("a", "2020-01-01", "2020-06-30"),
      row("b", "2020-03-01", "2020-08-01"), // overlaps a
      row("a", "2021-01-01", "2021-02-01")); // repeats key a

  private static Map<String, String> row(String id, String start, String end) {
    Map<String, String> row = new HashMap<>();
    row.put("id", id);
    row.put("child", "c1");
    row.put("start", start);
    row.put("end", end);
    return row;
  }

  private static List<String> issues(ValidationReport report) {
    return report.issues().stream().map(i -> i.rule() + "#" + i.row() + " key=" + i.key() + ": " + i.message()).toList();
  }

  @Test
  void aSecondReadGivesOverlapsTheirKeysAndDuplicatesTheirFirstRow() {
    ValidationReport report = Validator.of(SPEC).validate(RowsSource.named("t").table("t_period", ROWS)).report();
    assertThat(issues(report)).containsExactly(
        "check.no-overlap#2 key=b: the period starting 2020-03-01 overlaps the period of row 1 of the same child:"
            + " periods do not overlap",
        "primary-key.duplicate#3 key=a: primary key id 'a' appears on an earlier row too (first on row 1)");
    assertThat(report.tables().get(0).notes()).isEmpty();
    assertThat(report.tables().get(0).rules()).containsEntry("check.no-overlap", 1L)
        .containsEntry("primary-key.duplicate", 1L);
  }

  private static final Table VISITS = new Table("t_visit", "", "cin", null, null, List.of("child", "visit"), List.of(
      Field.builder("child", LogicalType.STRING).required(true).build(),
      Field.builder("visit", LogicalType.INTEGER).required(true).build(),
      Field.builder("note", LogicalType.STRING).build()), List.of(), null, null);

  private static final Spec VISIT_SPEC = new Spec(new SpecManifest("ssd", "t", "2.0.0", null, LocalDate.of(2026, 1, 5),
      null, List.of("t_visit"), List.of(), null), List.of(VISITS), List.of());

  @Test
  void duplicatedCompositeKeysFindTheirFirstRowsInCsvAndJsonLinesAlike(@TempDir Path dir) throws IOException {
    Path csv = Files.createDirectories(dir.resolve("csv"));
    Files.writeString(csv.resolve("t_visit.csv"), "child,visit,note\n"
        + "c1,7,first\nc1,8,\nc|2,7,\"a, quoted\"\"note\"\nc1,7,again\nc|2,7,again\nc1,9,\n");
    Path jsonl = Files.createDirectories(dir.resolve("jsonl"));
    Files.writeString(jsonl.resolve("t_visit.jsonl"), """
        {"child":"c1","visit":7,"note":"first"}
        {"child":"c1","visit":8}
        {"child":"c|2","visit":7,"note":"a, quoted\\"note"}
        {"child":"c1","visit":7,"note":"again"}
        {"child":"c|2","visit":7,"note":"again"}
        {"visit":9,"child":"c1"}
        """);
    List<String> expected = List.of(
        "primary-key.duplicate#4 key=c1|7: primary key child, visit 'c1|7' appears on an earlier row too (first on row 1)",
        "primary-key.duplicate#5 key=c|2|7: primary key child, visit 'c|2|7' appears on an earlier row too"
            + " (first on row 3)");
    for (ExtractSource source : List.of(DirectorySource.csv(csv), DirectorySource.jsonLines(jsonl))) {
      ValidationReport report = Validator.of(VISIT_SPEC).validate(source).report();
      assertThat(issues(report)).containsExactlyElementsOf(expected);
      assertThat(report.tables().get(0).notes()).isEmpty();
    }
  }

  @Test
  void aOneShotSourceKeepsTheIssuesAndSaysWhyTheirKeysAreMissing() {
    AtomicInteger opened = new AtomicInteger();
    Iterable<Map<String, String>> once = () -> {
      if (opened.getAndIncrement() > 0) {
        throw new IllegalStateException("a stream can be read once");
      }
      Iterator<Map<String, String>> rows = ROWS.iterator();
      return rows;
    };
    ValidationReport report = Validator.of(SPEC).validate(RowsSource.named("t").table("t_period", once)).report();
    assertThat(issues(report)).containsExactly(
        "check.no-overlap#2 key=: the period starting 2020-03-01 overlaps the period of row 1 of the same child:"
            + " periods do not overlap",
        "primary-key.duplicate#3 key=a: primary key id 'a' appears on an earlier row too");
    assertThat(report.tables().get(0).notes()).containsExactly("the keys of 1 listed row and the first rows of 1"
        + " duplicated key could not be looked up: it could not be read again (a stream can be read once)");
    assertThat(report.issues()).extracting(Issue::severity).hasSize(2);
  }
}
