package io.github.ssdkit.codegen.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.Generators;
import io.github.ssdkit.codegen.jsonschema.JsonSchemaGenerator;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.spec.overlay.MergeResult;
import io.github.ssdkit.spec.overlay.Overlays;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generating from the core plus the worked example overlay ({@code examples/overlay-la801}): the
 * schemas are valid, and every generator marks the local items as local.
 */
class OverlayGenerationTest {

  /** The example overlay, beside this module in the repository. */
  static final Path OVERLAY = Path.of("../examples/overlay-la801");
  static final String NOTE = "Local item from overlay la801 1.0.0, not part of the core SSD.";

  static Spec spec;

  @BeforeAll
  static void merge() {
    MergeResult merged = Overlays.merge(SpecLoader.bundled(), List.of(OVERLAY));
    assertThat(merged.errors()).isEmpty();
    spec = merged.orThrow();
  }

  static List<GeneratedFile> generate(String generator) {
    return Generators.byId(generator).orElseThrow().generate(spec);
  }

  static String file(String generator, String path) {
    return generate(generator).stream().filter(f -> f.path().endsWith(path)).findFirst().orElseThrow().content();
  }

  @Test
  void theJavaModelMarksLocalTablesColumnsAndCodes() {
    // that the records compile is tested in examples (ExampleOverlayTest), where the model's runtime is
    assertThat(file("java", "java/io/github/ssdkit/model/table/La801FamilyHelpPanel.java")).contains(NOTE);
    assertThat(file("java", "java/io/github/ssdkit/model/table/Person.java"))
        .contains("la801FirstLanguage").contains("The child's first language, as the family names it. " + NOTE);
    assertThat(file("java", "java/io/github/ssdkit/model/code/Gender.java")).contains("Non-binary " + NOTE);
  }

  @Test
  void theJsonSchemasAreValidAndTakeTheOverlaysData() throws Exception {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    ObjectMapper json = new ObjectMapper();
    for (GeneratedFile f : generate("json-schema")) {
      assertThat(json.readTree(f.content()).isObject()).as(f.path()).isTrue();
      registry.getSchema(f.content()); // throws on a schema the validator cannot read
    }
    String personText = file("json-schema", JsonSchemaGenerator.FOLDER + JsonSchemaGenerator.fileName("ssd_person"));
    assertThat(personText).contains("\"$comment\" : \"origin: overlay la801 1.0.0\"");
    Schema person = registry.getSchema(personText);
    String row = "{\"pers_person_id\":\"P1\",\"pers_gender\":\"%s\",\"la801_first_language\":\"Polish\"}";
    assertThat(person.validate(json.readTree(row.formatted("10")))).isEmpty();
    // the authority listed its local gender codes, so others are refused (decision 261)
    assertThat(person.validate(json.readTree(row.formatted("57")))).isNotEmpty();
    Schema panel = registry.getSchema(file("json-schema",
        JsonSchemaGenerator.FOLDER + JsonSchemaGenerator.fileName("la801_family_help_panel")));
    String decision = "{\"la801_fhp_id\":\"D1\",\"la801_fhp_person_id\":\"P1\",\"la801_fhp_panel_date\":\"2025-03-04\","
        + "\"la801_fhp_outcome\":\"%s\"}";
    assertThat(panel.validate(json.readTree(decision.formatted("FH")))).isEmpty();
    assertThat(panel.validate(json.readTree(decision.formatted("ZZ")))).isNotEmpty();
  }

  @Test
  void avroSqlAndTheDocsSiteMarkLocalItems() {
    for (GeneratedFile f : generate("avro")) {
      new Parser().parse(f.content()); // every schema parses
    }
    assertThat(file("avro", "avro/la801_family_help_panel.avsc")).contains(NOTE);
    assertThat(file("avro", "avro/ssd_person.avsc")).contains("The child's first language, as the family names it. " + NOTE);
    String sql = generate("sql").stream().map(GeneratedFile::content).reduce("", String::concat);
    assertThat(sql).contains("CREATE TABLE").contains("la801_family_help_panel").contains(NOTE);
    String page = file("docs", "tables/ssd_person.html");
    assertThat(page).contains("la801_first_language").contains("local: la801");
    assertThat(file("docs", "tables/la801_family_help_panel.html")).contains(NOTE);
    assertThat(file("docs", "codesets/gender.html")).contains("local: la801");
  }

  @Test
  void theCoreAloneGeneratesNoLocalMarks() {
    Spec core = SpecLoader.bundled().orThrow();
    for (String generator : List.of("java", "json-schema", "avro", "sql")) {
      assertThat(Generators.byId(generator).orElseThrow().generate(core))
          .as(generator).noneMatch(f -> f.content().contains("Local item from overlay"));
    }
  }
}
