package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.load.SpecLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --spec-version}: validating an extract by the rules of an earlier release. */
class SpecVersionOptionTest {

  @Test
  void anExtractIsValidatedByTheReleaseItDeclares(@TempDir Path dir) throws Exception {
    Path extract = dir.resolve("extract");
    assertThat(Cli.run("sample", "--out", extract.toString(), "--children", "5", "--spec-version", "1.0.0").exitCode())
        .isZero();
    Files.writeString(extract.resolve("ssd-extract.json"), "{\"spec_version\": \"1.0.0\"}", StandardCharsets.UTF_8);

    Cli run = Cli.run("validate", extract.toString(), "--spec-version", "1.0.0");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("the extract declares spec version 1.0.0").doesNotContain("input.spec-version");
  }

  @Test
  void anExtractDeclaringAnotherVersionGetsANoteNamingTheOptionThatJudgesItByItsOwnRules(@TempDir Path dir)
      throws Exception {
    Path extract = dir.resolve("extract");
    assertThat(Cli.run("sample", "--out", extract.toString(), "--children", "5", "--spec-version", "1.0.0").exitCode())
        .isZero();
    Files.writeString(extract.resolve("ssd-extract.json"), "{\"spec_version\": \"1.0.0\"}", StandardCharsets.UTF_8);

    Cli run = Cli.run("validate", extract.toString());

    assertThat(run.err().lines().toList()).singleElement().asString()
        .startsWith("ssd: note: ssd-extract.json declares spec version 1.0.0 but the extract was validated against ")
        .endsWith("; validate it by its own rules with --spec-version 1.0.0");
    // the report carries the mismatch as an error (major versions differ), so the run found problems
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("input.spec-version");
  }

  @Test
  void anExtractDeclaringTheVersionUsedGetsNoNote(@TempDir Path dir) throws Exception {
    Path extract = dir.resolve("extract");
    assertThat(Cli.run("sample", "--out", extract.toString(), "--children", "5").exitCode()).isZero();
    String bundled = SpecLoader.bundled().orThrow().version();
    Files.writeString(extract.resolve("ssd-extract.json"), "{\"spec_version\": \"" + bundled + "\"}",
        StandardCharsets.UTF_8);

    Cli run = Cli.run("validate", extract.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void anUnknownVersionOrBothOptionsAreOneLine(@TempDir Path dir) {
    Cli unknown = Cli.run("validate", dir.toString(), "--spec-version", "0.1.0");
    Cli both = Cli.run("validate", dir.toString(), "--spec-version", "1.0.0", "--spec", dir.toString());

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err().strip().lines()).hasSize(1);
    assertThat(unknown.err()).contains("spec version 0.1.0 is not carried by this ssd");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("give --spec or --spec-version, not both");
  }

  @Test
  void aReleaseInTheLocalMavenRepositoryIsFound(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("m2");
    Path jarDir = Files.createDirectories(repo.resolve("io/github/ssdkit/ssd-spec/0.9.0"));
    Path spec = SpecDiffCommandTest.writeSpec(dir.resolve("spec"), "0.9.0", 48, "R");
    SpecDiffCommandTest.jar(spec, jarDir.resolve("ssd-spec-0.9.0.jar"));
    String before = System.getProperty("maven.repo.local");
    System.setProperty("maven.repo.local", repo.toString());
    try {
      Cli run = Cli.run("spec", "diff", "0.9.0", spec.toString());

      assertThat(run.err()).isEmpty();
      assertThat(run.out()).isEqualTo("spec 0.9.0 -> 0.9.0: no changes\n");
    } finally {
      if (before == null) {
        System.clearProperty("maven.repo.local");
      } else {
        System.setProperty("maven.repo.local", before);
      }
    }
  }

  @Test
  void completionScriptsForBashAndZsh() {
    Cli bash = Cli.run("completion", "bash");
    Cli zsh = Cli.run("completion", "zsh");

    assertThat(bash.exitCode()).isZero();
    assertThat(bash.out()).contains("complete -F").contains("validate").contains("--spec-version")
        .contains("changelog");
    assertThat(zsh.out()).isEqualTo(bash.out()).contains("ZSH_VERSION");
    assertThat(Cli.run("completion", "fish").exitCode()).isEqualTo(2);
  }
}
