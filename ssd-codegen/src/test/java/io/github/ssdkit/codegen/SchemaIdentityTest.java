package io.github.ssdkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ssdkit.codegen.avro.AvroSchemaGenerator;
import io.github.ssdkit.codegen.jsonschema.JsonSchemaGenerator;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.spec.release.ReleasedSpecs;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One JSON Schema {@code $id} never names two different schemas: across every released spec and
 * the bundled one, schemas that share an {@code $id} are the same bytes. (The spec's version gate
 * makes this hold; this checks the generated files themselves.)
 */
class SchemaIdentityTest {

  @Test
  void theSameIdAlwaysNamesTheSameSchema() throws IOException {
    Map<String, String> byId = new HashMap<>();
    Map<String, String> from = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String version : ReleasedSpecs.versions()) {
      collect(ReleasedSpecs.load(version).orElseThrow().orThrow(), "release " + version, byId, from, json);
    }
    collect(SpecLoader.bundled().orThrow(), "bundled spec", byId, from, json);

    assertThat(byId).isNotEmpty();
  }

  private static void collect(Spec spec, String what, Map<String, String> byId, Map<String, String> from,
      ObjectMapper json) throws IOException {
    for (GeneratedFile file : new JsonSchemaGenerator().generate(spec)) {
      JsonNode node = json.readTree(file.content());
      String id = node.get("$id").asText();
      assertThat(id).as(file.path()).contains("/" + spec.version() + "/");
      String before = byId.putIfAbsent(id, file.content());
      assertThat(before == null || before.equals(file.content()))
          .as("%s names different schemas in %s and %s", id, from.get(id), what).isTrue();
      from.putIfAbsent(id, what);
    }
  }

  @Test
  void avroNamespacesCarryTheMajorVersion() {
    Spec spec = SpecLoader.bundled().orThrow();

    assertThat(AvroSchemaGenerator.namespace(spec)).endsWith(".v" + spec.manifest().majorVersion());
  }
}
