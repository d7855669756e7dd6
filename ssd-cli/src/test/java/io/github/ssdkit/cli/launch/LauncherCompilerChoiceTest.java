package io.github.ssdkit.cli.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both sh launchers give {@code ssd validate} the quick compiler alone (C1) for a smaller extract and
 * keep the optimising one for a larger extract, a database or another command. Each launcher runs
 * from a copy laid out as it expects, with a stand-in Java that notes its arguments, over extracts
 * made of sparse files of the sizes each limit needs (240 MB of CSV, 640 MB of JSON Lines, two and
 * a half times that with rule packs).
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launchers tested here are sh scripts")
class LauncherCompilerChoiceTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final String QUICK = "-XX:TieredStopAtLevel=1";
  private static final long MB = 1024 * 1024;

  @TempDir
  Path temp;

  private Path calls;
  private Path java;

  @BeforeEach
  void standInJava() throws IOException {
    calls = temp.resolve("calls.txt");
    java = temp.resolve("java");
    Files.createDirectories(java.resolve("bin"));
    Files.writeString(java.resolve("release"), "JAVA_VERSION=\"17.0.9\"\n");
    Path bin = Files.writeString(java.resolve("bin/java"), "#!/bin/sh\necho \"$*\" >> '" + calls + "'\nexit 0\n");
    Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"source", "distribution"})
  void aSmallExtractIsValidatedByTheQuickCompilerAlone(String kind) throws IOException {
    Path extract = extract("small", Map.of("ssd_person.csv", 200 * MB, "ssd_contacts.CSV", 30 * MB));

    String call = run(kind, "validate", extract.toString(), "--output", "report.txt");

    assertThat(call).contains(QUICK);
    assertThat(call.indexOf(QUICK)).as("before the user's options, which win")
        .isGreaterThan(call.indexOf("-XX:Tier4InvocationThreshold")).isLessThan(call.indexOf("-Xmx700m"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"source", "distribution"})
  void aLargerExtractKeepsTheOptimisingCompiler(String kind) throws IOException {
    Path extract = extract("large", Map.of("ssd_person.csv", 200 * MB, "ssd_contacts.csv", 50 * MB));

    assertThat(run(kind, "validate", extract.toString())).doesNotContain(QUICK).contains("-XX:Tier4InvocationThreshold");
  }

  @ParameterizedTest
  @ValueSource(strings = {"source", "distribution"})
  void rulePacksRaiseTheLimit(String kind) throws IOException {
    Path extract = extract("large", Map.of("ssd_person.csv", 590 * MB));
    Path larger = extract("larger", Map.of("ssd_person.csv", 610 * MB));

    assertThat(run(kind, "validate", extract.toString(), "--rules=cin-2025-26")).contains(QUICK);
    assertThat(run(kind, "validate", "--rules", "cin-2025-26", larger.toString())).doesNotContain(QUICK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"source", "distribution"})
  void jsonLinesAreMeasuredByTheirOwnFilesAndLimit(String kind) throws IOException {
    Path extract = extract("jsonl", Map.of("ssd_person.csv", 900 * MB, "ssd_person.jsonl", 600 * MB));
    Path larger = extract("larger", Map.of("ssd_person.jsonl", 700 * MB));

    assertThat(run(kind, "validate", "--jsonl", extract.toString())).contains(QUICK);
    assertThat(run(kind, "validate", extract.toString())).doesNotContain(QUICK);
    assertThat(run(kind, "validate", larger.toString(), "--jsonl")).doesNotContain(QUICK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"source", "distribution"})
  void lastYearsExtractCountsToo(String kind) throws IOException {
    Path extract = extract("now", Map.of("ssd_person.csv", 150 * MB));
    Path previous = extract("then", Map.of("ssd_person.csv", 150 * MB));

    assertThat(run(kind, "validate", extract.toString())).contains(QUICK);
    assertThat(run(kind, "validate", extract.toString(), "--previous=" + previous)).doesNotContain(QUICK);
    assertThat(run(kind, "validate", extract.toString(), "--previous", previous.toString())).doesNotContain(QUICK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"source", "distribution"})
  void aDatabaseAnEmptyFolderOrAnotherCommandKeepsTheOptimisingCompiler(String kind) throws IOException {
    Path empty = extract("empty", Map.of());

    assertThat(run(kind, "validate", "--jdbc=jdbc:postgresql://db/ssd")).doesNotContain(QUICK);
    assertThat(run(kind, "validate", empty.toString())).doesNotContain(QUICK);
    assertThat(run(kind, "sample", "--out", extract("small", Map.of("ssd_person.csv", MB)).toString()))
        .doesNotContain(QUICK);
  }

  /** A folder of sparse files of the given sizes: they take no disk, but report their length. */
  private Path extract(String name, Map<String, Long> files) throws IOException {
    Path dir = Files.createDirectories(temp.resolve(name));
    for (Map.Entry<String, Long> file : files.entrySet()) {
      try (RandomAccessFile sparse = new RandomAccessFile(dir.resolve(file.getKey()).toFile(), "rw")) {
        sparse.setLength(file.getValue());
      }
    }
    return dir;
  }

  /** The stand-in Java's command line for one launcher run, with the archives off. */
  private String run(String kind, String... args) throws IOException {
    Files.deleteIfExists(calls);
    LauncherRun run = LauncherRun.of(launcher(kind), java, Map.of("SSD_CDS", "off"), args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(calls);
    assertThat(lines).hasSize(1);
    return lines.get(0);
  }

  /** A copy of the launcher, beside a stand-in jar where it looks for one. */
  private Path launcher(String kind) throws IOException {
    Path home = temp.resolve("install-" + kind);
    List<String> layout = new ArrayList<>();
    if (kind.equals("source")) {
      layout.add("ssd");
      layout.add("ssd-cli/target/ssd.jar");
    } else {
      layout.add("ssd-dist/src/bin/ssd");
      layout.add("lib/ssd.jar");
    }
    Path launcher = home.resolve(kind.equals("source") ? "ssd" : "bin/ssd");
    if (!Files.exists(launcher)) {
      Files.createDirectories(launcher.getParent());
      Files.copy(ROOT.resolve(layout.get(0)), launcher);
      Path jar = home.resolve(layout.get(1));
      Files.createDirectories(jar.getParent());
      Files.writeString(jar, "a stand-in jar");
    }
    return launcher;
  }
}
