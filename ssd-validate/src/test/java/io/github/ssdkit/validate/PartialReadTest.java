package io.github.ssdkit.validate;

import static io.github.ssdkit.validate.Extracts.EPISODE_HEADER;
import static io.github.ssdkit.validate.Extracts.PERSON_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.validate.report.JsonReportWriter;
import io.github.ssdkit.validate.report.TableSummary;
import io.github.ssdkit.validate.report.TextReportWriter;
import io.github.ssdkit.validate.report.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One damaged row of a parent table costs that row, not a flood of false foreign-key errors in
 * every table that points at it: reading goes on at the next record, the table is marked
 * incomplete, and references into it that cannot be found are counted as unverifiable.
 */
class PartialReadTest {

  @TempDir
  Path dir;

  /** Ten people, row 5 replaced by {@code damaged}; ten episodes, one per person. */
  private void tenPeopleAndTheirEpisodes(byte[] damaged) throws Exception {
    ByteArrayOutputStream people = new ByteArrayOutputStream();
    people.write((PERSON_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i <= 10; i++) {
      people.write(i == 5 ? damaged : (i + ",F,,,,,,,\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("ssd_person.csv"), people.toByteArray());
    List<String> episodes = new ArrayList<>(List.of(EPISODE_HEADER));
    for (int i = 1; i <= 10; i++) {
      episodes.add("E" + i + "," + i + ",U1,2020-01-01,,,");
    }
    Extracts.write(dir, "ssd_cla_episodes.csv", episodes.toArray(String[]::new));
  }

  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static TableSummary table(ValidationReport report, String name) {
    return report.tables().stream().filter(t -> t.table().equals(name)).findFirst().orElseThrow();
  }

  private void assertOneRowLostAndNoFalseErrors(ValidationReport report, String rule) {
    assertThat(Extracts.summary(report)).containsExactly("ssd_person 5 " + rule + " ");
    TableSummary person = table(report, "ssd_person");
    assertThat(person.complete()).isFalse();
    assertThat(person.incompleteReason()).isEqualTo("1 row could not be read (line 6)");
    TableSummary episodes = table(report, "ssd_cla_episodes");
    assertThat(episodes.errors()).isZero();
    assertThat(episodes.complete()).isTrue();
    assertThat(episodes.unverifiableForeignKeys()).isEqualTo(1);
    assertThat(report.notes()).contains("1 foreign-key value could not be checked, as it points into a table that was "
        + "not completely read (ssd_person)");
  }

  @Test
  void aWindows1252ByteCostsItsRowOnly() throws Exception {
    tenPeopleAndTheirEpisodes(latin1("5,F,,,,,,,Ren\u00e9e\n"));

    ValidationReport report = Extracts.validate(dir);

    assertOneRowLostAndNoFalseErrors(report, "input.encoding");
    assertThat(report.issues().get(0).message()).isEqualTo("ssd_person.csv line 6, column pers_outcome_json: byte 0xE9 "
        + "is not valid UTF-8 (is the file Windows-1252 or Latin-1? save it as UTF-8); the row was not checked");
  }

  @Test
  void anUnquotedNulCostsItsRowOnly() throws Exception {
    tenPeopleAndTheirEpisodes("5,F\0,,,,,,,\n".getBytes(StandardCharsets.UTF_8));

    ValidationReport report = Extracts.validate(dir);

    assertOneRowLostAndNoFalseErrors(report, "input.nul");
    assertThat(report.issues().get(0).message()).isEqualTo("ssd_person.csv line 6, column pers_sex: a NUL character "
        + "(byte 0) in a cell; expected text; the row was not checked");
  }

  @Test
  void anUnclosedQuoteSwallowsABoundedStretchAndReadingResumesAfterItsLine() throws Exception {
    tenPeopleAndTheirEpisodes("5,\"F,,,,,,,\n".getBytes(StandardCharsets.UTF_8));

    ValidationReport report = Extracts.validate(dir);

    assertOneRowLostAndNoFalseErrors(report, "input.quote");
    assertThat(table(report, "ssd_person").rows()).isEqualTo(10);
  }

  @Test
  void aRowWithTooManyCellsDoesNotTurnItsChildrenIntoErrors() throws Exception {
    tenPeopleAndTheirEpisodes("5,F,,,,,,,,extra\n".getBytes(StandardCharsets.UTF_8));

    assertOneRowLostAndNoFalseErrors(Extracts.validate(dir), "input.cells");
  }

  @Test
  void aUtf16ParentIsNotReadAndItsChildrenAreUnverifiableNotWrong() throws Exception {
    tenPeopleAndTheirEpisodes("5,F,,,,,,,\n".getBytes(StandardCharsets.UTF_8));
    byte[] utf8 = Files.readAllBytes(dir.resolve("ssd_person.csv"));
    Files.write(dir.resolve("ssd_person.csv"), ("\uFEFF" + new String(utf8, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_16LE));

    ValidationReport report = Extracts.validate(dir);

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 0 input.encoding ");
    assertThat(table(report, "ssd_person").complete()).isFalse();
    assertThat(table(report, "ssd_person").incompleteReason()).startsWith("reading stopped: the file is UTF-16 text");
    assertThat(table(report, "ssd_cla_episodes").unverifiableForeignKeys()).isEqualTo(10);
    assertThat(report.notes()).contains("10 foreign-key values could not be checked, as they point into a table that "
        + "was not completely read (ssd_person)");
  }

  @Test
  void realDanglingReferencesIntoACompleteTableAreStillErrors() throws Exception {
    tenPeopleAndTheirEpisodes("5,F,,,,,,,\n".getBytes(StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("ssd_cla_episodes.csv"), "E99,99,U1,2020-01-01,,,\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    ValidationReport report = Extracts.validate(dir);

    assertThat(Extracts.summary(report)).containsExactly("ssd_cla_episodes 11 foreign-key clae_person_id");
    assertThat(report.tables()).allSatisfy(t -> assertThat(t.complete()).isTrue());
    assertThat(report.notes()).noneMatch(n -> n.contains("could not be checked"));
  }

  @Test
  void theReportsSayWhichTableWasNotCompletelyRead() throws Exception {
    tenPeopleAndTheirEpisodes(latin1("5,F,,,,,,,Ren\u00e9e\n"));
    ValidationReport report = Extracts.validate(dir);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ByteArrayOutputStream json = new ByteArrayOutputStream();

    new TextReportWriter(10).write(report, text);
    new JsonReportWriter().write(report, json);

    assertThat(text.toString(StandardCharsets.UTF_8)).contains("ssd_person: not completely read: 1 row could not be "
        + "read (line 6)");
    assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"complete\" : false")
        .contains("\"incomplete_reason\" : \"1 row could not be read (line 6)\"")
        .contains("\"unverifiable_foreign_keys\" : 1");
  }
}
