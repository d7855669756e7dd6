package io.github.ssdkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.lint.Decisions;
import io.github.ssdkit.spec.lint.SpecLinter;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled spec: it loads and lints clean, and nothing in it silently disappears. When a
 * change to the spec is intended, update the counts here together with CHANGELOG.md.
 */
class BundledSpecTest {

  private static LoadResult loaded;
  private static Spec spec;

  @BeforeAll
  static void load() {
    loaded = SpecLoader.bundled();
    spec = loaded.orThrow();
  }

  @Test
  void lintsWithoutErrorsOrWarnings() {
    assertThat(SpecLinter.standard().lint(loaded)).isEmpty();
  }

  /** Maven runs tests in the module folder; the decisions page is in the repository's docs. */
  @Test
  void everyColumnAndCheckADecisionNamesCitesIt() throws IOException {
    String decisions = Files.readString(Path.of("../docs/decisions.md"), StandardCharsets.UTF_8);

    assertThat(SpecLinter.withDecisions(decisions).lint(loaded)).isEmpty();
    assertThat(Decisions.parse(decisions).rows()).containsKeys(31, 40, 42, 47, 54, 78, 107, 119);
  }

  @Test
  void hasTheExpectedNumberOfEachThing() {
    assertThat(spec.version()).isEqualTo("2.0.0");
    assertThat(spec.manifest().upstream()).isEqualTo("1.4.5");
    assertThat(spec.tables()).hasSize(48);
    assertThat(spec.tables().stream().mapToInt(t -> t.fields().size()).sum()).isEqualTo(371);
    assertThat(spec.codeSets()).hasSize(54);
    assertThat(spec.tables().stream().mapToLong(t -> t.foreignKeys().size()).sum()).isEqualTo(73);
    assertThat(spec.tables().stream().mapToLong(t -> t.checks().size()).sum()).isEqualTo(80);
    assertThat(spec.tables().stream().flatMap(t -> t.fields().stream())
        .filter(f -> f.status() == Lifecycle.PROPOSED).count()).isEqualTo(9);
  }

  @Test
  void coversEveryColumnOfTheUpstreamModel() throws IOException {
    List<String> missing = referenceColumns().stream()
        .filter(column -> FieldRef.parse(column).flatMap(spec::resolve).isEmpty())
        .toList();

    assertThat(referenceColumns()).hasSize(362);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyCodedColumnHasItsCodeSetAndEveryPeriodTableItsOverlapCheck() {
    assertThat(spec.tables().stream().flatMap(t -> t.fields().stream())
        .filter(f -> f.codeSet() != null).count()).isGreaterThanOrEqualTo(70);
    for (String periodTable : List.of("ssd_cla_episodes", "ssd_cp_plans", "ssd_cla_placement",
        "ssd_legal_status", "ssd_missing", "ssd_cin_episodes")) {
      assertThat(spec.table(periodTable).orElseThrow().checks())
          .as(periodTable).anyMatch(c -> c instanceof Check.NoOverlap);
    }
  }

  @Test
  void everyColumnSaysWhichVersionItAppearedIn() {
    assertThat(spec.tables().stream().flatMap(t -> t.fields().stream()))
        .allSatisfy(f -> assertThat(f.since()).isEqualTo("1.0.0"));
  }

  @Test
  void keepsWithdrawnPlacementTypesForHistoricRecords() {
    CodeSet placementTypes = spec.codeSet("placement_type").orElseThrow();

    assertThat(placementTypes.values()).filteredOn(CodeValue::isWithdrawn)
        .extracting(CodeValue::code).containsExactlyInAnyOrder("H5", "P2", "Z1");
    assertThat(placementTypes.find("Z11")).isPresent();
    assertThat(spec.codeSet("legal_status").orElseThrow().values()).filteredOn(CodeValue::isWithdrawn)
        .extracting(CodeValue::code).containsExactly("D1");
  }

  @Test
  void includesTheWorkshopSynthesisItems() {
    assertThat(spec.codeSet("linked_identifier_type").orElseThrow().codes())
        .contains("CCI", "NHS", "UPN", "YJ", "ASC", "EH", "LOCAL");
    assertThat(spec.codeSet("legal_status").orElseThrow().find("PF")).isPresent();
    assertThat(spec.table("ssd_immigration_status").orElseThrow().field("immi_transfer_scheme")).isPresent();
    assertThat(spec.table("ssd_cla_reviews").orElseThrow().field("clar_cla_review_chaired_by_child")
        .orElseThrow().status()).isEqualTo(Lifecycle.PROPOSED);
  }

  private static List<String> referenceColumns() throws IOException {
    try (InputStream in = BundledSpecTest.class.getResourceAsStream("/reference-columns.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }
}
