package io.github.ssdkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Schemas published for spec files agree with the loader about what a good file is. */
class SpecFileSchemaTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  /** Resolves the schemas' references to each other from the classpath, never from the network. */
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix("https://ssdkit.github.io/spec-schema/",
          "classpath:" + SpecLoader.BUNDLED_PREFIX + "/schema/")));
  /** The worked example overlay, kept in the repository's examples. */
  private static final Path EXAMPLE_OVERLAY = Path.of("../examples/overlay-la801");

  @Test
  void everyBundledSpecFilePassesItsSchema() throws IOException {
    Spec spec = SpecLoader.bundled().orThrow();
    List<String> failures = new ArrayList<>();
    check("manifest", SpecLoader.BUNDLED_PREFIX + "/ssd.yaml", failures);
    for (Table t : spec.tables()) {
      check("table", SpecLoader.BUNDLED_PREFIX + "/tables/" + t.name() + ".yaml", failures);
    }
    for (CodeSet c : spec.codeSets()) {
      check("codeset", SpecLoader.BUNDLED_PREFIX + "/codesets/" + c.id() + ".yaml", failures);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void theTestSpecPassesToo() throws IOException {
    Path mini = TestSpecs.miniSource();
    List<String> failures = new ArrayList<>();
    checkFile("manifest", mini.resolve("ssd.yaml"), failures);
    try (var files = Files.list(mini.resolve("tables"))) {
      for (Path p : files.sorted().toList()) {
        checkFile("table", p, failures);
      }
    }
    try (var files = Files.list(mini.resolve("codesets"))) {
      for (Path p : files.sorted().toList()) {
        checkFile("codeset", p, failures);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void theSchemaCatchesWhatTheLoaderCatches(@TempDir Path dir) throws IOException {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "    type: date\n", "    type: dat\n");
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "    item: PERS002A\n", "    itme: PERS002A\n");
    List<String> failures = new ArrayList<>();

    checkFile("table", dir.resolve("tables/ssd_person.yaml"), failures);

    assertThat(String.join("\n", failures)).contains("/type").contains("itme");
  }

  @Test
  void theExampleOverlayAndItsFilesPassTheirSchemas() throws IOException {
    List<String> failures = new ArrayList<>();

    checkFile("overlay", EXAMPLE_OVERLAY.resolve("overlay.yaml"), failures);
    try (var files = Files.list(EXAMPLE_OVERLAY.resolve("tables"))) {
      for (Path p : files.sorted().toList()) {
        checkFile("table", p, failures);
      }
    }
    try (var files = Files.list(EXAMPLE_OVERLAY.resolve("codesets"))) {
      for (Path p : files.sorted().toList()) {
        checkFile("codeset", p, failures);
      }
    }

    assertThat(failures).isEmpty();
  }

  @Test
  void theOverlaySchemaCatchesMisspeltKeysAtEveryLevel(@TempDir Path dir) throws IOException {
    Path overlay = dir.resolve("overlay.yaml");
    Files.writeString(overlay, String.join("\n", "overlay: la802", "version: 1.0.0", "core: \"[2.0.0,3.0.0)\"",
        "prefix: la802_", "extend:", "  tables:", "    - table: ssd_person", "      add_field: []", "      tighten:",
        "        - {name: pers_upn, max_lenght: 13}", "      add_checks:", "        - {id: x, kind: date_ordr}",
        "  code_sets:", "    - code_set: gender", "      add_values:", "        - {code: \"10\", lable: Other}", ""));
    List<String> failures = new ArrayList<>();

    checkFile("overlay", overlay, failures);

    assertThat(String.join("\n", failures)).contains("add_field").contains("max_lenght").contains("/kind")
        .contains("lable");
  }

  private static void check(String kind, String resource, List<String> failures) throws IOException {
    try (InputStream in = SpecFileSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      validate(kind, resource, YAML.readTree(in), failures);
    }
  }

  private static void checkFile(String kind, Path file, List<String> failures) throws IOException {
    validate(kind, file.toString(), YAML.readTree(file.toFile()), failures);
  }

  private static void validate(String kind, String name, JsonNode node, List<String> failures) throws IOException {
    try (InputStream schemaText = SpecFileSchemaTest.class.getClassLoader()
        .getResourceAsStream(SpecLoader.BUNDLED_PREFIX + "/schema/" + kind + ".schema.json")) {
      Schema schema = REGISTRY.getSchema(schemaText);
      schema.validate(node).forEach(e -> failures.add(name + " " + e.getInstanceLocation() + ": " + e.getMessage()));
    }
  }
}
