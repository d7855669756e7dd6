package io.github.ssdkit.validate.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.rules.Temporal;
import io.github.ssdkit.validate.source.CellRows;
import io.github.ssdkit.validate.source.DirectorySource;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.InputProblems;
import io.github.ssdkit.validate.source.TableReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set reads the same rows whether {@link SourceTables} reads a reader's cell views (making
 * Strings of the asked cells only) or the reader's Strings of every cell.
 */
class SourceTablesViewsTest {

  private static final List<String> PERSON_COLUMNS = List.of("pers_dob", "pers_sex", "pers_upn", "pers_outcome_json",
      "pers_person_id", "pers_death_date");
  private static final List<String> DISABILITY_COLUMNS = List.of("disa_disability_code");
  private static final Temporal DAY_FIRST = new Temporal(List.of("dd/MM/yyyy"));

  @TempDir
  Path extract;

  /** One row as a rule set received it; the cells copied, as the array is reused. */
  private record Row(long row, String key, List<String> cells) {}

  @Test
  void csvRowsAreTheSameThroughViewsAndThroughStrings() throws IOException {
    List<String> people = new ArrayList<>(List.of(
        // header in another case and order, pers_upn missing, a column the spec does not know
        "PERS_SEX,pers_person_id,extra,pers_dob,pers_death_date,pers_outcome_json",
        "F,1,x,2010-05-01,,\"{\"\"OUTCOME_NFA_FLAG\"\":\"\"Y\"\"}\"",
        "\"M\",\"2\",,01/02/2012,  ,",
        "F,3,too,many,cells,here,!",
        "\"U\",\" \",,31/13/2012,2020-01-01,\"line one",
        "line two, with \"\"quotes\"\"\"",
        "",
        "M,5,,not a date,,"));
    // enough rows that records cross the reader's buffer refills
    for (int i = 6; i < 4000; i++) {
      people.add((i % 2 == 0 ? "F" : "\"M\"") + ",child-" + i + ",padding padding," + (i % 28 + 1) + "/03/2015,,"
          + "\"{\"\"i\"\":" + i + "}\"");
    }
    write("ssd_person.csv", people);
    write("ssd_disability.csv", List.of("disa_person_id,disa_disability_code",
        "1,HAND", ",NONE", "\"2\",\"\"", "3,\"a,b\"", "\"x\"\"y\",\"\"\"Q\"\"\""));

    List<Row> dob = assertSameBothWays(DirectorySource.csv(extract), "ssd_person", PERSON_COLUMNS);
    List<Row> codes = assertSameBothWays(DirectorySource.csv(extract), "ssd_disability", DISABILITY_COLUMNS);
    // a read of one column: the JSON cells, which hold doubled quotes, are not read at all
    List<Row> sexes = assertSameBothWays(DirectorySource.csv(extract), "ssd_person", List.of("pers_sex"));

    assertThat(dob).hasSize(4 + 3994);
    assertThat(dob.get(0)).isEqualTo(new Row(1, "1", Arrays.asList("2010-05-01", "F", null,
        "{\"OUTCOME_NFA_FLAG\":\"Y\"}", "1", null)));
    assertThat(dob.get(1)).isEqualTo(new Row(2, "2", Arrays.asList("2012-02-01", "M", null, null, "2", null)));
    assertThat(dob.get(2)).isEqualTo(new Row(4, "", Arrays.asList("31/13/2012", "U", null,
        "line one\nline two, with \"quotes\"", null, "2020-01-01")));
    assertThat(dob.get(3).row()).isEqualTo(5);
    assertThat(dob.get(3).cells().get(0)).isEqualTo("not a date");
    assertThat(codes).containsExactly(new Row(1, "1|HAND", List.of("HAND")),
        new Row(2, "|NONE", List.of("NONE")), new Row(3, "2|", Arrays.asList((String) null)),
        new Row(4, "3|a,b", List.of("a,b")), new Row(5, "x\"y|\"Q\"", List.of("\"Q\"")));
    assertThat(sexes).extracting(Row::key).startsWith("1", "2", "", "5", "child-6");
  }

  @Test
  void jsonLinesRowsAreTheSameThroughViewsAndThroughStrings() throws IOException {
    write("ssd_person.jsonl", List.of(
        "{\"pers_person_id\":\"1\",\"pers_sex\":\"F\",\"pers_dob\":\"2010-05-01\","
            + "\"pers_outcome_json\":{\"OUTCOME_NFA_FLAG\":\"Y\"}}",
        "{\"pers_person_id\": \"2\", \"pers_sex\": \"M\\u0041\", \"pers_dob\": \"01/02/2012\", \"pers_upn\": \"  \"}",
        "not json at all",
        "{\"pers_person_id\":\"3\",\"pers_death_date\":null,\"pers_upn\":\"\",\"unknown\":1}",
        "",
        "{\"PERS_PERSON_ID\":\"4\",\"pers_dob\":\"31/13/2012\",\"pers_outcome_json\":{ \"COMMENTS\" : \"a\\nb\" }}",
        "{\"pers_person_id\":\"5\",\"pers_person_id\":\"6\"}"));
    write("ssd_disability.jsonl", List.of(
        "{\"disa_person_id\":\"1\",\"disa_disability_code\":\"HAND\"}",
        "{\"disa_disability_code\":\"NONE\"}"));

    List<Row> people = assertSameBothWays(DirectorySource.jsonLines(extract), "ssd_person", PERSON_COLUMNS);
    List<Row> codes = assertSameBothWays(DirectorySource.jsonLines(extract), "ssd_disability", DISABILITY_COLUMNS);

    assertThat(people).extracting(Row::key).containsExactly("1", "2", "3", "4");
    assertThat(people.get(0).cells())
        .containsExactly("2010-05-01", "F", null, "{\"OUTCOME_NFA_FLAG\":\"Y\"}", "1", null);
    assertThat(people.get(1).cells()).containsExactly("2012-02-01", "MA", null, null, "2", null);
    assertThat(people.get(3).cells().get(0)).isEqualTo("31/13/2012");
    assertThat(people.get(3).cells().get(3)).isEqualTo("{\"COMMENTS\":\"a\\nb\"}");
    assertThat(codes).containsExactly(new Row(1, "1|HAND", List.of("HAND")), new Row(2, "|NONE", List.of("NONE")));
  }

  @Test
  void aTableTheExtractLacksReadsAsEmptyBothWays() throws IOException {
    write("ssd_person.csv", List.of("pers_person_id", "1"));

    assertThat(assertSameBothWays(DirectorySource.csv(extract), "ssd_disability", DISABILITY_COLUMNS)).isEmpty();
  }

  /** Reads a table through the source's own readers (views) and through readers hiding them (Strings). */
  private static List<Row> assertSameBothWays(ExtractSource source, String table, List<String> columns)
      throws IOException {
    Spec spec = mini();
    Table t = spec.table(table).orElseThrow();
    source.open(t, (row, rule, error, message) -> { }).ifPresent(reader -> {
      assertThat(reader).as("the directory's readers offer cell views").isInstanceOf(CellRows.class);
      close(reader);
    });
    List<Row> viaViews = read(new SourceTables(spec, source, DAY_FIRST), table, columns);
    List<Row> viaStrings = read(new SourceTables(spec, new StringsOnly(source), DAY_FIRST), table, columns);
    assertThat(viaViews).isEqualTo(viaStrings);
    return viaViews;
  }

  private static List<Row> read(SourceTables tables, String table, List<String> columns) throws IOException {
    List<Row> rows = new ArrayList<>();
    tables.read(table, columns, (row, key, cells) -> rows.add(new Row(row, key, Arrays.asList(cells.clone()))));
    return rows;
  }

  /** The same extract, whose readers hand over Strings only, as a reader without cell views does. */
  private record StringsOnly(ExtractSource inner) implements ExtractSource {
    @Override
    public String describe() {
      return inner.describe();
    }

    @Override
    public Optional<String> unusable(Spec spec) {
      return inner.unusable(spec);
    }

    @Override
    public Optional<TableReader> open(Table table, InputProblems problems) throws IOException {
      return inner.open(table, problems).map(Strings::new);
    }

    @Override
    public List<String> unknownTables(Spec spec) throws IOException {
      return inner.unknownTables(spec);
    }
  }

  /** A reader's rows as Strings, its cell views hidden. */
  private record Strings(TableReader reader) implements TableReader {
    @Override
    public List<String> header() {
      return reader.header();
    }

    @Override
    public String[] next(InputProblems problems) throws IOException {
      return reader.next(problems);
    }

    @Override
    public Optional<String> incomplete() {
      return reader.incomplete();
    }

    @Override
    public OptionalLong estimatedRows() {
      return reader.estimatedRows();
    }

    @Override
    public long rowNumber() {
      return reader.rowNumber();
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  private void write(String file, List<String> lines) throws IOException {
    Files.writeString(extract.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static void close(TableReader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Spec mini() {
    try {
      return SpecLoader.load(Path.of(SourceTablesViewsTest.class.getResource("/specs/mini/ssd.yaml").toURI())
          .getParent()).orThrow();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
