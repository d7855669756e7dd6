package io.github.ssdkit.codegen.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java API gate on the small test spec: its API rebuilt by our generators, changed, and
 * compared by japicmp; a break passes only with a major version.
 */
class ApiGateTest {

  private static final List<Path> CLASSPATH = Arrays.stream(System.getProperty("java.class.path")
      .split(File.pathSeparator)).filter(s -> !s.isEmpty()).map(Path::of).toList();
  /** ssd-model's hand-written runtime package, which the generated classes use (tests run in ssd-codegen/). */
  private static final List<Path> RUNTIME = List.of(Path.of("../ssd-model/src/main/java"));

  @TempDir
  static Path work;
  private static Path released;

  @BeforeAll
  static void buildTheReleasedApi() throws IOException {
    released = ApiJar.build(mini(work.resolve("spec-1.0.0"), UnaryOperator.identity(), UnaryOperator.identity()),
        work.resolve("api-1.0.0"), CLASSPATH, RUNTIME);
  }

  @Test
  void theSameSpecGivesTheSameApi() throws IOException {
    Spec same = mini(work.resolve("same"), UnaryOperator.identity(), UnaryOperator.identity());

    ApiGate.Result result = compareWith(same, "same");

    assertThat(result.breaks()).isEmpty();
    assertThat(result.passed()).isTrue();
  }

  @Test
  void anOptionalColumnInAMinorVersionIsNoBreakEvenThoughTheRecordsConstructorChanges() throws IOException {
    Spec added = mini(work.resolve("added"), v -> v.replace("version: 1.0.0", "version: 1.1.0"),
        table -> table.replace("fields:\n", """
            fields:
              - name: clae_cla_note
                item: CLAE099A
                type: string
                max_length: 20
                description: A new optional column.
            """));

    ApiGate.Result result = compareWith(added, "added");

    assertThat(result.breaks()).isEmpty();
    assertThat(result.passed()).isTrue();
  }

  @Test
  void aRemovedEnumConstantInAMinorVersionFailsTheGate() throws IOException {
    Spec removed = mini(work.resolve("removed"), v -> v.replace("version: 1.0.0", "version: 1.1.0"),
        UnaryOperator.identity());
    Path codes = work.resolve("removed/codesets/placement_type.yaml");
    Files.writeString(codes, Files.readString(codes).replaceAll("(?m)^.*\"K2\".*\\n", ""));
    removed = SpecLoader.load(work.resolve("removed")).orThrow();

    ApiGate.Result result = compareWith(removed, "removed");

    assertThat(result.breaks()).anyMatch(b -> b.contains("PlacementType") && b.contains("FIELD_REMOVED"));
    assertThat(result.passed()).isFalse();
    assertThat(result.message()).contains("need a major version, but the spec is 1.1.0");
  }

  @Test
  void theSameBreakInAMajorVersionPassesAndIsStillListed() throws IOException {
    mini(work.resolve("major"), v -> v.replace("version: 1.0.0", "version: 2.0.0"), UnaryOperator.identity());
    Path codes = work.resolve("major/codesets/placement_type.yaml");
    Files.writeString(codes, Files.readString(codes).replaceAll("(?m)^.*\"K2\".*\\n", ""));
    Spec major = SpecLoader.load(work.resolve("major")).orThrow();

    ApiGate.Result result = compareWith(major, "major");

    assertThat(result.breaks()).isNotEmpty();
    assertThat(result.passed()).isTrue();
    assertThat(result.message()).contains("2.0.0 is a major version");
  }

  private static ApiGate.Result compareWith(Spec spec, String name) throws IOException {
    Path jar = ApiJar.build(spec, work.resolve("api-" + name), CLASSPATH, RUNTIME);
    return ApiGate.compare(released, "1.0.0", jar, spec.version(), CLASSPATH);
  }

  /** The test spec copied to {@code dir}, its manifest and episode table edited. */
  private static Spec mini(Path dir, UnaryOperator<String> manifest, UnaryOperator<String> episodes)
      throws IOException {
    Path source;
    try {
      source = Path.of(ApiGateTest.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = dir.resolve(source.relativize(f).toString());
        Files.createDirectories(target.getParent());
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String name = f.getFileName().toString();
        text = name.equals("ssd.yaml") ? manifest.apply(text)
            : name.equals("ssd_cla_episodes.yaml") ? episodes.apply(text) : text;
        Files.writeString(target, text, StandardCharsets.UTF_8);
      }
    }
    return SpecLoader.load(dir).orThrow();
  }
}
