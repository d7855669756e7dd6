package io.github.ssdkit.cli.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ssdkit.cli.SsdCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers start the command from a start-up archive: an ahead-of-time cache on a Java 25 or
 * later, else a class-data-sharing archive. Needs ssd.jar and the build's archive, so the build runs
 * it after package (surefire execution launcher-archives); sh launchers only, so not on Windows.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launchers tested here are sh scripts")
class LauncherArchiveTest {

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path JAR = ROOT.resolve("ssd-cli/target/ssd.jar");
  static final String SAMPLE = ROOT.resolve("examples/sample-extract").toString();
  static final String DEFAULTS = "-XX:+UseParallelGC -Xmx700m";
  static final String LOG_CLASS_LOADING = DEFAULTS + " -Xlog:class+load=info";

  @TempDir
  Path temp;

  @Test
  void theSourceCheckoutLauncherMapsTheArchiveTheBuildMadeForItsJava() throws IOException {
    String archive = JavaHomes.feature(JavaHomes.current()) >= 25 ? "ssd.aot" : "ssd.jsa";
    assertThat(ROOT.resolve("ssd-cli/target").resolve(archive)).isNotEmptyFile();
    Path launcher = ROOT.resolve("ssd");

    LauncherRun mapped = validate(launcher, JavaHomes.current(), Map.of("SSD_JAVA_OPTS", LOG_CLASS_LOADING), "mapped");
    LauncherRun plain = validate(launcher, JavaHomes.current(), Map.of("SSD_CDS", "off", "SSD_JAVA_OPTS", LOG_CLASS_LOADING), "plain");

    assertThat(mapped.mapped(SsdCommand.class)).as("SsdCommand mapped from " + archive).isTrue();
    assertThat(plain.mapped(SsdCommand.class)).isFalse();
    assertThat(report("mapped")).isEqualTo(report("plain"));
  }

  @Test
  void theDistributionLauncherTrainsAnArchiveOnItsFirstValidateThenMapsIt() throws IOException {
    Path home = JavaHomes.current();
    trainsThenMaps(home, JavaHomes.feature(home) >= 25 ? "aot-" : "cds-", JavaHomes.feature(home) >= 25 ? ".aot" : ".jsa");
  }

  @Test
  void onJava25TheDistributionLauncherTrainsAndMapsAnAheadOfTimeCache() throws IOException {
    Optional<Path> java25 = JavaHomes.java25();
    assumeTrue(java25.isPresent(), "NOT TESTED: the ahead-of-time cache path needs a Java 25 or later; the build's Java is "
        + JavaHomes.feature(JavaHomes.current()) + " and " + JavaHomes.JAVA25_VARIABLE + " names none");
    trainsThenMaps(java25.orElseThrow(), "aot-", ".aot");
  }

  @Test
  void withSsdCdsOffTheDistributionLauncherWritesNoArchive() throws IOException {
    Path cache = temp.resolve("cache");
    LauncherRun run = validate(install(), JavaHomes.current(), Map.of("SSD_CACHE_DIR", cache.toString(), "SSD_CDS", "off"), "off");

    assertThat(run.exitCode()).isZero();
    assertThat(cache).doesNotExist();
  }

  /** First validate: trains, quietly; second: maps; an archive that is garbage: ignored, same report. */
  private void trainsThenMaps(Path javaHome, String prefix, String suffix) throws IOException {
    Path launcher = install();
    Path cache = temp.resolve("cache");
    Map<String, String> env = Map.of("SSD_CACHE_DIR", cache.toString());

    LauncherRun training = validate(launcher, javaHome, env, "training");
    assertThat(training.exitCode()).isZero();
    assertThat(training.out()).isEmpty();
    assertThat(training.err()).isEmpty();
    List<Path> archives = files(cache);
    assertThat(archives).singleElement().satisfies(archive -> {
      assertThat(archive.getFileName().toString()).startsWith(prefix).endsWith(suffix);
      assertThat(archive).isNotEmptyFile();
    });

    LauncherRun mapped = validate(launcher, javaHome, Map.of("SSD_CACHE_DIR", cache.toString(), "SSD_JAVA_OPTS", LOG_CLASS_LOADING), "mapped");
    assertThat(mapped.mapped(SsdCommand.class)).as("SsdCommand mapped from " + archives.get(0)).isTrue();
    assertThat(files(cache)).isEqualTo(archives);

    Files.writeString(archives.get(0), "not an archive");
    LauncherRun spoilt = validate(launcher, javaHome, env, "spoilt");
    assertThat(spoilt.exitCode()).isZero();
    assertThat(spoilt.out()).isEmpty();
    assertThat(spoilt.err()).isEmpty();

    assertThat(report("mapped")).isEqualTo(report("training")).isEqualTo(report("spoilt"));
  }

  /** bin/ssd and lib/ssd.jar, laid out as the distribution has them. */
  private Path install() throws IOException {
    Path bin = Files.createDirectories(temp.resolve("install/bin"));
    Path lib = Files.createDirectories(temp.resolve("install/lib"));
    Files.copy(JAR, lib.resolve("ssd.jar"));
    Path launcher = Files.copy(ROOT.resolve("ssd-dist/src/bin/ssd"), bin.resolve("ssd"));
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    return launcher;
  }

  private LauncherRun validate(Path launcher, Path javaHome, Map<String, String> env, String name) {
    return LauncherRun.of(launcher, javaHome, env, "validate", SAMPLE, "--output", temp.resolve(name + ".txt").toString());
  }

  private String report(String name) throws IOException {
    return Files.readString(temp.resolve(name + ".txt"));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
