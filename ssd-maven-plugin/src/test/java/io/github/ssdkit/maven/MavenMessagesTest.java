package io.github.ssdkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.SpecProblem;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenMessagesTest {

  @TempDir
  Path spec;

  @Test
  void aProblemReadsLikeACompilerMessageWithTheAbsoluteFile() {
    SpecProblem p = SpecProblem.error("lint.code-set.exists", new SourceLocation("tables/ssd_person.yaml", 12, 15),
        "code set 'sexx' does not exist");

    String line = MavenMessages.format(p, new SpecInput(spec.toFile()));

    assertThat(line).isEqualTo(spec.toAbsolutePath().resolve("tables/ssd_person.yaml")
        + ":[12,15] [lint.code-set.exists] code set 'sexx' does not exist");
  }

  @Test
  void aProblemWithoutALineNamesTheFileOnly() {
    SpecProblem p = SpecProblem.error("spec.file.missing", SourceLocation.of("tables/ssd_x.yaml"), "missing");

    assertThat(MavenMessages.format(p, new SpecInput(spec.toFile())))
        .isEqualTo(spec.toAbsolutePath().resolve("tables/ssd_x.yaml") + " [spec.file.missing] missing");
  }

  @Test
  void theBundledSpecsFilesAreNamedInsideTheJar() {
    SpecProblem p = SpecProblem.warning("lint.naming", new SourceLocation("ssd.yaml", 3, 1), "odd");

    assertThat(MavenMessages.format(p, new SpecInput(null))).isEqualTo("ssd-spec.jar!/ssd/ssd.yaml:[3,1] [lint.naming] odd");
  }

  @Test
  void aMissingSpecDirectoryIsOneSentence() {
    assertThat(new SpecInput(new File(spec.toFile(), "nope")).unusable())
        .hasValueSatisfying(m -> assertThat(m).endsWith("nope is not a directory; expected a spec directory holding ssd.yaml"));
    assertThat(new SpecInput(spec.toFile()).unusable()).isEmpty();
  }
}
