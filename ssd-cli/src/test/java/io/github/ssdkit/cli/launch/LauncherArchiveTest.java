package io.github.ssdkit.cli.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.cli.SsdCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
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

  /**
   * The Java 25 branch of the distribution launcher, on any build's Java: a stand-in Java home whose
   * release file says 25 and whose java notes its arguments and makes the files the real one would.
   * (On a build whose own Java is 25 or later, the two tests above run this branch for real.)
   */
  @Test
  void onJava25TheDistributionLauncherRecordsThenAssemblesThenMapsAnAheadOfTimeCache() throws IOException {
    Path launcher = install();
    Path cache = temp.resolve("cache");
    Path calls = temp.resolve("calls.txt");
    Path java25 = standInJava(temp.resolve("java25"), calls, 0);
    Map<String, String> env = Map.of("SSD_CACHE_DIR", cache.toString());

    LauncherRun training = validate(launcher, java25, env, "training");
    List<String> trainingCalls = Files.readAllLines(calls);
    Files.delete(calls);
    LauncherRun mapped = validate(launcher, java25, env, "mapped");

    assertThat(training.exitCode()).isZero();
    assertThat(trainingCalls).hasSize(2);
    assertThat(trainingCalls.get(0)).contains("-XX:AOTMode=record", "-XX:+UseParallelGC -Xmx700m -jar", " validate ")
        .contains("-XX:Tier4InvocationThreshold=50000 "); // the JIT defaults come before the user's options
    assertThat(trainingCalls.get(0).indexOf("Tier4InvocationThreshold")).isLessThan(trainingCalls.get(0).indexOf("-Xmx700m"));
    assertThat(trainingCalls.get(1)).contains("-XX:AOTMode=create", "-XX:AOTCache=").doesNotContain(" validate ");
    List<Path> archives = files(cache);
    assertThat(archives).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).startsWith("aot-").endsWith(".aot"));
    assertThat(mapped.exitCode()).isZero();
    assertThat(Files.readAllLines(calls)).singleElement().asString()
        .contains("-XX:AOTCache=" + archives.get(0), " validate ").doesNotContain("AOTMode");
  }

  @Test
  void onJava25ACacheThatCannotBeAssembledLeavesNothingBehindAndTheCommandsStatusStands() throws IOException {
    Path launcher = install();
    Path cache = temp.resolve("cache");
    Path java25 = standInJava(temp.resolve("java25"), temp.resolve("calls.txt"), 1);

    LauncherRun training = validate(launcher, java25, Map.of("SSD_CACHE_DIR", cache.toString()), "training");

    assertThat(training.exitCode()).isZero();
    assertThat(files(cache)).isEmpty();
  }

  /**
   * A Java home whose release file says 25 and whose bin/java appends its arguments to {@code calls},
   * writes the configuration or cache file it is asked for (the cache only when {@code createStatus}
   * is 0) and exits with 0, or with {@code createStatus} when assembling a cache.
   */
  private static Path standInJava(Path home, Path calls, int createStatus) throws IOException {
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"25.0.1\"\n");
    Path java = Files.writeString(home.resolve("bin/java"), String.join("\n",
        "#!/bin/sh",
        "echo \"$*\" >> '" + calls + "'",
        "for a in \"$@\"; do",
        "  case \"$a\" in",
        "    -XX:AOTConfiguration=*) conf=${a#*=} ;;",
        "    -XX:AOTCache=*) cache=${a#*=} ;;",
        "    -XX:AOTMode=*) mode=${a#*=} ;;",
        "  esac",
        "done",
        "if [ \"$mode\" = record ]; then echo recorded > \"$conf\"; fi",
        "if [ \"$mode\" = create ]; then",
        "  [ " + createStatus + " -eq 0 ] || exit " + createStatus,
        "  echo cache > \"$cache\"",
        "fi",
        "exit 0",
        ""));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
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
