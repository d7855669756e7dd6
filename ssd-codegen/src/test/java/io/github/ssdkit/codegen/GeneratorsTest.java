package io.github.ssdkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.codegen.naming.JavaNames;
import io.github.ssdkit.codegen.naming.TypeNames;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files for one representative table per generator (the small test spec), and whole-spec
 * checks on the bundled one. When generation changes on purpose, rerun with
 * {@code -Dgolden.update=true} and review the diff under {@code src/test/resources/golden}.
 */
class GeneratorsTest {

  private static final Spec BUNDLED = SpecLoader.bundled().orThrow();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "java, java/io/github/ssdkit/model/table/ClaEpisode.java",
      "java, java/io/github/ssdkit/model/code/PlacementType.java",
      "java, java/io/github/ssdkit/model/meta/ClaEpisodesTable.java",
      "java, java/io/github/ssdkit/model/json/Outcome.java",
      "json-schema, json-schema/ssd_person.schema.json",
      "avro, avro/ssd_cla_episodes.avsc"})
  void matchesItsGoldenFile(String generator, String path) throws IOException {
    GeneratedFile file = Generators.byId(generator).orElseThrow().generate(mini()).stream()
        .filter(f -> f.path().equals(path)).findFirst().orElseThrow();

    Path golden = Path.of("src/test/resources/golden", path.replace('/', '_'));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, file.content(), StandardCharsets.UTF_8);
    }
    assertThat(file.content()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void everyGeneratorGivesTheSameBytesTwice() {
    for (Generator g : Generators.all()) {
      List<GeneratedFile> first = g.generate(BUNDLED);
      List<GeneratedFile> second = g.generate(SpecLoader.bundled().orThrow());
      assertThat(second).as(g.id()).isEqualTo(first);
      assertThat(first.stream().map(GeneratedFile::path).distinct().count()).as(g.id()).isEqualTo(first.size());
    }
  }

  @Test
  void everyTableGetsARecordASchemaAndAnAvroSchema() {
    Set<String> paths = Generators.all().stream().flatMap(g -> g.generate(BUNDLED).stream())
        .map(GeneratedFile::path).collect(Collectors.toSet());
    TypeNames names = TypeNames.of(BUNDLED);
    assertThat(BUNDLED.tables()).hasSize(48);
    for (Table t : BUNDLED.tables()) {
      assertThat(paths).contains(
          "java/io/github/ssdkit/model/table/" + names.row(t.name()) + ".java",
          "java/io/github/ssdkit/model/meta/" + names.table(t.name()) + ".java",
          "json-schema/" + t.name() + ".schema.json",
          "avro/" + t.name() + ".avsc");
    }
    BUNDLED.codeSets().forEach(c -> assertThat(paths).contains(
        "java/io/github/ssdkit/model/code/" + JavaNames.codeSetTypeName(BUNDLED, c.id()) + ".java"));
    assertThat(paths.stream().filter(p -> p.startsWith("json-schema/"))).hasSize(BUNDLED.tables().size() + 1);
    assertThat(paths.stream().filter(p -> p.startsWith("avro/"))).hasSize(BUNDLED.tables().size());
  }

  @Test
  void codesBecomeLegalStableConstantNames() {
    Map<String, String> names = JavaNames.constantNames(List.of("1A", "N0", "RC1", "K3", "k3", "a b", "class"));

    assertThat(names).containsExactly(
        Map.entry("1A", "_1A"), Map.entry("N0", "N0"), Map.entry("RC1", "RC1"), Map.entry("K3", "K3"),
        Map.entry("k3", "K3_2"), Map.entry("a b", "A_B"), Map.entry("class", "CLASS"));
    assertThat(JavaNames.typeName("ssd_s47_enquiry")).isEqualTo("S47Enquiry");
    assertThat(JavaNames.componentNames(BUNDLED.table("ssd_person").orElseThrow()))
        .containsEntry("pers_person_id", "personId").containsEntry("pers_dob", "dob");
    assertThat(JavaNames.keyName("NFA_FLAG")).isEqualTo("nfaFlag");
  }

  @Test
  void aCodeSetNamedLikeATableGetsCodeAddedSoARecordAndItsCodesNeverNeedQualifiedNames() {
    assertThat(JavaNames.codeSetTypeName(mini(), "disability")).isEqualTo("DisabilityCode");
    assertThat(JavaNames.codeSetTypeName(mini(), "placement_type")).isEqualTo("PlacementType");
    assertThat(JavaNames.codeSetTypeName(BUNDLED, "assessment_factors")).isEqualTo("AssessmentFactorsCode");
    assertThat(JavaNames.codeSetTypeName(BUNDLED, "sex")).isEqualTo("Sex");
    Set<String> tables = BUNDLED.tables().stream().map(t -> JavaNames.typeName(t.name())).collect(Collectors.toSet());
    Set<String> enums = BUNDLED.codeSets().stream().map(c -> JavaNames.codeSetTypeName(BUNDLED, c.id())).collect(Collectors.toSet());
    Set<String> rows = BUNDLED.tables().stream().map(t -> TypeNames.of(BUNDLED).row(t.name())).collect(Collectors.toSet());
    assertThat(enums).hasSize(BUNDLED.codeSets().size()).doesNotContainAnyElementsOf(tables).doesNotContainAnyElementsOf(rows);
  }

  @Test
  void componentNamesNeverTakeTheNameOfAGeneratedOrInheritedMethod() {
    assertThat(JavaNames.keyName("BUILDER")).isEqualTo("builderValue");
    assertThat(JavaNames.keyName("TO_BUILDER")).isEqualTo("toBuilderValue");
    assertThat(JavaNames.keyName("HASH_CODE")).isEqualTo("hashCodeValue");
    assertThat(JavaNames.keyName("CLONE")).isEqualTo("cloneValue");
    assertThat(JavaNames.keyName("BUILD")).isEqualTo("buildValue");
    assertThat(JavaNames.keyName("BUILD_DATE")).isEqualTo("buildDate");
  }

  @Test
  void theCodeLookupOfAnEnumCannotClashWithAConstant() {
    String placement = Generators.byId("java").orElseThrow().generate(mini()).stream()
        .filter(f -> f.path().endsWith("/code/PlacementType.java")).findFirst().orElseThrow().content();
    // constants are upper case; the lookup field is not
    assertThat(placement).doesNotContain("BY_CODE").contains("Map<String, PlacementType> lookup");
  }

  @Test
  void jsonColumnRecordsIgnoreUndeclaredKeysAsTheSchemaAllowsThem() {
    String outcome = Generators.byId("java").orElseThrow().generate(mini()).stream()
        .filter(f -> f.path().endsWith("/json/Outcome.java")).findFirst().orElseThrow().content();
    String person = Generators.byId("json-schema").orElseThrow().generate(mini()).stream()
        .filter(f -> f.path().endsWith("ssd_person.schema.json")).findFirst().orElseThrow().content();
    assertThat(outcome).contains("@JsonIgnoreProperties(\n        ignoreUnknown = true\n)");
    assertThat(person).contains("\"additionalProperties\" : true");
  }

  @Test
  void replacingAllGeneratedFilesDeletesTheStaleOnes(@TempDir Path dir) throws IOException {
    GeneratedFiles.replaceAll(dir, List.of(new GeneratedFile("a/Old.java", "old"), new GeneratedFile("a/Kept.java", "kept")));

    int changed = GeneratedFiles.replaceAll(dir, List.of(new GeneratedFile("a/Kept.java", "kept"), new GeneratedFile("b/New.java", "new")));

    assertThat(changed).isEqualTo(2);
    assertThat(dir.resolve("a/Old.java")).doesNotExist();
    assertThat(dir.resolve("a/Kept.java")).hasContent("kept");
    assertThat(dir.resolve("b/New.java")).hasContent("new");
  }

  static Spec mini() {
    try {
      return SpecLoader.load(Path.of(GeneratorsTest.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent()).orThrow();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
