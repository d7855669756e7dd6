package io.github.ssdkit.codegen.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's pattern checks in the generated JSON Schema: one that is an error is the column's
 * {@code pattern} (added to a column pattern of its own through {@code allOf}), as the validator
 * refuses such a row; one that is only a warning is not in the schema, as the validator accepts
 * the row.
 */
class PatternCheckSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @TempDir
  static Path dir;
  static Schema person;

  @BeforeAll
  static void aSpecWithPatternChecks() throws Exception {
    Path mini = Path.of(PatternCheckSchemaTest.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent();
    try (Stream<Path> files = Files.walk(mini)) {
      for (Path p : files.toList()) {
        Path target = dir.resolve(mini.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.writeString(dir.resolve("tables/ssd_person.yaml"), """
          - id: person-id-letters-and-digits
            kind: pattern
            field: pers_person_id
            pattern: "^[A-Za-z0-9]{1,20}$"
            description: An id of letters and digits.
            notes: "Test spec: written for the tests."
          - id: person-id-starts-with-p
            kind: pattern
            field: pers_person_id
            pattern: "^P.*$"
            description: An id starting with P.
            notes: "Test spec: written for the tests."
          - id: person-id-digits-after-p
            kind: pattern
            field: pers_person_id
            pattern: "^P[0-9]*$"
            severity: warning
            description: Digits after the P.
            notes: "Test spec: written for the tests."
        """, StandardOpenOption.APPEND);
    Spec spec = SpecLoader.load(dir).orThrow();
    String text = new JsonSchemaGenerator().generate(spec).stream()
        .filter(f -> f.path().equals(JsonSchemaGenerator.FOLDER + JsonSchemaGenerator.fileName("ssd_person")))
        .map(GeneratedFile::content).findFirst().orElseThrow();
    person = REGISTRY.getSchema(text);
  }

  private static boolean valid(String id) throws Exception {
    return person.validate(JSON.readTree("{\"pers_person_id\":\"" + id + "\"}")).isEmpty();
  }

  @Test
  void anErrorPatternCheckIsTheColumnsPattern() throws Exception {
    assertThat(valid("P123")).isTrue();
    assertThat(valid("P-123")).as("not letters and digits").isFalse();
    assertThat(valid("P123456789012345678901")).as("longer than 20").isFalse();
  }

  @Test
  void aSecondErrorPatternCheckOnTheSameColumnIsAddedNotReplaced() throws Exception {
    assertThat(valid("Q123")).isFalse();
    assertThat(valid("P-1")).isFalse();
  }

  @Test
  void aWarningPatternCheckIsNotInTheSchema() throws Exception {
    assertThat(valid("PA1")).as("the validator only warns about letters after the P").isTrue();
  }
}
