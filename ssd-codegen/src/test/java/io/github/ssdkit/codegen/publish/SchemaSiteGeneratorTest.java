package io.github.ssdkit.codegen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every published schema sits at the path its {@code $id} names, and the npm package holds the same files. */
class SchemaSiteGeneratorTest {

  private final Spec spec = SpecLoader.bundled().orThrow();
  private final List<GeneratedFile> files = new SchemaSiteGenerator().generate(spec);

  @Test
  void eachSchemaIsServedAtItsId() throws Exception {
    List<GeneratedFile> site = files.stream().filter(f -> f.path().startsWith(SchemaSiteGenerator.SITE)).toList();
    int schemas = 0;
    for (GeneratedFile f : site) {
      JsonNode id = new ObjectMapper().readTree(f.content()).get("$id");
      if (id != null) {
        assertThat(id.asText()).isEqualTo("https://ssdkit.github.io/" + f.path().substring(SchemaSiteGenerator.SITE.length()));
        schemas++;
      }
    }
    assertThat(schemas).isEqualTo(spec.tables().size() + 2); // tables, the bundle, the spec document's schema
    assertThat(site).allMatch(f -> f.path().startsWith(SchemaSiteGenerator.SITE + "schema/" + spec.version() + "/"));
  }

  @Test
  void theNpmPackageHoldsTheSameFilesAndNamesTheSpecVersion() throws Exception {
    List<String> site = files.stream().map(GeneratedFile::path).filter(p -> p.startsWith(SchemaSiteGenerator.SITE))
        .map(p -> p.substring(p.lastIndexOf('/') + 1)).toList();
    List<String> npm = files.stream().map(GeneratedFile::path).filter(p -> p.startsWith(SchemaSiteGenerator.NPM))
        .map(p -> p.substring(SchemaSiteGenerator.NPM.length())).toList();
    assertThat(npm).containsAll(site).contains("package.json", "ssd.d.ts");
    JsonNode pkg = new ObjectMapper().readTree(files.stream().filter(f -> f.path().equals("npm/package.json"))
        .findFirst().orElseThrow().content());
    assertThat(pkg.get("name").asText()).isEqualTo(SchemaSiteGenerator.PACKAGE);
    assertThat(pkg.get("version").asText()).isEqualTo(spec.version());
  }
}
