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
        Arguments.of("bad withdrawal date", "codesets/placement_type.yaml", "withdrawn: 2025-04-01",
            "withdrawn: 01/04/2025", "spec.value.type", 0),
        Arguments.of("table declared under another name", "tables/ssd_disability.yaml",
            "table: ssd_disability", "table: ssd_disabilities", "spec.file.name", 1),
        Arguments.of("missing required key", "tables/ssd_person.yaml", "  - name: pers_dob\n", "  - nam: pers_dob\n",
            "spec.key.missing", 22),
        Arguments.of("listed file that does not exist", "ssd.yaml", "  - yes_no\n", "  - yes_no\n  - gender\n",
            "spec.file.missing", 0),
        Arguments.of("text where a boolean belongs", "tables/ssd_disability.yaml", "    required: true\n",
            "    required: yes please\n", "spec.value.type", 0));
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
  void aListedFileThatIsMissingIsReportedAtItsManifestEntry(@TempDir Path dir) throws Exception {
    TestSpecs.copyMini(dir);
    Files.delete(dir.resolve("codesets/sex.yaml"));
    TestSpecs.edit(dir, "ssd.yaml", "  - yes_no\n", "  - yes_no\n  - yes_no\n");

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::toString).containsExactly(
        "ssd.yaml:14:5: error [spec.file.missing] the manifest lists code set 'sex' but codesets/sex.yaml is not in "
            + dir + "; add the file or remove the entry",
        "ssd.yaml:16:5: error [spec.manifest.duplicate] the manifest lists code set 'yes_no' twice");
  }
}
