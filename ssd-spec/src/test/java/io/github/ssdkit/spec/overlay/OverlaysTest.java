package io.github.ssdkit.spec.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Origin;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging overlays into the bundled core: what an overlay may add and tighten, and what it gets. */
class OverlaysTest {

  @TempDir
  Path dir;

  static final String HEAD = """
      overlay: la801
      name: Example Borough
      version: 1.0.0
      core: "[1.0.0,)"
      prefix: la801_
      """;

  Path overlay(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  static List<SpecProblem> errors(MergeResult r) {
    return r.errors();
  }

  @Test
  void addsATableAColumnLocalCodesAndACheckAndRecordsTheirOrigin() throws IOException {
    Path o = overlay("la801.yaml", HEAD + """
        tables:
          - table: la801_panel
            description: One row per early help panel decision.
            domain: early_help
            primary_key: [la801_panel_id]
            fields:
              - {name: la801_panel_id, item: LA801P1, type: string, max_length: 48, required: true, unique: true, description: Panel decision id.}
              - {name: la801_person_id, item: LA801P2, type: string, max_length: 48, required: true, references: ssd_person.pers_person_id, description: The child.}
        extend:
          tables:
            - table: ssd_person
              add_fields:
                - {name: la801_first_language, item: LA801X1, type: string, max_length: 40, description: First language.}
              tighten:
                - {name: pers_upn, required: true}
          code_sets:
            - code_set: gender
              add_values:
                - {code: "10", label: Non-binary}
                - {code: "11", label: Gender fluid}
        """);
    MergeResult r = Overlays.merge(SpecLoader.bundled(), List.of(o));

    assertThat(r.errors()).isEmpty();
    Spec spec = r.orThrow();
    Origin la801 = new Origin("la801", "1.0.0", "la801_");
    assertThat(spec.origins().overlays()).containsExactly(la801);
    assertThat(spec.origins().table("la801_panel")).isEqualTo(la801);
    assertThat(spec.origins().column("la801_panel", "la801_panel_id")).isEqualTo(la801);
    assertThat(spec.origins().column("ssd_person", "la801_first_language")).isEqualTo(la801);
    assertThat(spec.origins().column("ssd_person", "pers_upn")).isEqualTo(Origin.CORE);
    assertThat(spec.origins().table("ssd_person")).isEqualTo(Origin.CORE);
    assertThat(spec.origins().code("gender", "10")).isEqualTo(la801);
    assertThat(spec.origins().code("gender", "01")).isEqualTo(Origin.CORE);
    assertThat(spec.table("ssd_person").orElseThrow().field("pers_upn").orElseThrow().required()).isTrue();
    assertThat(spec.table("ssd_person").orElseThrow().fieldNames()).endsWith("la801_first_language");
    // the authority listed its local gender codes, so the set now holds exactly those (decision 261)
    assertThat(spec.codeSet("gender").orElseThrow().codes()).contains("10", "11");
    assertThat(spec.codeSet("gender").orElseThrow().localCodes()).isNull();
    // the core itself is untouched
    assertThat(SpecLoader.bundled().spec().table("ssd_person").orElseThrow().field("la801_first_language")).isEmpty();
  }

  @Test
  void noOverlaysGivesTheCore() {
    MergeResult r = Overlays.merge(SpecLoader.bundled(), List.of());
    assertThat(r.errors()).isEmpty();
    assertThat(r.spec().tables()).hasSameSizeAs(SpecLoader.bundled().spec().tables());
    assertThat(r.spec().hasOverlays()).isFalse();
  }

  @Test
  void aDirectoryOverlayReadsItsTablesFromFiles() throws IOException {
    Path o = Files.createDirectories(dir.resolve("la801"));
    Files.writeString(o.resolve("overlay.yaml"), HEAD + "tables: [la801_panel]\n");
    Files.createDirectories(o.resolve("tables"));
    Files.writeString(o.resolve("tables/la801_panel.yaml"), """
        table: la801_panel
        description: Panel decisions.
        primary_key: [la801_panel_id]
        fields:
          - {name: la801_panel_id, item: LA801P1, type: string, max_length: 48, required: true, unique: true, description: Id.}
        """);
    MergeResult r = Overlays.merge(SpecLoader.bundled(), List.of(o));
    assertThat(r.errors()).isEmpty();
    assertThat(r.spec().table("la801_panel")).isPresent();
    assertThat(r.spec().table("la801_panel").orElseThrow().location().file())
        .isEqualTo(o.resolve("tables/la801_panel.yaml").toString());
  }

  @Test
  void stackedOverlaysApplyInOrderAndEachKeepsItsOrigin() throws IOException {
    Path a = overlay("a.yaml", HEAD + """
        extend:
          tables:
            - table: ssd_person
              add_fields:
                - {name: la801_first_language, item: LA801X1, type: string, max_length: 40, description: First language.}
        """);
    Path b = overlay("b.yaml", """
        overlay: acme
        version: 2.1.0
        core: "[1.0.0,)"
        prefix: acme_
        extend:
          tables:
            - table: ssd_person
              add_fields:
                - {name: acme_case_ref, item: ACME1, type: string, max_length: 20, description: Supplier reference.}
              tighten:
                - {name: la801_first_language, max_length: 30}
        """);
    MergeResult r = Overlays.merge(SpecLoader.bundled(), List.of(a, b));
    assertThat(r.errors()).isEmpty();
    Spec spec = r.spec();
    assertThat(spec.table("ssd_person").orElseThrow().fieldNames()).endsWith("la801_first_language", "acme_case_ref");
    assertThat(spec.origins().column("ssd_person", "acme_case_ref").overlay()).isEqualTo("acme");
    assertThat(spec.origins().column("ssd_person", "la801_first_language").overlay()).isEqualTo("la801");
    assertThat(spec.table("ssd_person").orElseThrow().field("la801_first_language").orElseThrow().maxLength()).isEqualTo(30);
    assertThat(spec.origins().overlays()).extracting(Origin::overlay).containsExactly("la801", "acme");

    // the other order: acme tightens a column that does not exist yet
    MergeResult reversed = Overlays.merge(SpecLoader.bundled(), List.of(b, a));
    assertThat(reversed.errors()).extracting(SpecProblem::rule).contains("overlay.target.unknown");
  }
}
