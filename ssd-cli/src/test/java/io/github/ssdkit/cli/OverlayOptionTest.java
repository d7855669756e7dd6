package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.load.SpecLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --overlay} on spec lint, validate, generate and spec diff, with the worked example overlay. */
class OverlayOptionTest {

  static final String OVERLAY = Path.of("../examples/overlay-la801").toString();
  static final String VERSION = SpecLoader.bundled().spec().version();
  /** The bundled spec's sources, as a spec directory. */
  static final Path CORE = Path.of("../ssd-spec/src/main/resources/ssd");

  @Test
  void lintWithAnOverlay() {
    Cli run = Cli.run("spec", "lint", "--overlay", OVERLAY);

    assertThat(run.out()).contains("bundled spec + " + OVERLAY).contains("0 error(s)");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void lintReportsABrokenOverlayAtItsLine(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("broken.yaml");
    Files.writeString(overlay, String.join("\n", "overlay: la801", "version: 1.0.0", "core: \"[1.0.0,)\"",
        "prefix: la801_", "extend:", "  code_sets:", "    - code_set: sex", "      add_values:",
        "        - {code: \"X\", label: Other}", ""), StandardCharsets.UTF_8);

    Cli run = Cli.run("spec", "lint", "--overlay", overlay.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains(overlay + ":9:11: error [overlay.code-set.closed]");
  }

  @Test
  void validateWithAndWithoutTheOverlay() {
    String bad = Path.of(OVERLAY, "extract-bad").toString();
    assertThat(Cli.run("validate", "--overlay", OVERLAY, Path.of(OVERLAY, "extract").toString()).exitCode()).isZero();
    Cli withOverlay = Cli.run("validate", "--overlay", OVERLAY, bad);
    assertThat(withOverlay.exitCode()).isEqualTo(1);
    assertThat(withOverlay.out()).contains("la801_fhp_outcome");
    assertThat(Cli.run("validate", bad).exitCode()).as("the core does not check local data").isZero();
  }

  @Test
  void generateWithTheOverlay(@TempDir Path dir) throws Exception {
    Cli run = Cli.run("generate", "--overlay", OVERLAY, "--only", "json-schema", "--out", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).contains("la801_family_help_panel.schema.json");
    }
  }

  @Test
  void aBrokenOverlayStopsGenerateWithOneLine(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("broken.yaml");
    Files.writeString(overlay, "overlay: la801\nversion: 1.0.0\ncore: \"[0.1.0,1.0.0)\"\nprefix: la801_\n");

    Cli run = Cli.run("generate", "--overlay", overlay.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("overlay.core-version").doesNotContain("Exception");
  }

  @Test
  void diffShowsWhatTheOverlayAddsAndThatItStillApplies() {
    Cli run = Cli.run("spec", "diff", CORE.toString(), "--overlay", OVERLAY);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("What the overlays add to " + VERSION).contains("la801_family_help_panel")
        .contains("ssd_person.la801_first_language").contains("Yes: no conflicts");
  }

  @Test
  void diffFindsANewerCoreThatTookTheOverlaysName(@TempDir Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(CORE)) {
      for (Path p : files.toList()) {
        Path target = dir.resolve(CORE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Path person = dir.resolve("tables/ssd_person.yaml");
    String text = Files.readString(person);
    Files.writeString(person, text.replace("fields:\n", "fields:\n  - name: la801_first_language\n    item: PERS099A\n"
        + "    type: string\n    description: \"A core column that took the overlay's name.\"\n"));

    Cli run = Cli.run("spec", "diff", CORE.toString(), dir.toString(), "--overlay", OVERLAY);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("No: 1 error(s)").contains("[overlay.conflict]")
        .contains("ssd_person.la801_first_language");
  }

  @Test
  void sampleWithTheOverlayWritesLocalTablesThatValidateClean(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("extract");

    Cli sample = Cli.run("sample", "--overlay", OVERLAY, "--out", out.toString(), "--children", "20", "--seed", "3");

    assertThat(sample.exitCode()).as(sample.err()).isZero();
    assertThat(out.resolve("la801_family_help_panel.csv")).exists();
    assertThat(Files.readString(out.resolve("ssd_person.csv")).lines().findFirst().orElseThrow())
        .contains("la801_first_language");
    Cli withOverlay = Cli.run("validate", "--overlay", OVERLAY, out.toString());
    assertThat(withOverlay.exitCode()).as(withOverlay.out()).isZero();
    Cli coreOnly = Cli.run("validate", out.toString());
    assertThat(coreOnly.out()).as("the core does not know the local table").contains("la801_family_help_panel");
  }
}
