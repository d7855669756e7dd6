package io.github.ssdkit.codegen.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.specjson.SpecDocumentGenerator;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.spec.overlay.Overlays;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The spec as one JSON document tells a tool outside Java which items an overlay added. */
class SpecDocumentOriginsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void localItemsCarryTheOverlaysIdAndCoreItemsNothing() throws Exception {
    Spec merged = Overlays.merge(SpecLoader.bundled(), List.of(OverlayGenerationTest.OVERLAY)).orThrow();

    JsonNode document = JSON.readTree(file(merged, SpecDocumentGenerator.DOCUMENT));

    assertThat(document.at("/overlays/0/overlay").asText()).isEqualTo("la801");
    assertThat(document.at("/overlays/0/prefix").asText()).isEqualTo("la801_");
    assertThat(marked(document.at("/tables"))).containsExactly("la801_family_help_panel");
    JsonNode person = find(document.at("/tables"), "name", "ssd_person");
    assertThat(marked(person.at("/fields"))).containsExactly("la801_first_language", "la801_interpreter_needed");
    assertThat(marked(document.at("/code_sets"))).containsExactly("la801_panel_outcome");
    JsonNode gender = find(document.at("/code_sets"), "id", "gender");
    assertThat(marked(gender.at("/values"))).containsExactly("10", "11", "12");
  }

  @Test
  void theMergedDocumentValidatesAgainstItsSchemaAndTheCoreDocumentHasNoMarks() throws Exception {
    Spec merged = Overlays.merge(SpecLoader.bundled(), List.of(OverlayGenerationTest.OVERLAY)).orThrow();
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(file(merged, SpecDocumentGenerator.SCHEMA));

    assertThat(schema.validate(JSON.readTree(file(merged, SpecDocumentGenerator.DOCUMENT)))).isEmpty();
    String core = file(SpecLoader.bundled().orThrow(), SpecDocumentGenerator.DOCUMENT);
    assertThat(core).doesNotContain("\"origin\"").doesNotContain("\"overlays\"");
    JsonNode bad = JSON.readTree(file(merged, SpecDocumentGenerator.DOCUMENT));
    ((ObjectNode) bad.at("/tables/0")).put("origin", 801);
    assertThat(schema.validate(bad)).as("an origin is the overlay's id, a string").isNotEmpty();
  }

  private static String file(Spec spec, String path) {
    return new SpecDocumentGenerator().generate(spec).stream().filter(f -> f.path().equals(path))
        .map(GeneratedFile::content).findFirst().orElseThrow();
  }

  private static JsonNode find(JsonNode array, String key, String value) {
    return StreamSupport.stream(array.spliterator(), false).filter(n -> n.get(key).asText().equals(value))
        .findFirst().orElseThrow();
  }

  /** The names (or ids, or codes) of the items marked with the example overlay's id. */
  private static List<String> marked(JsonNode array) {
    List<String> names = new ArrayList<>();
    for (JsonNode n : array) {
      if (n.has("origin")) {
        assertThat(n.get("origin").asText()).isEqualTo("la801");
        names.add(n.has("name") ? n.get("name").asText() : n.has("id") ? n.get("id").asText() : n.get("code").asText());
      }
    }
    return names;
  }
}
