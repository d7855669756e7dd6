package io.github.ssdkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The documents for tools outside Java: the Frictionless Data Package descriptor and the spec as
 * one JSON document, which validates against its own generated JSON Schema.
 */
class PublishedDocumentsTest {

  private static final String FOLDER = "/io/github/ssdkit/model/schema/";

  private final Spec spec = SpecLoader.bundled().orThrow();

  @Test
  void theDataPackageHasEveryTableWithItsColumnsKeysAndForeignKeys() throws IOException {
    JsonNode pkg = read("datapackage/datapackage.json");
    assertThat(pkg.at("/profile").asText()).isEqualTo("tabular-data-package");
    List<JsonNode> resources = list(pkg.at("/resources"));
    assertThat(resources).extracting(r -> r.at("/name").asText())
        .containsExactlyElementsOf(spec.tables().stream().map(Table::name).toList());
    int foreignKeys = 0;
    for (Table table : spec.tables()) {
      JsonNode schema = resources.get(spec.tables().indexOf(table)).at("/schema");
      assertThat(list(schema.at("/fields"))).extracting(f -> f.at("/name").asText()).containsExactlyElementsOf(table.fieldNames());
      assertThat(list(schema.at("/primaryKey"))).extracting(JsonNode::asText).containsExactlyElementsOf(table.primaryKey());
      for (JsonNode fk : list(schema.at("/foreignKeys"))) {
        Field f = table.field(fk.at("/fields").asText()).orElseThrow();
        String target = fk.at("/reference/resource").asText();
        assertThat(target.isEmpty() ? table.name() : target).isEqualTo(f.references().table());
        assertThat(fk.at("/reference/fields").asText()).isEqualTo(f.references().field());
        foreignKeys++;
      }
    }
    assertThat(foreignKeys).isEqualTo(spec.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum()).isPositive();
    JsonNode sex = list(resources.get(0).at("/schema/fields")).stream()
        .filter(f -> f.at("/name").asText().equals("pers_sex")).findFirst().orElseThrow();
    assertThat(list(sex.at("/constraints/enum"))).extracting(JsonNode::asText).contains("M", "F");
  }

  @Test
  void theSpecDocumentValidatesAgainstItsSchemaAndCarriesEveryCheck() throws IOException {
    Schema schema = StrictSchemaRegistry.create().getSchema(text("spec/ssd-spec.schema.json"));
    JsonNode document = read("spec/ssd-spec.json");

    assertThat(schema.validate(document)).isEmpty();
    assertThat(list(document.at("/tables"))).hasSize(spec.tables().size());
    assertThat(list(document.at("/code_sets"))).hasSize(spec.codeSets().size());
    long checks = list(document.at("/tables")).stream().mapToLong(t -> list(t.at("/checks")).size()).sum();
    assertThat(checks).isEqualTo(spec.tables().stream().mapToLong(t -> t.checks().size()).sum()).isPositive();
    assertThat(document.at("/tables/0/fields/0/max_length").isInt()).isTrue();
    assertThat(document.toString()).doesNotContain("\"location\"");
    JsonNode contacts = list(document.at("/tables")).stream()
        .filter(t -> t.at("/name").asText().equals("ssd_contacts")).findFirst().orElseThrow();
    assertThat(contacts.at("/row_name").asText()).isEqualTo("Contact");

    // the schema is strict: a misspelt key or a wrong type is refused
    ((com.fasterxml.jackson.databind.node.ObjectNode) document.at("/tables/0")).put("primary_keys", "x");
    assertThat(schema.validate(document)).isNotEmpty();
  }

  private static List<JsonNode> list(JsonNode array) {
    return array.isMissingNode() ? List.of() : new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
  }

  private static JsonNode read(String path) throws IOException {
    return SampleRows.JSON.readTree(text(path));
  }

  private static String text(String path) throws IOException {
    try (InputStream in = PublishedDocumentsTest.class.getResourceAsStream(FOLDER + path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
