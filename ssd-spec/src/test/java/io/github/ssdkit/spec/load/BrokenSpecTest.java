package io.github.ssdkit.spec.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.TestSpecs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case breaks the small test spec in one way and expects one clear problem, with the rule
 * id, the file and (where the YAML is readable) the line it is on.
 */
class BrokenSpecTest {

  static Stream<Arguments> breakages() {
    return Stream.of(
        // kind of damage, file, text to replace, replacement, expected rule, expected line (0 = any)
        Arguments.of("unknown type", "tables/ssd_person.yaml", "    type: date\n", "    type: dat\n",
            "spec.type.unknown", 24),
        Arguments.of("missing primary key", "tables/ssd_disability.yaml",
            "primary_key: [disa_person_id, disa_disability_code]\n", "", "lint.primary-key.missing", 1),
        Arguments.of("primary key names no column", "tables/ssd_disability.yaml",
            "primary_key: [disa_person_id, disa_disability_code]", "primary_key: [disa_person_id, disa_code]",
            "lint.primary-key.unresolved", 1),
        Arguments.of("dangling foreign key", "tables/ssd_cla_episodes.yaml",
            "references: ssd_person.pers_person_id", "references: ssd_person.pers_id",
            "lint.foreign-key.unresolved", 14),
        Arguments.of("foreign key to a column that is not a key", "tables/ssd_cla_episodes.yaml",
            "references: ssd_person.pers_person_id", "references: ssd_person.pers_sex",
            "lint.foreign-key.not-key", 14),
        Arguments.of("duplicate code", "codesets/yes_no.yaml", "{code: \"N\", label: \"No\"}",
            "{code: \"Y\", label: \"No\"}", "lint.code-set.duplicate", 5),
        Arguments.of("bad YAML syntax", "codesets/yes_no.yaml", "{code: \"N\", label: \"No\"}",
            "{code: \"N\", label: \"No\"", "yaml.syntax", 0),
        Arguments.of("wrong indentation", "tables/ssd_person.yaml", "    item: PERS002A\n",
            "      item: PERS002A\n", "yaml.syntax", 17),
        Arguments.of("unknown key", "tables/ssd_person.yaml", "    item: PERS002A\n",
            "    itme: PERS002A\n", "spec.key.unknown", 17),
        Arguments.of("duplicate key", "tables/ssd_person.yaml", "    item: PERS002A\n",
            "    item: PERS002A\n    item: PERS002B\n", "yaml.duplicate-key", 18),
        Arguments.of("unknown code set", "tables/ssd_person.yaml", "code_set: sex", "code_set: gender",
            "lint.code-set.unresolved", 16),
        Arguments.of("code column without a code set", "tables/ssd_person.yaml", "    code_set: sex\n", "",
            "lint.code-set.missing", 16),
        Arguments.of("duplicate item reference", "tables/ssd_person.yaml", "item: PERS002A", "item: PERS001A",
            "lint.item.duplicate", 16),
        Arguments.of("check names a missing column", "tables/ssd_person.yaml", "later: pers_death_date",
            "later: pers_died", "lint.check.unresolved", 0),
        Arguments.of("date check on a non-date", "tables/ssd_person.yaml", "later: pers_death_date",
            "later: pers_sex", "lint.check.type", 0),
        Arguments.of("cross-table check through a column that is no foreign key", "tables/ssd_cla_episodes.yaml",
            "checks:\n", crossCheck("clae_cla_episode_start_date", "not_before: pers_dob"), "lint.check.via", 47),
        Arguments.of("cross-table check naming a missing parent column", "tables/ssd_cla_episodes.yaml",
            "checks:\n", crossCheck("clae_person_id", "not_before: pers_born"), "lint.check.unresolved", 47),
        Arguments.of("cross-table check on a parent column that is no date", "tables/ssd_cla_episodes.yaml",
            "checks:\n", crossCheck("clae_person_id", "not_before: pers_sex"), "lint.check.type", 47),
        Arguments.of("cross-table check with no bound", "tables/ssd_cla_episodes.yaml",
            "checks:\n", crossCheck("clae_person_id", "description: no bound"), "spec.key.missing", 47),
        Arguments.of("bad withdrawal date", "codesets/placement_type.yaml", "withdrawn: 2025-04-01",
            "withdrawn: 01/04/2025", "spec.value.type", 0),
        Arguments.of("table declared under another name", "tables/ssd_disability.yaml",
            "table: ssd_disability", "table: ssd_disabilities", "spec.file.name", 1),
        Arguments.of("missing required key", "tables/ssd_person.yaml", "  - name: pers_dob\n", "  - nam: pers_dob\n",
            "spec.key.missing", 22),
        Arguments.of("listed file that does not exist", "ssd.yaml", "  - yes_no\n", "  - yes_no\n  - gender\n",
            "spec.file.missing", 0),
        Arguments.of("a tab for indentation", "tables/ssd_person.yaml", "    item: PERS002A\n",
            "\titem: PERS002A\n", "yaml.syntax", 17),
        Arguments.of("a merge key", "tables/ssd_person.yaml", "  - name: pers_dob\n    item: PERS005A\n",
            "  - <<: *sex\n    name: pers_dob\n    item: PERS005A\n", "yaml.syntax", 0),
        Arguments.of("an explicit tag", "codesets/sex.yaml", "code: \"F\"", "code: !!int \"7\"", "yaml.tag", 0),
        Arguments.of("a tag that decodes to a space (SnakeYAML refuses it outside its syntax errors)",
            "codesets/sex.yaml", "code: \"F\"", "code: !<%20F> \"7\"", "yaml.tag", 0),
        Arguments.of("two documents", "codesets/sex.yaml", "code_set: sex", "code_set: sex\n---\ncode_set: sex2",
            "yaml.syntax", 2),
        Arguments.of("text where a boolean belongs", "tables/ssd_disability.yaml", "    required: true\n",
            "    required: yes please\n", "spec.value.type", 0));
  }

  /** A parent_date check placed first under {@code checks:}, going through {@code via}. */
  private static String crossCheck(String via, String bound) {
    return "checks:\n  - id: episode-after-birth\n    kind: parent_date\n    via: " + via
        + "\n    field: clae_cla_episode_start_date\n    " + bound + "\n    notes: \"test\"\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void reportsTheProblemWithItsLocation(String damage, String file, String from, String to,
      String rule, int line, @TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, file, from, to);

    List<SpecProblem> problems = TestSpecs.problems(dir);

    assertThat(problems).as(damage).anySatisfy(p -> {
      assertThat(p.rule()).isEqualTo(rule);
      assertThat(p.location().file()).isIn(file, rule.equals("spec.file.missing") ? "codesets/gender.yaml" : file);
      if (line > 0) {
        assertThat(p.location().line()).isEqualTo(line);
      }
      assertThat(p.toString()).doesNotContain("Exception").doesNotContain("\n\tat ");
    });
  }

  @Test
  void reportsEveryProblemAtOnceNotJustTheFirst(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "    type: date\n", "    type: dat\n");
    TestSpecs.edit(dir, "codesets/yes_no.yaml", "{code: \"N\", label: \"No\"}", "{code: \"Y\", label: \"No\"}");
    TestSpecs.edit(dir, "tables/ssd_cla_episodes.yaml", "references: ssd_person.pers_person_id",
        "references: ssd_persons.pers_person_id");

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::rule)
        .contains("spec.type.unknown", "lint.code-set.duplicate", "lint.foreign-key.unresolved");
  }

  @Test
  void explainsAFileThatIsNotUtf8(@TempDir Path dir) throws Exception {
    TestSpecs.copyMini(dir);
    Files.write(dir.resolve("codesets/sex.yaml"), new byte[] {'c', 'o', (byte) 0xff, (byte) 0xfe, '\n'});

    assertThat(TestSpecs.problems(dir)).anySatisfy(p -> {
      assertThat(p.rule()).isEqualTo("spec.file.encoding");
      assertThat(p.location()).isEqualTo(SourceLocation.of("codesets/sex.yaml"));
    });
  }

  @Test
  void aFileWithOnlyADocumentMarkerIsEmpty(@TempDir Path dir) throws Exception {
    TestSpecs.copyMini(dir);
    Files.writeString(dir.resolve("tables/ssd_disability.yaml"), "---\n# nothing yet\n", StandardCharsets.UTF_8);

    assertThat(TestSpecs.problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("yaml.empty");
      assertThat(p.location().file()).isEqualTo("tables/ssd_disability.yaml");
    });
  }

  @Test
  void explainsAnEmptyFileAndAMissingManifest(@TempDir Path dir) throws Exception {
    TestSpecs.copyMini(dir);
    Files.writeString(dir.resolve("tables/ssd_disability.yaml"), "", StandardCharsets.UTF_8);
    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::rule).contains("yaml.empty");

    Path empty = Files.createDirectory(dir.resolve("nothing-here"));
    assertThat(TestSpecs.problems(empty)).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("spec.file.missing");
      assertThat(p.message()).contains("ssd.yaml");
    });
  }

  @Test
  void warnsAboutFilesTheManifestDoesNotList(@TempDir Path dir) throws Exception {
    TestSpecs.copyMini(dir);
    Files.writeString(dir.resolve("tables/ssd_extra.yaml"), "table: ssd_extra\n", StandardCharsets.UTF_8);

    assertThat(TestSpecs.problems(dir)).anySatisfy(p -> {
      assertThat(p.rule()).isEqualTo("spec.manifest.unlisted");
      assertThat(p.isError()).isFalse();
    });
  }

  @Test
  void aBrokenTableFileIsReportedOnceNotOncePerReferenceToIt(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "    item: PERS002A\n", "\titem: PERS002A\n");

    assertThat(TestSpecs.problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("yaml.syntax");
      assertThat(p.location().file()).isEqualTo("tables/ssd_person.yaml");
    });
  }

  @Test
  void aColumnThatCannotBeReadIsNotAlsoReportedAsMissingWhereverItIsNamed(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    // the key column, named by the primary key and by a foreign key in another table
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "    type: string\n    max_length: 48\n    required: true\n",
        "    type: strnig\n    max_length: 48\n    required: true\n");
    // a date column named by a check
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "    type: date\n", "    type: dat\n");

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::rule)
        .containsExactly("spec.type.unknown", "spec.type.unknown");
  }

  @Test
  void aTableWithoutReadableFieldsIsReportedOnce(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "fields:\n", "feilds:\n");

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::rule)
        .containsExactlyInAnyOrder("spec.key.unknown", "spec.key.missing");
  }

  @Test
  void aBrokenCodeSetFileIsReportedOnceNotOncePerColumnThatUsesIt(@TempDir Path dir) throws Exception {
    TestSpecs.copyMini(dir);
    Files.writeString(dir.resolve("codesets/yes_no.yaml"), "- just a list\n", StandardCharsets.UTF_8);

    assertThat(TestSpecs.problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("spec.structure");
      assertThat(p.location()).isEqualTo(new SourceLocation("codesets/yes_no.yaml", 1, 1));
    });
  }

  @Test
  void aListedFileThatIsMissingNamesItsManifestEntry(@TempDir Path dir) throws Exception {
    TestSpecs.copyMini(dir);
    Files.delete(dir.resolve("codesets/sex.yaml"));
    TestSpecs.edit(dir, "ssd.yaml", "  - yes_no\n", "  - yes_no\n  - yes_no\n");

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::toString).containsExactly(
        "codesets/sex.yaml: error [spec.file.missing] file not found in " + dir
            + "; the manifest lists code set 'sex' at ssd.yaml:14:5: add the file or remove that entry",
        "ssd.yaml:16:5: error [spec.manifest.duplicate] the manifest lists code set 'yes_no' twice");
  }

  @Test
  void explainsCommonYamlMistakesInPlainWords(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "    item: PERS002A\n", "\titem: PERS002A\n");
    TestSpecs.edit(dir, "tables/ssd_disability.yaml", "    item: DISA001A\n", "      item: DISA001A\n");
    TestSpecs.edit(dir, "codesets/sex.yaml", "code_set: sex", "code_set: sex\n---\ncode_set: sex2");

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::message).containsExactly(
        "YAML syntax error: a second YAML document ('---'); a spec file holds exactly one",
        "YAML syntax error: a ':' where a new key cannot start (is this line indented more than the key above it,"
            + " or does a value contain ': ' and need quotes?)",
        "YAML syntax error: a tab character; YAML indentation must use spaces");
  }

  @Test
  void aMergeKeyIsReportedOnceAsSuch(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "  - name: pers_sex\n", "  - &sex\n    name: pers_sex\n");
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "  - name: pers_dob\n    item: PERS005A\n",
        "  - <<: *sex\n    name: pers_dob\n    item: PERS005A\n");

    assertThat(TestSpecs.problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("yaml.merge-key");
      assertThat(p.location()).isEqualTo(new SourceLocation("tables/ssd_person.yaml", 23, 5));
    });
  }

  @Test
  void anAliasBombIsRefusedQuicklyWithALocation(@TempDir Path dir) throws Exception {
    TestSpecs.copyMini(dir);
    StringBuilder bomb = new StringBuilder("table: ssd_disability\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String previous = "a";
    for (String name : List.of("b", "c", "d", "e", "f", "g", "h", "i", "j")) {
      bomb.append(name).append(": &").append(name).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
      previous = name;
    }
    Files.writeString(dir.resolve("tables/ssd_disability.yaml"), bomb, StandardCharsets.UTF_8);

    List<SpecProblem> problems = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(10), () -> TestSpecs.problems(dir));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("yaml.syntax");
      assertThat(p.location().line()).isEqualTo(8);
      assertThat(p.message()).contains("alias bomb").doesNotContain("max=");
    });
  }

  @Test
  void aHugeFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    TestSpecs.copyMini(dir);
    Path huge = dir.resolve("codesets/sex.yaml");
    try (java.io.Writer w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      w.write("code_set: sex\nvalues:\n");
      String line = "  - {code: \"X\", label: \"" + "x".repeat(100) + "\"}\n";
      for (long written = 0; written <= SpecSource.MAX_BYTES; written += line.length()) {
        w.write(line);
      }
    }
    Path large = dir.resolve("codesets/yes_no.yaml"); // under the byte limit, over the character limit
    Files.writeString(large, "code_set: yes_no\nvalues: []\n# " + "y".repeat(YamlFile.MAX_CHARS) + "\n");

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::toString).containsExactly(
        "codesets/sex.yaml: error [spec.file.too-large] the file is " + Files.size(huge) + " bytes, more than the "
            + SpecSource.MAX_BYTES + " a spec file may have; is it really a spec file?",
        "codesets/yes_no.yaml: error [spec.file.too-large] the file holds " + (YamlFile.MAX_CHARS + 31)
            + " characters, more than the " + YamlFile.MAX_CHARS + " a spec file may have; is it really a spec file?");
  }

  @Test
  void saysWhereAFileStopsBeingUtf8AndRecognisesUtf16(@TempDir Path dir) throws Exception {
    TestSpecs.copyMini(dir);
    Files.write(dir.resolve("codesets/sex.yaml"), "code_set: sex\ntitle: S\u00e9x\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("codesets/yes_no.yaml"), "code_set: yes_no\n".getBytes(StandardCharsets.UTF_16));

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::message).containsExactly(
        "the file is not valid UTF-8 text: byte 0xE9 at line 2, column 9 is not UTF-8 (Windows-1252 or Latin-1?);"
            + " save the file as UTF-8",
        "the file is not valid UTF-8 text: it is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
  }

  @Test
  void codesThatYamlWouldReadAsBooleansNumbersDatesOrNullMustBeQuoted(@TempDir Path dir) throws Exception {
    TestSpecs.copyMini(dir);
    Files.writeString(dir.resolve("codesets/yes_no.yaml"), """
        code_set: yes_no
        values:
          - {code: Y, label: "Yes", aliases: [yes, 1, "T"]}
          - {code: N, label: No}
          - {code: 01, label: "One"}
          - {code: 1e3, label: "Thousand"}
          - {code: 2020-01-01, label: "A date"}
          - {code: ~, label: "Null"}
          - {code: , label: "Nothing"}
          - {code: A4, label: "Plain text is read as written"}
        """, StandardCharsets.UTF_8);

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::toString).containsExactly(
        "codesets/yes_no.yaml:3:12: error [spec.value.unquoted] code Y is not in quotes, which YAML reads as a boolean;"
            + " write it in double quotes, \"Y\"",
        "codesets/yes_no.yaml:3:39: error [spec.value.unquoted] alias yes is not in quotes, which YAML reads as a"
            + " boolean; write it in double quotes, \"yes\"",
        "codesets/yes_no.yaml:3:44: error [spec.value.unquoted] alias 1 is not in quotes, which YAML reads as a number;"
            + " write it in double quotes, \"1\"",
        "codesets/yes_no.yaml:4:12: error [spec.value.unquoted] code N is not in quotes, which YAML reads as a boolean;"
            + " write it in double quotes, \"N\"",
        "codesets/yes_no.yaml:4:22: error [spec.value.unquoted] label No is not in quotes, which YAML reads as a"
            + " boolean; write it in double quotes, \"No\"",
        "codesets/yes_no.yaml:5:12: error [spec.value.unquoted] code 01 is not in quotes, which YAML reads as a number;"
            + " write it in double quotes, \"01\"",
        "codesets/yes_no.yaml:6:12: error [spec.value.unquoted] code 1e3 is not in quotes, which YAML reads as a number;"
            + " write it in double quotes, \"1e3\"",
        "codesets/yes_no.yaml:7:12: error [spec.value.unquoted] code 2020-01-01 is not in quotes, which YAML reads as a"
            + " date; write it in double quotes, \"2020-01-01\"",
        "codesets/yes_no.yaml:8:12: error [spec.value.unquoted] code ~ is not in quotes, which YAML reads as null (no"
            + " value); write it in double quotes, \"~\"",
        "codesets/yes_no.yaml:9:11: error [spec.value.empty] 'code' in a value of code set 'yes_no' has no value");
  }

  @Test
  void anUnknownKeySuggestsTheKeyItIsATypoOf(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "fields:\n", "feilds:\n");
    TestSpecs.edit(dir, "tables/ssd_disability.yaml", "    item: DISA001A\n", "    itme: DISA001A\n");

    assertThat(TestSpecs.problems(dir)).filteredOn(p -> p.rule().equals("spec.key.unknown"))
        .extracting(SpecProblem::message)
        .anySatisfy(m -> assertThat(m).startsWith("unknown key 'feilds' in a table; did you mean 'fields'?"))
        .anySatisfy(m -> assertThat(m).startsWith("unknown key 'itme' in a field of ssd_disability; did you mean 'item'?"));
  }

  @Test
  void aManifestWithoutItsListsSaysSo(@TempDir Path dir) throws Exception {
    TestSpecs.copyMini(dir);
    Files.writeString(dir.resolve("ssd.yaml"), "spec: ssd\nversion: 1.0.0\n", StandardCharsets.UTF_8);

    assertThat(TestSpecs.problems(dir)).filteredOn(SpecProblem::isError).extracting(SpecProblem::toString)
        .containsExactly(
            "ssd.yaml:1:1: error [spec.key.missing] the manifest is missing required key 'tables', the list of every"
                + " table in the spec",
            "ssd.yaml:1:1: error [spec.key.missing] the manifest is missing required key 'code_sets', the list of"
                + " every code set in the spec");
  }
}
