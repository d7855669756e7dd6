package io.github.ssdkit.spec.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.TestSpecs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecompiledSpecTest {

  private static final String PREFIX = SpecLoader.BUNDLED_PREFIX;

  @Test
  void theBuildsPrecompiledSpecEqualsTheBundledYamlAsTheLoaderReadsIt() {
    ClassLoader loader = getClass().getClassLoader();
    LoadResult yaml = SpecLoader.load(SpecSource.classpath(loader, PREFIX));

    LoadResult precompiled = PrecompiledSpec.read(loader, PREFIX).orElseThrow(
        () -> new AssertionError("the build did not write a matching " + PREFIX + "/" + PrecompiledSpec.FILE));

    assertThat(precompiled.spec()).isEqualTo(yaml.spec());
    assertThat(precompiled.spec().hashCode()).isEqualTo(yaml.spec().hashCode());
    assertThat(precompiled.problems()).isEqualTo(yaml.problems());
    assertThat(SpecLoader.bundled().spec()).isEqualTo(yaml.spec());
    assertThat(yaml.spec().tables()).hasSizeGreaterThan(40);
  }

  @Test
  void aSpecWithProblemsRoundTripsWholeWithWhatCouldNotBeRead(@TempDir Path dir) {
    Path spec = TestSpecs.copyMini(dir.resolve(PREFIX));
    TestSpecs.edit(spec, "tables/ssd_disability.yaml", "  - name: disa_person_id\n", "  - nom: disa_person_id\n");
    deleteFile(spec.resolve("codesets/sex.yaml"));
    try (URLClassLoader loader = loaderOver(dir)) {
      LoadResult yaml = SpecLoader.load(SpecSource.classpath(loader, PREFIX));
      assertThat(yaml.errors()).isNotEmpty();
      assertThat(yaml.spec().isPartial()).isTrue();
      store(spec, PrecompiledSpec.encode(yaml, loader, PREFIX));

      LoadResult precompiled = PrecompiledSpec.read(loader, PREFIX).orElseThrow();

      assertThat(precompiled.spec()).isEqualTo(yaml.spec());
      assertThat(precompiled.problems()).isEqualTo(yaml.problems());
      assertThat(precompiled.spec().isUnreadableCodeSet("sex")).isTrue();
      assertThat(precompiled.spec().isIncomplete("ssd_disability")).isTrue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aStalePrecompiledSpecIsIgnoredQuietlyAndTheEditedYamlIsRead(@TempDir Path dir) throws IOException {
    Path spec = TestSpecs.copyMini(dir.resolve(PREFIX));
    try (URLClassLoader loader = loaderOver(dir)) {
      store(spec, PrecompiledSpec.encode(SpecLoader.load(SpecSource.classpath(loader, PREFIX)), loader, PREFIX));
      assertThat(PrecompiledSpec.read(loader, PREFIX)).isPresent();
    }
    TestSpecs.edit(spec, "tables/ssd_person.yaml", "One row per child", "One row for each child");

    try (URLClassLoader loader = loaderOver(dir)) {
      LoadResult yaml = SpecLoader.load(SpecSource.classpath(loader, PREFIX));
      assertThat(PrecompiledSpec.read(loader, PREFIX)).isEmpty();

      LoadResult bundled = quietly(() -> SpecLoader.bundledFrom(loader));

      assertThat(bundled.spec()).isEqualTo(yaml.spec());
      assertThat(bundled.problems()).isEqualTo(yaml.problems());
    }
  }

  @Test
  void aDamagedPrecompiledSpecIsIgnoredQuietlyWhereverTheDamageIs(@TempDir Path dir) throws IOException {
    Path spec = TestSpecs.copyMini(dir.resolve(PREFIX));
    try (URLClassLoader loader = loaderOver(dir)) {
      LoadResult yaml = SpecLoader.load(SpecSource.classpath(loader, PREFIX));
      byte[] good = PrecompiledSpec.encode(yaml, loader, PREFIX);
      for (int at = 0; at < good.length; at += Math.max(1, good.length / 40)) {
        byte[] damaged = good.clone();
        damaged[at] ^= 0x5A;
        assertFallsBack(spec, damaged, loader, yaml);
      }
      assertFallsBack(spec, Arrays.copyOf(good, good.length / 2), loader, yaml);
      assertFallsBack(spec, new byte[0], loader, yaml);
      assertFallsBack(spec, "not a spec".getBytes(StandardCharsets.UTF_8), loader, yaml);
    }
  }

  @Test
  void inAJarTheFingerprintIsTakenFromTheJarsDirectoryAndStillCatchesAnEditedTable(@TempDir Path dir)
      throws IOException {
    Path spec = TestSpecs.copyMini(dir.resolve("classes").resolve(PREFIX));
    try (URLClassLoader loader = loaderOver(dir.resolve("classes"))) {
      store(spec, PrecompiledSpec.encode(SpecLoader.load(SpecSource.classpath(loader, PREFIX)), loader, PREFIX));
    }
    Path jar = jar(dir.resolve("classes"), dir.resolve("current.jar"));
    TestSpecs.edit(spec, "tables/ssd_person.yaml", "One row per child", "One row for each child");
    Path stale = jar(dir.resolve("classes"), dir.resolve("stale.jar"));

    try (URLClassLoader current = loaderOver(jar); URLClassLoader edited = loaderOver(stale)) {
      assertThat(SourceFingerprint.jarOf(current.getResource(PREFIX + "/ssd.yaml"))).isEqualTo(jar);
      assertThat(PrecompiledSpec.read(current, PREFIX).orElseThrow().spec())
          .isEqualTo(SpecLoader.load(SpecSource.classpath(current, PREFIX)).spec());
      assertThat(PrecompiledSpec.read(edited, PREFIX)).isEmpty();
      assertThat(quietly(() -> SpecLoader.bundledFrom(edited)).spec().table("ssd_person").orElseThrow().description())
          .startsWith("One row for each child");
    }
  }

  @Test
  void withoutAPrecompiledSpecTheYamlIsRead(@TempDir Path dir) throws IOException {
    TestSpecs.copyMini(dir.resolve(PREFIX));
    try (URLClassLoader loader = loaderOver(dir)) {
      assertThat(PrecompiledSpec.read(loader, PREFIX)).isEmpty();
      assertThat(quietly(() -> SpecLoader.bundledFrom(loader)).spec())
          .isEqualTo(SpecLoader.load(SpecSource.classpath(loader, PREFIX)).spec());
    }
  }

  @Test
  void specsThatDifferInOneTableAreNotEqual(@TempDir Path dir) {
    Spec original = SpecLoader.load(TestSpecs.copyMini(dir.resolve("a"))).orThrow();
    Path edited = TestSpecs.copyMini(dir.resolve("b"));
    TestSpecs.edit(edited, "tables/ssd_person.yaml", "max_length: 48", "max_length: 47");

    assertThat(SpecLoader.load(edited).orThrow()).isNotEqualTo(original);
    assertThat(SpecLoader.load(TestSpecs.copyMini(dir.resolve("c"))).orThrow()).isEqualTo(original);
  }

  private static void assertFallsBack(Path spec, byte[] stored, ClassLoader loader, LoadResult yaml) {
    store(spec, stored);
    assertThat(PrecompiledSpec.read(loader, PREFIX)).as("damaged copy of %d bytes", stored.length).isEmpty();
    LoadResult bundled = quietly(() -> SpecLoader.bundledFrom(loader));
    assertThat(bundled.spec()).isEqualTo(yaml.spec());
    assertThat(bundled.problems()).isEqualTo(yaml.problems());
  }

  /** Runs {@code load} and asserts that it wrote nothing to the console: a fallback is silent. */
  private static LoadResult quietly(Supplier<LoadResult> load) {
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setErr(capture);
    System.setOut(capture);
    try {
      LoadResult result = load.get();
      // Jazzer's agent, in this JVM for the fuzz tests, announces each class it instruments: not ours.
      assertThat(console.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("INFO: Instrumented")))
          .isEmpty();
      return result;
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
  }

  /** A class loader that sees only {@code root}, so the test's own bundled spec stays out of sight. */
  private static URLClassLoader loaderOver(Path root) throws IOException {
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
  }

  /** A jar of every file under {@code root}, as the build packages target/classes. */
  private static Path jar(Path root, Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static void store(Path spec, byte[] bytes) {
    try {
      Files.write(spec.resolve(PrecompiledSpec.FILE), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteFile(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
