package io.github.ssdkit.spec.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ssdkit.spec.TestSpecs;
import io.github.ssdkit.spec.diff.SemVer;
import io.github.ssdkit.spec.load.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate as ssd-spec's build runs it, on the real spec and the released baselines. */
class BundledSpecGateTest {

  private static final Path RELEASES = Path.of("src/main/releases");
  private static final Path SPEC = Path.of("src/main/resources/ssd");

  private static String lastRelease() throws IOException {
    List<String> released = ReleasedSpecs.parseIndex(Files.readString(RELEASES.resolve(ReleasedSpecs.INDEX)));
    return released.get(released.size() - 1);
  }

  @Test
  void theSpecPassesTheGateAgainstItsLastRelease() throws IOException {
    assertThat(VersionGateMain.run(RELEASES, SPEC)).startsWith("spec version gate: ");
  }

  @Test
  void aCutMaxLengthUnderTheSameVersionFailsTheGate(@TempDir Path dir) throws IOException {
    Path spec = TestSpecs.copy(RELEASES.resolve(lastRelease()), dir);
    TestSpecs.edit(spec, "tables/ssd_cla_episodes.yaml", "max_length: 48", "max_length: 20");

    assertThatThrownBy(() -> VersionGateMain.run(RELEASES, spec))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the changes need a major version")
        .hasMessageContaining("column.max-length.reduced column ssd_cla_episodes.clae_cla_episode_id (48 -> 20)");
  }

  @Test
  void aWrongVersionNumberFailsTheGate(@TempDir Path dir) throws IOException {
    String last = lastRelease();
    Path spec = TestSpecs.copy(RELEASES.resolve(last), dir);
    TestSpecs.edit(spec, "codesets/adopter_sex.yaml", "title: ", "title: Renamed ");
    SemVer patch = SemVer.parse(last).orElseThrow().next(SemVer.Level.PATCH);

    assertThatThrownBy(() -> VersionGateMain.run(RELEASES, spec))
        .hasMessageContaining("its version is still " + last)
        .hasMessageContaining("set version to " + patch);
    setVersion(spec, last, patch.toString());
    assertThat(VersionGateMain.run(RELEASES, spec)).contains(patch + " is one");
    setVersion(spec, patch.toString(), patch.next(SemVer.Level.PATCH).toString());
    assertThatThrownBy(() -> VersionGateMain.run(RELEASES, spec)).hasMessageContaining("does not follow release " + last);
  }

  private static void setVersion(Path spec, String from, String to) {
    TestSpecs.edit(spec, "ssd.yaml", "version: \"" + from + "\"", "version: \"" + to + "\"");
  }

  @Test
  void everyListedReleaseIsCarriedInTheJarAndLoadsClean() {
    List<String> versions = ReleasedSpecs.versions();

    assertThat(versions).contains("1.0.0");
    for (String v : versions) {
      LoadResult loaded = ReleasedSpecs.load(v).orElseThrow();
      assertThat(loaded.errors()).as(v).isEmpty();
      assertThat(loaded.spec().version()).isEqualTo(v);
    }
    assertThat(ReleasedSpecs.load("0.0.1")).isEmpty();
  }

  @Test
  void theBaselineIsTheNewestReleaseNotLaterThanTheSpec() {
    List<String> released = List.of("1.0.0", "1.1.0", "2.0.0");

    assertThat(ReleasedSpecs.baselineFor("1.2.0", released)).contains("1.1.0");
    assertThat(ReleasedSpecs.baselineFor("2.0.0", released)).contains("2.0.0");
    assertThat(ReleasedSpecs.baselineFor("0.9.0", released)).isEmpty();
  }
}
