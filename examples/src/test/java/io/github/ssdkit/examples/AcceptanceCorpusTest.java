package io.github.ssdkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationOptions;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.DirectorySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance corpus: rows written by hand the way the SSD guidance and the statutory returns
 * write them (not by our sample generator, which shares the spec's assumptions), each named in
 * {@code acceptance/manifest.csv} with the guidance item or rule it encodes. The valid rows must
 * give no errors; each breaking row, added to the valid extract, must be reported with its rule.
 */
class AcceptanceCorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/acceptance");
  private static final Path VALID = CORPUS.resolve("valid");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** file, row, expect, severity, encodes (the last may be quoted and hold commas). */
  private static final Pattern ENTRY = Pattern.compile("^([^,]+),(\\d+),([^,]+),([^,]*),\"?(.+?)\"?$");

  record Entry(String file, int row, String expect, String severity, String encodes) {
    boolean valid() {
      return expect.equals("valid");
    }

    String table() {
      String name = Path.of(file).getFileName().toString();
      return name.substring(0, name.length() - ".csv".length());
    }

    @Override
    public String toString() {
      return file + " row " + row + " (" + encodes + ")";
    }
  }

  static List<Entry> manifest() {
    try {
      return Files.readAllLines(CORPUS.resolve("manifest.csv"), StandardCharsets.UTF_8).stream().skip(1)
          .filter(line -> !line.isBlank())
          .map(line -> {
            Matcher m = ENTRY.matcher(line);
            assertThat(m.matches()).as("manifest line: " + line).isTrue();
            return new Entry(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4), m.group(5));
          })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Entry> breakingRows() {
    return manifest().stream().filter(e -> !e.valid());
  }

  @Test
  void everyRowOfTheCorpusIsNamedInTheManifestOnce() throws IOException {
    Set<String> rows = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CORPUS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".csv") && !p.endsWith("manifest.csv")).toList()) {
        long dataRows = lines(file).size() - 1;
        for (int r = 1; r <= dataRows; r++) {
          rows.add(CORPUS.relativize(file).toString().replace('\\', '/') + "#" + r);
        }
      }
    }
    List<String> named = manifest().stream().map(e -> e.file() + "#" + e.row()).toList();

    assertThat(named).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(named)).isEqualTo(rows);
  }

  @Test
  void theValidRowsGiveNoErrorAndWarnOnlyWhereTheManifestSaysSo() {
    ValidationReport report = validate(VALID);

    assertThat(report.issues()).filteredOn(Issue::isError).isEmpty();
    Set<String> warned = new TreeSet<>();
    report.issues().stream().filter(i -> !i.isError()).forEach(i -> warned.add(i.table() + "#" + i.row()));
    Set<String> expected = new TreeSet<>();
    manifest().stream().filter(e -> e.valid() && e.encodes().contains("a warning"))
        .forEach(e -> expected.add(e.table() + "#" + e.row()));
    assertThat(warned).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakingRows")
  void aRowBreakingAStatutoryRuleIsReportedWithItsRuleId(Entry entry, @TempDir Path dir) throws IOException {
    copyValidExtract(dir);
    List<String> breaking = lines(CORPUS.resolve(entry.file()));
    Path table = dir.resolve(entry.table() + ".csv");
    List<String> valid = lines(table);
    assertThat(breaking.get(0)).as("the breaking file's header is the valid table's").isEqualTo(valid.get(0));
    Files.writeString(table, breaking.get(entry.row()) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    long addedRow = valid.size();  // the header is not a data row, so the added row is this number

    ValidationReport report = validate(dir);

    Severity severity = Severity.valueOf(entry.severity().toUpperCase(java.util.Locale.ROOT));
    assertThat(report.issues()).as(entry.toString())
        .anyMatch(i -> i.table().equals(entry.table()) && i.row() == addedRow && i.rule().equals(entry.expect())
            && i.severity() == severity);
    assertThat(report.issues()).as("no other error than the rule broken")
        .filteredOn(i -> i.isError() && !(i.rule().equals(entry.expect()) && i.table().equals(entry.table())))
        .isEmpty();
  }

  /**
   * The corpus keeps up with the spec: every coded column of the bundled spec has valid rows, and
   * every code of its set is written in at least one of them, as the code or as one of its aliases
   * (the guidance's spelling). A column or code added to the spec fails here until the corpus has a
   * row written the way the guidance or the returns write it.
   */
  @Test
  void everyCodedColumnOfTheSpecHasARowForEachOfItsCodes() throws IOException {
    Spec spec = SpecLoader.bundled().orThrow();
    List<String> missing = new ArrayList<>();
    for (Table table : spec.tables()) {
      for (Field field : table.fields()) {
        if (field.codeSet() == null) {
          continue;
        }
        Set<String> written = writtenValues(table.name(), field);
        if (written.isEmpty()) {
          missing.add(table.name() + "." + field.name() + ": no row");
          continue;
        }
        CodeSet set = spec.codeSet(field.codeSet()).orElseThrow();
        for (CodeValue code : set.values()) {
          if (!written.contains(code.code()) && code.aliases().stream().noneMatch(written::contains)) {
            missing.add(table.name() + "." + field.name() + ": no row writes " + set.id() + " code " + code.code());
          }
        }
      }
    }

    assertThat(missing).as("coded columns and codes the corpus does not write").isEmpty();
  }

  /** The non-empty cells of a column in the valid corpus; a JSON array cell gives each element. */
  private static Set<String> writtenValues(String table, Field field) throws IOException {
    Path file = VALID.resolve(table + ".csv");
    Set<String> values = new TreeSet<>();
    if (!Files.exists(file)) {
      return values;
    }
    List<String> lines = lines(file);
    int column = Csv.split(lines.get(0)).indexOf(field.name());
    assertThat(column).as(file + " has a column " + field.name()).isNotNegative();
    for (String line : lines.subList(1, lines.size())) {
      String cell = Csv.split(line).get(column);
      if (field.type() == LogicalType.JSON_ARRAY && cell.startsWith("[")) {
        JSON.readTree(cell).forEach(element -> values.add(element.asText()));
      } else if (!cell.isEmpty()) {
        values.add(cell);
      }
    }
    return values;
  }

  private static void copyValidExtract(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(VALID)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
  }

  private static ValidationReport validate(Path dir) {
    var result = Validator.of(SpecLoader.bundled().orThrow())
        .withOptions(ValidationOptions.defaults().withMaxIssuesPerRule(10_000))
        .validate(DirectorySource.csv(dir));
    assertThat(result.isUsable()).isTrue();
    return result.report();
  }
}
