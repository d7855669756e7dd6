package io.github.ssdkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ssdkit.codegen.java.JavaPackages;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelGenerationTest {

  private static final Spec BUNDLED = SpecLoader.bundled().orThrow();

  @Test
  void anotherPackageChangesOnlyThePackageNames() {
    ModelGeneration.Output model = new ModelGeneration(JavaPackages.DEFAULT, Set.of("java")).generate(BUNDLED);
    ModelGeneration.Output own = new ModelGeneration(new JavaPackages("com.example.ssd"), Set.of("java")).generate(BUNDLED);

    Map<String, String> ownByPath = own.sources().stream()
        .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
    assertThat(own.sources()).hasSameSizeAs(model.sources());
    for (GeneratedFile f : model.sources()) {
      String path = f.path().replace("io/github/ssdkit/model/", "com/example/ssd/");
      assertThat(ownByPath).containsKey(path);
      // the runtime stays ssd-model's; nothing else may still name ssd-model's packages
      assertThat(ownByPath.get(path).replace("io.github.ssdkit.model.runtime", "RUNTIME"))
          .as(path).doesNotContain("io.github.ssdkit.model");
      // imports are sorted, so com.example.* comes before com.fasterxml.*: compare them as sets
      String renamed = ownByPath.get(path).replace("com.example.ssd", "io.github.ssdkit.model");
      assertThat(withoutImports(renamed)).as(path).isEqualTo(withoutImports(f.content()));
      assertThat(imports(renamed)).as(path).isEqualTo(imports(f.content()));
    }
  }

  private static String withoutImports(String java) {
    return java.lines().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
  }

  private static Set<String> imports(String java) {
    return java.lines().filter(l -> l.startsWith("import ")).collect(Collectors.toSet());
  }

  @Test
  void theSchemasAreResourcesUnderThePackagesFolder() {
    ModelGeneration generation = new ModelGeneration(new JavaPackages("com.example.ssd"), ModelGeneration.PLUGIN_KINDS);
    ModelGeneration.Output out = generation.generate(BUNDLED);

    assertThat(generation.schemaFolder()).isEqualTo("com/example/ssd/schema/");
    assertThat(out.resources()).allSatisfy(f -> assertThat(f.path()).startsWith("com/example/ssd/schema/"));
    Set<String> folders = out.resources().stream().map(f -> f.path().split("/")[4]).collect(Collectors.toSet());
    assertThat(folders).containsExactlyInAnyOrder("json-schema", "avro", "sql");
    assertThat(generation.orderedKinds()).containsExactly("java", "json-schema", "avro", "sql");
  }

  @Test
  void ssdModelsLayoutIsTheGeneratorsOwn() {
    ModelGeneration.Output out = new ModelGeneration(JavaPackages.DEFAULT, Set.of("java", "avro")).generate(BUNDLED);

    Map<String, String> avro = Generators.byId("avro").orElseThrow().generate(BUNDLED).stream()
        .collect(Collectors.toMap(f -> GenerateMain.SCHEMA_FOLDER + f.path(), GeneratedFile::content));
    assertThat(out.resources().stream().collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content)))
        .isEqualTo(avro);
    assertThat(out.sources().stream().map(GeneratedFile::path).collect(Collectors.toSet()))
        .isEqualTo(Generators.byId("java").orElseThrow().generate(BUNDLED).stream()
            .map(f -> f.path().substring("java/".length())).collect(Collectors.toSet()));
  }

  @Test
  void anUnknownKindIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> new ModelGeneration(JavaPackages.DEFAULT, Set.of("java", "cobol")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown kind 'cobol'")
        .hasMessageContaining("json-schema");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "com..ssd", "com.example.", "com.1st", "com.example.class", "com-example", "com example"})
  void aNameThatIsNotAJavaPackageIsRefused(String name) {
    assertThatThrownBy(() -> new JavaPackages(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a Java package name");
  }

  @Test
  void packagesHangUnderTheBase() {
    JavaPackages p = new JavaPackages("org.la801.ssd");
    assertThat(p.table()).isEqualTo("org.la801.ssd.table");
    assertThat(p.code()).isEqualTo("org.la801.ssd.code");
    assertThat(p.json()).isEqualTo("org.la801.ssd.json");
    assertThat(p.meta()).isEqualTo("org.la801.ssd.meta");
  }
}
