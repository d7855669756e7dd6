package io.github.ssdkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.SpecProblem;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenMessagesTest {

  @TempDir
  Path spec;

  @Test
  void aProblemReadsLikeACompilerMessageWithTheAbsoluteFile() {
    SpecProblem p = SpecProblem.error("lint.code-set.exists", new SourceLocation("tables/ssd_person.yaml", 12, 15),
        "code set 'sexx' does not exist");

    String line = MavenMessages.format(p, new SpecInput(spec.toFile(), null));

    assertThat(line).isEqualTo(spec.toAbsolutePath().resolve("tables/ssd_person.yaml")
        + ":[12,15] [lint.code-set.exists] code set 'sexx' does not exist");
  }

  @Test
  void aProblemWithoutALineNamesTheFileOnly() {
    SpecProblem p = SpecProblem.error("spec.file.missing", SourceLocation.of("tables/ssd_x.yaml"), "missing");

    assertThat(MavenMessages.format(p, new SpecInput(spec.toFile(), null)))
        .isEqualTo(spec.toAbsolutePath().resolve("tables/ssd_x.yaml") + " [spec.file.missing] missing");
  }

  @Test
  void theBundledSpecsFilesAreNamedInsideTheJar() {
    SpecProblem p = SpecProblem.warning("lint.naming", new SourceLocation("ssd.yaml", 3, 1), "odd");

    assertThat(MavenMessages.format(p, new SpecInput(null, null))).isEqualTo("ssd-spec.jar!/ssd/ssd.yaml:[3,1] [lint.naming] odd");
  }

  @Test
  void anOverlaysProblemKeepsTheOverlaysOwnPath() {
    Path overlay = spec.resolve("overlays/la801/tables/la801_panel.yaml").toAbsolutePath();
    SpecProblem p = SpecProblem.error("overlay.prefix", new SourceLocation(overlay.toString(), 4, 8), "no prefix");

    assertThat(MavenMessages.format(p, new SpecInput(null, List.of(spec.resolve("overlays/la801").toFile()))))
        .isEqualTo(overlay + ":[4,8] [overlay.prefix] no prefix");
  }

  @Test
  void aMissingSpecDirectoryIsOneSentence() {
    assertThat(new SpecInput(new File(spec.toFile(), "nope"), null).unusable())
        .hasValueSatisfying(m -> assertThat(m).endsWith("nope is not a directory; expected a spec directory holding ssd.yaml"));
    assertThat(new SpecInput(spec.toFile(), null).unusable()).isEmpty();
  }
}
