package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLintCommandTest {

  @Test
  void theBundledSpecLintsClean() {
    Cli run = Cli.run("spec", "lint");

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("bundled spec").contains("0 error(s)");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void errorsGiveExitCodeTwoWithFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ssd.yaml"), "spec: ssd\nversion: 1.0\ntables: [ssd_person]\ncode_sets: []\n",
        StandardCharsets.UTF_8);

    Cli run = Cli.run("spec", "lint", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .contains("ssd.yaml:2:10: error [spec.value.version]")
        .contains("tables/ssd_person.yaml: error [spec.file.missing]")
        .doesNotContain("Exception");
  }

  @Test
  void warningsFailOnlyWhenAsked(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("tables"));
    Files.createDirectories(dir.resolve("codesets"));
    Files.writeString(dir.resolve("ssd.yaml"), "spec: ssd\nversion: 1.0.0\ntables: [ssd_thing]\ncode_sets: []\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("tables/ssd_thing.yaml"), String.join("\n",
        "table: ssd_thing", "primary_key: [thin_id]", "fields:", "  - name: thin_id", "    item: THIN001A",
        "    type: string", "    required: true", "    description: The id.", "  - name: other_note",
        "    item: THIN002A", "    type: string", "    description: A column without the prefix.", ""),
        StandardCharsets.UTF_8);

    assertThat(Cli.run("spec", "lint", dir.toString()).exitCode()).isZero();
    Cli strict = Cli.run("spec", "lint", "--fail-on-warnings", dir.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains("warning [lint.naming.prefix]");
  }

  @Test
  void aMissingDirectoryIsOneLineAndExitTwo(@TempDir Path dir) {
    Cli run = Cli.run("spec", "lint", dir.resolve("nope").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("not a directory");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Cli run = Cli.run("spec", "lint", "--colour");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option").contains("ssd spec lint --help");
  }
}
