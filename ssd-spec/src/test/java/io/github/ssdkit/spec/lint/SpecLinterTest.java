package io.github.ssdkit.spec.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.TestSpecs;
import java.nio.file.Path;
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
}
