package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecDiffCommandTest {

  /** A one-table spec; {@code idLength} and {@code codes} vary between versions. */
  static Path writeSpec(Path dir, String version, int idLength, String... codes) throws IOException {
    Files.createDirectories(dir.resolve("tables"));
    Files.createDirectories(dir.resolve("codesets"));
    Files.writeString(dir.resolve("ssd.yaml"), String.join("\n", "spec: ssd", "version: \"" + version + "\"",
        "tables: [ssd_thing]", "code_sets: [colour]", ""), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("tables/ssd_thing.yaml"), String.join("\n",
        "table: ssd_thing", "primary_key: [thin_id]", "fields:",
        "  - name: thin_id", "    item: THIN001A", "    type: string", "    max_length: " + idLength,
        "    required: true", "    description: The id.",
        "  - name: thin_colour", "    item: THIN002A", "    type: code", "    code_set: colour",
        "    description: Its colour.", ""), StandardCharsets.UTF_8);
    StringBuilder set = new StringBuilder("code_set: colour\ntitle: Colour\nvalues:\n");
    for (String c : codes) {
      set.append("  - {code: \"").append(c).append("\", label: \"").append(c).append("\"}\n");
    }
    Files.writeString(dir.resolve("codesets/colour.yaml"), set.toString(), StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void twoDirectoriesGiveEachChangeWithItsClass(@TempDir Path dir) throws IOException {
    Path old = writeSpec(dir.resolve("old"), "1.0.0", 48, "R", "G", "B");
    Path now = writeSpec(dir.resolve("new"), "1.0.0", 20, "R", "G");

    Cli run = Cli.run("spec", "diff", old.toString(), now.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("spec 1.0.0 -> 1.0.0: 2 change(s): 2 breaking-data; needs a major version")
        .contains("column ssd_thing.thin_id: column.max-length.reduced: 48 -> 20")
        .contains("code colour.B: code.removed: - B");
  }

  @Test
  void checkVersionFailsAWrongNumberAndFailOnBreakingFailsABreak(@TempDir Path dir) throws IOException {
    Path old = writeSpec(dir.resolve("old"), "1.0.0", 48, "R", "G");
    Path same = writeSpec(dir.resolve("same"), "1.0.0", 48, "R", "G", "B");
    Path minor = writeSpec(dir.resolve("minor"), "1.1.0", 48, "R", "G", "B");

    Cli wrong = Cli.run("spec", "diff", "--check-version", old.toString(), same.toString());
    Cli right = Cli.run("spec", "diff", "--check-version", "--fail-on-breaking", old.toString(), minor.toString());

    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err()).contains("set version to 1.1.0");
    assertThat(right.exitCode()).isZero();
    assertThat(Cli.run("spec", "diff", "--fail-on-breaking", minor.toString(), old.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void jsonAndMarkdownFormats(@TempDir Path dir) throws IOException {
    Path old = writeSpec(dir.resolve("old"), "1.0.0", 48, "R");
    Path now = writeSpec(dir.resolve("new"), "1.1.0", 64, "R");

    JsonNode json = new ObjectMapper().readTree(Cli.run("spec", "diff", "--format", "json", old.toString(),
        now.toString()).out());
    Cli changelog = Cli.run("spec", "changelog", old.toString(), now.toString());

    assertThat(json.get("requiredBump").asText()).isEqualTo("minor");
    assertThat(json.get("changes").get(0).get("kind").asText()).isEqualTo("column.max-length.widened");
    assertThat(changelog.out()).startsWith("### Spec 1.1.0 (changes since 1.0.0)")
        .contains("#### Compatible\n\n- `column ssd_thing.thin_id`: column.max-length.widened (`48 -> 64`)");
    assertThat(Cli.run("spec", "diff", "--format", "yaml", old.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void aSpecJarIsReadLikeADirectory(@TempDir Path dir) throws IOException {
    Path old = writeSpec(dir.resolve("old"), "1.0.0", 48, "R");
    Path jar = jar(old, dir.resolve("ssd-spec-1.0.0.jar"));

    Cli run = Cli.run("spec", "diff", jar.toString(), old.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("spec 1.0.0 -> 1.0.0: no changes\n");
  }

  @Test
  void gitRefsAreReadThroughGitArchive(@TempDir Path repo) throws Exception {
    git(repo, "init", "-q");
    writeSpec(repo.resolve("spec"), "1.0.0", 48, "R", "G");
    git(repo, "add", ".");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one");
    writeSpec(repo.resolve("spec"), "2.0.0", 48, "R");
    git(repo, "add", ".");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "two");

    Cli run = Cli.run("spec", "diff", "--git", "--repo", repo.toString(), "HEAD~1:spec", "HEAD:spec");
    Cli missing = Cli.run("spec", "diff", "--git", "--repo", repo.toString(), "no-such-ref:spec", "HEAD:spec");

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("spec 1.0.0 -> 2.0.0: 1 change(s): 1 breaking-data")
        .contains("code colour.G: code.removed");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err().strip().lines()).hasSize(1);
    assertThat(missing.err()).contains("git ref no-such-ref");
  }

  @Test
  void aReleasedVersionIsCarriedAndAnUnknownOneSaysWhereItLooked() {
    Cli carried = Cli.run("spec", "diff", "1.0.0");
    Cli unknown = Cli.run("spec", "diff", "0.9.0");

    assertThat(carried.exitCode()).isZero();
    assertThat(carried.out()).startsWith("spec 1.0.0 -> ");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("spec version 0.9.0 is not carried by this ssd (it carries 1.0.0")
        .contains("ssd-spec-0.9.0.jar does not exist");
  }

  /** A jar holding a spec directory under ssd/, as an ssd-spec jar does. */
  static Path jar(Path spec, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file);
        Stream<Path> files = Files.walk(spec)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        zip.putNextEntry(new ZipEntry("ssd/" + spec.relativize(p).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(p));
        zip.closeEntry();
      }
    }
    return jar;
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }
}
