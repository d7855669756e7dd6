package io.github.ssdkit.spec.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CheckInfo;
import io.github.ssdkit.spec.CodeValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffReportTest {

  /** A renamed column, a cut length, a new code and words. */
  private static final SpecDiff DIFF = SpecDiffer.diff(Fixture.base().spec(), edited());

  private static io.github.ssdkit.spec.Spec edited() {
    return Fixture.base().version("2.0.0")
      .field("ssd_person", "pers_person_id", f -> f.maxLength(20))
      .field("ssd_person", "pers_dob", f -> f.name("pers_birth_date").description("Born `on`."))
      .codeSet("sex", s -> Fixture.withValues(s, List.of(CodeValue.of("M", "Male"), CodeValue.of("F", "Female"),
          CodeValue.of("U", "Not known"), CodeValue.of("I", "Indeterminate"))))
      .checks("ssd_person", cs -> List.of(new Check.DateOrder(CheckInfo.of("birth-before-death", "Born before dying."), "pers_birth_date", "pers_death_date", true), cs.get(1)))
      .spec();
  }

  @Test
  void textGroupsChangesByClassWithTheirReasons() {
    String text = DiffReport.TEXT.render(DIFF);

    assertThat(text).startsWith("spec 1.0.0 -> 2.0.0: 4 change(s): 2 breaking-data, 1 compatible, 1 docs-only;"
        + " needs a major version\n");
    assertThat(text).contains("Breaking for data (2)\n"
        + "  column ssd_person.pers_birth_date: column.renamed: pers_dob -> pers_birth_date\n"
        + "      found by its item reference PERS005A");
    assertThat(text.indexOf("Breaking for data")).isLessThan(text.indexOf("Compatible (1)"));
    assertThat(text.indexOf("Compatible (1)")).isLessThan(text.indexOf("Documentation only (1)"));
  }

  @Test
  void markdownIsAChangelogSection() {
    String md = DiffReport.MARKDOWN.render(DIFF);

    assertThat(md).startsWith("### Spec 2.0.0 (changes since 1.0.0)\n\nThis needs a major version: 4 change(s)");
    assertThat(md).contains("#### Breaking for data\n\n- `column ssd_person.pers_birth_date`: column.renamed");
    assertThat(md).contains("- `column ssd_person.pers_person_id`: column.max-length.reduced"
        + " (`48 -> 20`) - old values beyond the new limit are now errors\n");
    assertThat(md).contains("#### Compatible\n\n- `code sex.I`: code.added");
    assertThat(md).contains("(`` + Born `on`. ``)");
    assertThat(DiffReport.MARKDOWN.render(SpecDiffer.diff(Fixture.base().spec(), Fixture.base().spec())))
        .endsWith("No changes.\n");
  }

  @Test
  void jsonFollowsItsSchemaAndCountsEachClass() throws IOException {
    String json = DiffReport.JSON.render(DIFF);
    JsonNode node = new ObjectMapper().readTree(json);

    try (InputStream schemaText = getClass().getClassLoader().getResourceAsStream(DiffReport.JSON_SCHEMA)) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText);
      assertThat(schema.validate(node)).isEmpty();
      assertThat(schema.validate(new ObjectMapper().readTree("{\"from\": \"1.0.0\"}"))).isNotEmpty();
    }
    assertThat(node.get("requiredBump").asText()).isEqualTo("major");
    assertThat(node.get("counts").get("breaking-data").asInt()).isEqualTo(2);
    assertThat(node.get("changes").get(0).get("kind").asText()).isEqualTo("column.renamed");
  }

  @Test
  void theSameDiffGivesTheSameBytes() {
    for (DiffReport format : DiffReport.values()) {
      SpecDiff again = SpecDiffer.diff(Fixture.base().spec(), edited());
      assertThat(format.render(again)).isEqualTo(format.render(DIFF));
    }
  }
}
