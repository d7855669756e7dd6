package io.github.ssdkit.spec.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.TestSpecs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLinterTest {

  @Test
  void theTestSpecIsClean() {
    assertThat(TestSpecs.problems(TestSpecs.miniSource())).isEmpty();
  }

  @Test
  void warnsWhenAColumnLacksItsTablePrefix(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "name: pers_dob", "name: date_of_birth");
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "earlier: pers_dob", "earlier: date_of_birth");

    assertThat(TestSpecs.problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("lint.naming.prefix");
      assertThat(p.isError()).isFalse();
      assertThat(p.message()).contains("'pers_'");
    });
  }

  @Test
  void rejectsAForeignKeyOfAnotherType(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_cla_episodes.yaml",
        "    type: string\n    max_length: 48\n    required: true\n    references:",
        "    type: integer\n    required: true\n    references:");

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::rule).containsExactly("lint.foreign-key.type");
  }

  @Test
  void rejectsARequiredProposedColumn(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_disability.yaml", "    required: true\n    description: The disability.",
        "    required: true\n    status: proposed\n    description: The disability.");

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::rule)
        .containsExactly("lint.field.proposed-required");
  }

  @Test
  void warnsAboutAnUnusedCodeSet(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_cla_episodes.yaml", "    type: code\n    code_set: placement_type\n",
        "    type: string\n");

    assertThat(TestSpecs.problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("lint.code-set.unused");
      assertThat(p.location().file()).isEqualTo("codesets/placement_type.yaml");
    });
  }

  @Test
  void namesTheAliasThatClashesNotTheCodeItClashesWith(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "codesets/sex.yaml", "{code: \"M\", label: \"Male\"}", "{code: \"M\", label: \"Male\", aliases: [\"F\", \"1\"]}");
    TestSpecs.edit(dir, "codesets/sex.yaml", "{code: \"F\", label: \"Female\"}", "{code: \"F\", label: \"Female\", aliases: [\"2\", \"2\", \"1\"]}");

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::toString).containsExactly(
        "codesets/sex.yaml:6:5: error [lint.code-set.duplicate] alias 'F' of code 'M' is itself a code of 'sex';"
            + " an alias must stand for one code",
        "codesets/sex.yaml:7:5: error [lint.code-set.duplicate] alias '2' of code 'F' is listed twice for that code;"
            + " an alias must stand for one code",
        "codesets/sex.yaml:7:5: error [lint.code-set.duplicate] alias '1' of code 'F' is also an alias of code 'M';"
            + " an alias must stand for one code");
  }

  @Test
  void rejectsASinceLaterThanTheSpecVersionOrNotAVersion(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "since: 1.0.0", "since: 1.2.0");
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "    type: date\n", "    type: date\n    since: 1.3.0\n");
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "  - name: pers_death_date\n    item: PERS008A\n",
        "  - name: pers_death_date\n    item: PERS008A\n    since: 0.9.0\n");
    TestSpecs.edit(dir, "tables/ssd_disability.yaml", "    required: true\n    description: The disability.",
        "    required: true\n    since: soon\n    description: The disability.");
    TestSpecs.edit(dir, "tables/ssd_cla_episodes.yaml", "    type: code\n    code_set: placement_type\n",
        "    type: code\n    code_set: placement_type\n    status: proposed\n    since: 1.1.0\n");

    assertThat(TestSpecs.problems(dir)).extracting(p -> p.rule() + " " + p.severity() + " " + p.location().line())
        .containsExactlyInAnyOrder(
            "lint.since.future ERROR 1",   // the table, released
            "lint.since.future ERROR 22",  // pers_dob, later still
            "lint.since.order ERROR 27",   // pers_death_date, before its table
            "lint.since.version ERROR " + lineOf(dir, "tables/ssd_disability.yaml", "since: soon"),
            "lint.since.future WARNING " + lineOf(dir, "tables/ssd_cla_episodes.yaml", "status: proposed"));
  }

  @Test
  void aRowNameMustBeALegalTypeNameOfItsOwn(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_cla_episodes.yaml", "table: ssd_cla_episodes\n", "table: ssd_cla_episodes\nrow_name: Person\n");
    TestSpecs.edit(dir, "tables/ssd_disability.yaml", "table: ssd_disability\n", "table: ssd_disability\nrow_name: String\n");

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::rule)
        .containsExactlyInAnyOrder("lint.row-name.duplicate", "lint.row-name.illegal");
    assertThat(TestSpecs.problems(dir)).filteredOn(p -> p.rule().equals("lint.row-name.duplicate")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'Person'", "ssd_cla_episodes", "ssd_person"));
  }

  @Test
  void aRowNameThatIsNotPascalCaseIsRefusedAndALegalOneIsClean(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_cla_episodes.yaml", "table: ssd_cla_episodes\n", "table: ssd_cla_episodes\nrow_name: claEpisode\n");
    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::rule).containsExactly("lint.row-name.illegal");

    TestSpecs.edit(dir, "tables/ssd_cla_episodes.yaml", "row_name: claEpisode\n", "row_name: ClaEpisode\n");
    assertThat(TestSpecs.problems(dir)).isEmpty();
  }

  @Test
  void reportsAForeignKeyCycleOnceWithItsPathButNotASelfReference(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "  - name: pers_sex\n",
        "  - name: pers_first_episode\n    item: PERS900A\n    type: string\n    max_length: 48\n"
            + "    references: ssd_cla_episodes.clae_cla_episode_id\n    description: A reference closing a cycle.\n"
            + "  - name: pers_parent\n    item: PERS901A\n    type: string\n    max_length: 48\n"
            + "    references: ssd_person.pers_person_id\n    description: A reference to its own table, which is fine.\n"
            + "  - name: pers_sex\n");

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::toString).containsExactly(
        "tables/ssd_cla_episodes.yaml:14:5: error [lint.foreign-key.cycle] foreign keys form a cycle:"
            + " ssd_person.pers_first_episode -> ssd_cla_episodes.clae_person_id -> ssd_person; no table of it can be"
            + " loaded before the others (drop or reverse one of these references)");
  }

  /** The line of the field entry ("  - name:") that holds {@code text}. */
  private static int lineOf(Path dir, String file, String text) {
    try {
      List<String> lines = java.nio.file.Files.readAllLines(dir.resolve(file));
      int at = 0;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("  - ")) {
          at = i + 1;
        }
        if (lines.get(i).contains(text)) {
          return at;
        }
      }
      throw new IllegalArgumentException(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final String PLACEMENT_CHECK = "  - id: start-not-after-end\n";

  @Test
  void aPresenceOnCodesMustListCodesOfItsColumnsSet(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_cla_episodes.yaml", PLACEMENT_CHECK, """
          - id: foster-needs-end
            kind: presence_when_code
            when: clae_cla_placement_type
            codes: ["U1", "ZZ"]
            then: clae_cla_episode_ceased_date
            description: A foster episode has an end.
            notes: "Test spec."
        """ + PLACEMENT_CHECK);

    assertThat(TestSpecs.problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("lint.check.code");
      assertThat(p.message()).contains("'ZZ'").contains("placement_type");
    });
  }

  @Test
  void aCheckWithoutNotesIsWarnedAbout(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_cla_episodes.yaml", PLACEMENT_CHECK, """
          - id: one-of-two
            kind: any_present
            fields: [clae_cla_episode_ceased_date, clae_cla_episode_ceased_reason]
            description: One of them.
        """ + PLACEMENT_CHECK);

    assertThat(TestSpecs.problems(dir)).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("lint.check.source");
      assertThat(p.isError()).isFalse();
    });
  }

  @Test
  void aPatternCheckAndASeverityAreRead(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_cla_episodes.yaml", PLACEMENT_CHECK, """
          - id: short-code
            kind: pattern
            field: clae_cla_placement_type
            pattern: "[A-Z]"
            severity: query
            description: One letter.
            notes: "Test spec."
        """ + PLACEMENT_CHECK);

    assertThat(TestSpecs.problems(dir)).extracting(SpecProblem::rule)
        .containsExactlyInAnyOrder("spec.value.pattern", "spec.value.severity");
  }

  @Test
  void aColumnOrCheckADecisionNamesMustCiteIt() {
    Decisions decisions = Decisions.parse("""
        | # | Item | Spec says |
        |---|---|---|
        | 7 | clae_cla_placement_type and ssd_cla_episodes.end-date-and-reason | kept |
        | 8 | clae_person_id | see decisions 3 and 8 |
        """);

    List<SpecProblem> problems = new SpecLinter(List.of(new DecisionNotesRule(decisions)))
        .lint(io.github.ssdkit.spec.load.SpecLoader.load(TestSpecs.miniSource()));

    assertThat(problems).extracting(SpecProblem::message).containsExactlyInAnyOrder(
        "decision 7 names column ssd_cla_episodes.clae_cla_placement_type, whose notes do not cite it;"
            + " add \"decision 7\" to its notes",
        "decision 7 names check end-date-and-reason of ssd_cla_episodes, whose notes do not cite it;"
            + " add \"decision 7\" to its notes",
        "decision 8 names column ssd_cla_episodes.clae_person_id, whose notes do not cite it;"
            + " add \"decision 8\" to its notes");
    assertThat(Decisions.citedBy("Decisions 27, 54 and 107; see decision 9.")).containsExactly(9, 27, 54, 107);
  }
}
