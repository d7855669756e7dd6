package io.github.ssdkit.validate;

import static io.github.ssdkit.validate.Extracts.PERSON_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.DirectorySource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of broken input gives a clear one-line cause, as a reported issue or unusable input. */
class BadInputTest {

  @TempDir
  Path dir;

  private ValidationResult run(Path path) {
    return Validator.of(Extracts.mini()).validate(DirectorySource.csv(path));
  }

  private static void oneLine(String message) {
    assertThat(message).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aMissingDirectoryIsUnusable() {
    ValidationResult result = run(dir.resolve("nope"));

    assertThat(result.isUsable()).isFalse();
    assertThat(result.unusable()).contains("no such directory");
    oneLine(result.unusable());
  }

  @Test
  void anEmptyDirectoryIsUnusable() {
    ValidationResult result = run(dir);

    assertThat(result.isUsable()).isFalse();
    assertThat(result.unusable()).contains("no .csv files").contains("ssd_person.csv");
  }

  @Test
  void aFolderWithNoTableFileIsUnusableAndNamesTheExpectedFiles() {
    Extracts.write(dir, "Budget_2024.csv", "a,b", "1,2");

    ValidationResult result = run(dir);

    assertThat(result.isUsable()).isFalse();
    assertThat(result.unusable()).isEqualTo(dir + ": no .csv file is named after a table of the SSD spec 1.0.0 "
        + "(Budget_2024.csv); expected names such as ssd_person.csv, ssd_disability.csv, ssd_cla_episodes.csv");

    Extracts.write(dir, "ssd_cla_epsiodes.csv", "a,b", "1,2");
    assertThat(run(dir).unusable()).endsWith("(Budget_2024.csv, ssd_cla_epsiodes.csv); expected names such as "
        + "ssd_cla_episodes.csv, ssd_person.csv, ssd_disability.csv");
  }

  @Test
  void aPrefixOrSuffixOnEveryFileNameIsRecognised() throws Exception {
    Extracts.write(dir, "LA801_ssd_person.csv", PERSON_HEADER);
    Extracts.write(dir, "LA801_ssd_disability.csv", "disa_person_id,disa_disability_code");
    Path other = Files.createDirectory(dir.resolve("other"));
    Extracts.write(other, "ssd_person_2024.csv", PERSON_HEADER);

    assertThat(run(dir).unusable()).endsWith("(LA801_ssd_disability.csv, LA801_ssd_person.csv); every name starts "
        + "with 'LA801_': without it they would be ssd_disability.csv, ssd_person.csv");
    assertThat(run(other).unusable()).endsWith("(ssd_person_2024.csv); every name ends with '_2024': without it "
        + "they would be ssd_person.csv");
  }

  @Test
  void aFileGivenAsTheDirectoryIsUnusable() throws Exception {
    Path file = Files.writeString(dir.resolve("x.csv"), "a\n");

    assertThat(run(file).unusable()).contains("not a directory");
  }

  @Test
  void anUnreadableTableFileIsReported() throws Exception {
    // running as root makes chmod useless, so a directory stands in for an unreadable file
    Files.createDirectory(dir.resolve("ssd_person.csv"));
    Extracts.write(dir, "ssd_disability.csv", "disa_person_id,disa_disability_code");

    ValidationReport report = run(dir).report();

    assertThat(report.issues()).anySatisfy(i -> {
      assertThat(i.rule()).isEqualTo("input.unreadable");
      assertThat(i.table()).isEqualTo("ssd_person");
    });
  }

  @Test
  void aPipeADirectoryAndALinkLoopNamedLikeTableFilesEachSayWhatTheyAre() throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("ssd_person.csv").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Files.createDirectory(dir.resolve("ssd_disability.csv"));
    Files.createSymbolicLink(dir.resolve("ssd_cla_episodes.csv"), dir.resolve("ssd_cla_episodes.csv"));

    ValidationReport report = java.util.concurrent.CompletableFuture.supplyAsync(() -> run(dir).report())
        .get(60, java.util.concurrent.TimeUnit.SECONDS); // opening a pipe nobody writes to used to wait for ever

    assertThat(report.issues()).extracting(Issue::message).containsExactly(
        "ssd_person.csv is not a regular file (a pipe, a socket or a device); expected a file",
        "ssd_cla_episodes.csv is a link that leads nowhere (or round in a loop); expected a file",
        "ssd_disability.csv is a directory; expected a file");
    assertThat(report.tables()).allSatisfy(t -> assertThat(t.complete()).isFalse());
  }

  @Test
  void anEmptyFileHasNoHeader() throws Exception {
    Files.writeString(dir.resolve("ssd_person.csv"), "");

    ValidationReport report = run(dir).report();

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 0 input.empty ");
    oneLine(report.issues().get(0).message());
  }

  @Test
  void aHeaderOnlyFileIsAnEmptyTable() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER);

    ValidationReport report = run(dir).report();

    assertThat(report.issues()).isEmpty();
    assertThat(report.tables().get(0).rows()).isZero();
    assertThat(report.tables().get(0).present()).isTrue();
  }

  @Test
  void headerProblemsAreReported() {
    Extracts.write(dir, "ssd_person.csv", "PERS_SEX,pers_sex,pers_colour", "F,F,red");

    ValidationReport report = run(dir).report();

    assertThat(report.issues()).extracting(Issue::rule, Issue::field, i -> i.severity().label()).contains(
        org.assertj.core.groups.Tuple.tuple("input.duplicate-column", "pers_sex", "error"),
        org.assertj.core.groups.Tuple.tuple("input.unknown-column", "pers_colour", "warning"),
        org.assertj.core.groups.Tuple.tuple("input.missing-column", "pers_person_id", "error"),
        org.assertj.core.groups.Tuple.tuple("input.missing-column", "pers_dob", "warning"));
  }

  @Test
  void aTrailingCommaInTheHeaderIsNamedByPosition() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER + ",", "1,F,,,,,,,,");

    ValidationReport report = run(dir).report();

    assertThat(report.issues()).extracting(Issue::message)
        .containsExactly("column 10 of the header has no name (a trailing comma?) and was ignored");
  }

  @Test
  void anUnbalancedQuoteIsReportedWithItsLineAndItsRowCounted() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1,F,,,,,,,", "2,\"F,,,,,,,");

    ValidationReport report = run(dir).report();

    assertThat(report.issues()).singleElement().satisfies(i -> {
      assertThat(i.rule()).isEqualTo("input.quote");
      assertThat(i.message()).contains("line 3");
    });
    assertThat(report.tables().get(0).rows()).isEqualTo(2);
    assertThat(report.tables().get(0).complete()).isFalse();
  }

  @Test
  void rowsWithTheWrongNumberOfCellsAreReported() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1,F,,,,,,,,extra", "2,F", "3,F,,,,,,,");

    assertThat(Extracts.summary(run(dir).report())).containsExactly(
        "ssd_person 1 input.cells ", "ssd_person 2 input.cells ");
  }

  @Test
  void invalidUtf8CostsItsRowWithACause() throws Exception {
    byte[] bytes = (PERSON_HEADER + "\n1,F,,,,,,,\n2,").getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(bytes, bytes.length + 3);
    bad[bytes.length] = (byte) 0xC3;
    bad[bytes.length + 1] = (byte) 0x28;
    bad[bytes.length + 2] = '\n';
    Files.write(dir.resolve("ssd_person.csv"), bad);

    ValidationReport report = run(dir).report();

    assertThat(report.issues()).extracting(Issue::rule).contains("input.encoding");
    oneLine(report.issues().get(0).message());
  }

  @Test
  void aWindows1252ByteIsReportedAtItsLineAndTheRowsAroundItAreChecked() throws Exception {
    // InputStreamReader dropped the whole chunk being decoded: the error said line 2, and rows 1-899 went unchecked;
    // then reading stopped at the bad byte, and row 901 went unchecked
    StringBuilder csv = new StringBuilder(PERSON_HEADER).append('\n');
    for (int i = 1; i < 900; i++) {
      csv.append(i).append(i == 500 ? ",X" : ",F").append(",,,,,,,\n");
    }
    byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "900,F,,,,,,,Ren\u00e9e\n901,X,,,,,,,\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(good, good.length + latin1.length);
    System.arraycopy(latin1, 0, all, good.length, latin1.length);
    Files.write(dir.resolve("ssd_person.csv"), all);

    ValidationReport report = run(dir).report();

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 500 code pers_sex", "ssd_person 900 input.encoding ",
        "ssd_person 901 code pers_sex");
    assertThat(report.issues().get(1).message()).isEqualTo("ssd_person.csv line 901, column pers_outcome_json: byte 0xE9 "
        + "is not valid UTF-8 (is the file Windows-1252 or Latin-1? save it as UTF-8); the row was not checked");
    assertThat(report.tables().get(0).rows()).isEqualTo(901);
  }

  @Test
  void aBadByteInTheHeaderIsNotAlsoAnEmptyFile() throws Exception {
    Files.write(dir.resolve("ssd_person.csv"), new byte[] {'p', 'e', (byte) 0xE9, '\n'});

    assertThat(Extracts.summary(run(dir).report())).containsExactly("ssd_person 0 input.encoding ");
  }

  @Test
  void utf16IsNamedAsSuch() throws Exception {
    Files.write(dir.resolve("ssd_person.csv"), ("\uFEFF" + PERSON_HEADER + "\n1,F,,,,,,,\n").getBytes(StandardCharsets.UTF_16LE));

    ValidationReport report = run(dir).report();

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 0 input.encoding ");
    assertThat(report.issues().get(0).message()).startsWith("ssd_person.csv: the file is UTF-16 text").contains("expected UTF-8");
  }

  @Test
  void jsonLinesReportBadBytesAtTheirLineToo() throws Exception {
    byte[] good = "{\"pers_person_id\":\"1\"}\n{\"pers_person_id\":\"1\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(good, good.length + 3);
    all[good.length] = '{';
    all[good.length + 1] = (byte) 0x96; // a Windows-1252 dash
    all[good.length + 2] = '\n';
    Files.write(dir.resolve("ssd_person.jsonl"), all);

    ValidationReport report = Validator.of(Extracts.mini()).validate(DirectorySource.jsonLines(dir)).report();

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 2 primary-key.duplicate pers_person_id",
        "ssd_person 3 input.encoding ");
    assertThat(report.issues().get(1).message()).startsWith("ssd_person.jsonl line 3, character 2: byte 0x96 is not valid UTF-8");
  }

  @Test
  void aJsonLinesBadByteIsPlacedByTheCharactersBeforeItOnItsLineNotCountingAByteOrderMark() throws Exception {
    byte[] first = "\uFEFF{\"pers_person_id\":\"\u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(first, first.length + 4);
    all[first.length] = (byte) 0xE9; // a Latin-1 e-acute after a UTF-8 one
    all[first.length + 1] = '"';
    all[first.length + 2] = '}';
    all[first.length + 3] = '\n';
    Files.write(dir.resolve("ssd_person.jsonl"), all);

    ValidationReport report = Validator.of(Extracts.mini()).validate(DirectorySource.jsonLines(dir)).report();

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 1 input.encoding ");
    assertThat(report.issues().get(0).message()).startsWith("ssd_person.jsonl line 1, character 21: byte 0xE9 is not valid UTF-8");
  }

  @Test
  void jsonLinesRowsWithRepeatedKeysOrStructuresInScalarColumnsAreReported() throws Exception {
    Files.writeString(dir.resolve("ssd_person.jsonl"), String.join("\n",
        "{\"pers_person_id\":\"1\",\"pers_outcome_json\":{\"OUTCOME_NFA_FLAG\":\"Y\"}}",
        "{\"pers_person_id\":{\"id\":2}}",
        "{\"pers_person_id\":\"3\",\"PERS_PERSON_ID\":\"4\"}",
        "{\"pers_person_id\":\"5\",\"pers_sex\":[\"F\"]}",
        "{\"pers_person_id\":\"6\",\"pers_sex\":\"F\"}") + "\n");

    ValidationReport report = Validator.of(Extracts.mini()).validate(DirectorySource.jsonLines(dir)).report();

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 2 input.json ", "ssd_person 3 input.json ",
        "ssd_person 4 input.json ");
    assertThat(report.issues()).extracting(Issue::message).containsExactly(
        "ssd_person.jsonl line 2: key 'pers_person_id' holds a JSON object; expected a single value, as pers_person_id "
            + "is not a JSON column; the row was not checked",
        "ssd_person.jsonl line 3: key 'PERS_PERSON_ID' appears twice in the row object; the row was not checked",
        "ssd_person.jsonl line 4: key 'pers_sex' holds a JSON array; expected a single value, as pers_sex "
            + "is not a JSON column; the row was not checked");
  }

  @Test
  void messagesStayOneLineAndShortWhateverTheData() {
    // header cells are quoted in messages: one with a line break broke the text report in two
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER + ",\"pers\nnote\",\"" + "y".repeat(100_000) + "\"");

    ValidationReport report = run(dir).report();

    assertThat(report.issues()).extracting(Issue::rule).containsOnly("input.unknown-column");
    assertThat(report.issues()).allSatisfy(i -> {
      oneLine(i.message());
      assertThat(i.message()).hasSizeLessThanOrEqualTo(Issue.MAX_MESSAGE_LENGTH);
      assertThat(i.field()).hasSizeLessThan(Issue.MAX_VALUE_LENGTH + 30);
    });
    assertThat(report.issues().get(0).message()).isEqualTo("column 'pers\\nnote' is not in the spec for ssd_person "
        + "and was ignored");
  }

  @Test
  void longValuesAreCutBetweenCharactersNotInsideOne() {
    String value = "x".repeat(Issue.MAX_VALUE_LENGTH - 1) + "\uD83D\uDE00".repeat(3);

    Issue issue = new Issue(io.github.ssdkit.spec.Severity.ERROR, "length", "t", 1, "", "f", value, "m");

    assertThat(issue.value()).startsWith("x".repeat(Issue.MAX_VALUE_LENGTH - 1) + "...")
        .endsWith("(" + (Issue.MAX_VALUE_LENGTH + 2) + " characters)");
  }

  @Test
  void aTenMegabyteCellIsJustTooLong() throws Exception {
    String huge = "x".repeat(10 * 1024 * 1024);
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1,F,,,,,,," + huge);

    ValidationReport report = run(dir).report();

    assertThat(report.issues()).singleElement().satisfies(i -> {
      assertThat(i.rule()).isEqualTo("type.json");
      assertThat(i.value()).hasSizeLessThan(300).contains("10485760 characters");
    });
  }

  @Test
  void aNulInsideAQuotedCellIsAnInputErrorWithItsLineAndColumn() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1,F,,,,,,,", "\"2\0\",F,,,,,,,", "3,\"F\0\",,,,,,,");

    ValidationReport report = run(dir).report();

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 2 input.nul ", "ssd_person 3 input.nul ");
    assertThat(report.issues()).extracting(Issue::message).containsExactly(
        "ssd_person.csv line 3, column pers_person_id: a NUL character (byte 0) in a cell; expected text; the row was not checked",
        "ssd_person.csv line 4, column pers_sex: a NUL character (byte 0) in a cell; expected text; the row was not checked");
  }

  @Test
  void aRowOfMillionsOfCellsIsCutShortAndSkipped() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1" + ",".repeat(2_000_000), "2,F,,,,,,,");

    ValidationReport report = run(dir).report();

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 1 input.cells ");
    assertThat(report.issues().get(0).message()).isEqualTo("ssd_person.csv line 2, column 53: the row has more than 52 "
        + "cells; the row was not checked");
    assertThat(report.tables().get(0).rows()).isEqualTo(2);
  }

  @Test
  void aBinaryFileNamedCsvIsReported() throws Exception {
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    binary[10] = 0;
    Files.write(dir.resolve("ssd_person.csv"), binary);

    ValidationReport report = run(dir).report();

    assertThat(report.issues()).extracting(Issue::rule).containsAnyOf("input.binary", "input.encoding", "input.cells");
    assertThat(report.valid()).isFalse();
  }

  @Test
  void twoFilesOfOneTableDifferingInCaseAreAnError() throws Exception {
    Extracts.write(dir, "SSD_PERSON.CSV", PERSON_HEADER, "1,F,,,,,,,");
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "2,X,,,,,,,");
    try (var files = Files.list(dir)) {
      org.junit.jupiter.api.Assumptions.assumeTrue(files.count() == 2, "the file system ignores case");
    }

    ValidationReport report = run(dir).report();

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 0 input.duplicate-file ");
    assertThat(report.issues().get(0).message()).isEqualTo("ssd_person.csv and SSD_PERSON.CSV are both files of "
        + "ssd_person (names are matched without regard to case); only SSD_PERSON.CSV was read");
    assertThat(report.valid()).isFalse();
  }

  @Test
  void aJsonLinesExtractReadAsCsvSaysSo() {
    Extracts.write(dir, "ssd_person.jsonl", "{\"pers_person_id\":\"1\"}");

    assertThat(run(dir).unusable()).endsWith("; it holds .jsonl files, read with --jsonl");
  }

  @Test
  void aFileThatIsNotASpecTableIsAWarning() {
    Extracts.people(dir);
    Extracts.write(dir, "ssd_unicorns.csv", "a", "b");

    ValidationReport report = run(dir).report();

    assertThat(Extracts.summary(report)).containsExactly(" 0 input.unknown-table ");
    assertThat(report.valid()).isTrue();
  }

  @Test
  void aDeclaredSpecVersionMustMatchInMajor() throws Exception {
    Extracts.people(dir);
    Files.writeString(dir.resolve("ssd-extract.json"), "{\"spec_version\": \"2.0.0\"}");
    assertThat(Extracts.summary(run(dir).report())).containsExactly(" 0 input.spec-version ");
    assertThat(run(dir).report().valid()).isFalse();

    Files.writeString(dir.resolve("ssd-extract.json"), "{\"spec_version\": \"1.0.1\"}");
    assertThat(run(dir).report().valid()).isTrue();
    assertThat(run(dir).report().warnings()).isEqualTo(1);
  }

  @Test
  void extractLevelIssuesAreCountedEvenWhenNoneIsListed() throws Exception {
    Extracts.people(dir);
    Extracts.write(dir, "ssd_unicorns.csv", "a", "b");
    Extracts.write(dir, "ssd_dragons.csv", "a", "b");
    Files.writeString(dir.resolve("ssd-extract.json"), "{\"spec_version\": \"2.0.0\"}");

    ValidationReport report = Extracts.validate(dir, ValidationOptions.defaults().withMaxIssuesPerRule(1));
    ValidationReport none = Extracts.validate(dir, ValidationOptions.defaults().withMaxIssuesPerRule(0));

    for (ValidationReport r : java.util.List.of(report, none)) {
      assertThat(r.valid()).isFalse();
      assertThat(r.errors()).isEqualTo(1);
      assertThat(r.warnings()).isEqualTo(2);
      assertThat(r.ruleCounts()).containsEntry("input.unknown-table", 2L).containsEntry("input.spec-version", 1L);
    }
    assertThat(none.issues()).isEmpty();
    assertThat(report.issues()).hasSize(2);
  }

  @Test
  void crlfLineEndsAndAByteOrderMarkAreFine() throws Exception {
    Files.writeString(dir.resolve("ssd_person.csv"), "\uFEFF" + PERSON_HEADER + "\r\n1,F,2010-05-01,,,,,,\r\n",
        StandardCharsets.UTF_8);

    ValidationReport report = run(dir).report();

    assertThat(report.issues()).isEmpty();
    assertThat(report.rows()).isEqualTo(1);
  }

  @Test
  void quotedCellsMayHoldCommasQuotesAndLineBreaks() {
    Extracts.people(dir);
    Extracts.write(dir, "ssd_cla_episodes.csv", Extracts.EPISODE_HEADER,
        "\"E,1\",1,U1,2020-01-01,,,", "\"E\"\"2\",2,U1,\"2020-01-01\",,,", "\"E\n3\",99,U1,2021-01-01,,,");

    ValidationReport report = run(dir).report();

    assertThat(report.issues()).singleElement().satisfies(i -> assertThat(i.key()).isEqualTo("E\n3"));
    assertThat(report.tables().get(1).rows()).isEqualTo(3);
  }
}
