package io.github.ssdkit.cli;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.diff.SemVer;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.spec.load.SpecSource;
import io.github.ssdkit.spec.release.ReleasedSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a spec named on the command line: a spec directory, an {@code ssd-spec} jar, a released
 * version (carried in this jar, or an {@code ssd-spec} jar of that version in the local Maven
 * repository), or a git ref. Nothing is fetched from the network.
 */
final class SpecLocator {

  /** Where the spec lives inside a source checkout, for git refs without a path. */
  static final String SPEC_PATH = "ssd-spec/src/main/resources/ssd";
  /** Where the spec lives inside an ssd-spec jar. */
  static final String JAR_PATH = SpecLoader.BUNDLED_PREFIX;

  private SpecLocator() {}

  /** A directory, a jar or a version, as its kind says; an exception with a one-line message otherwise. */
  static Spec locate(String where) throws IOException {
    Path path = Path.of(where);
    if (Files.isDirectory(path)) {
      return checked(SpecLoader.load(path), where);
    }
    if (Files.isRegularFile(path) && where.endsWith(".jar")) {
      return jar(path);
    }
    if (SemVer.parse(where).isPresent()) {
      return version(where);
    }
    throw new IllegalArgumentException(where + ": not a spec directory, an ssd-spec jar or a version such as 1.0.0"
        + " (use --git for a git ref)");
  }

  /** A released version carried in this jar, or resolved from the local Maven repository. */
  static Spec version(String version) throws IOException {
    Optional<LoadResult> carried = ReleasedSpecs.load(version);
    if (carried.isPresent()) {
      return checked(carried.get(), "released spec " + version);
    }
    Path jar = localRepository().resolve("io/github/ssdkit/ssd-spec/" + version + "/ssd-spec-" + version + ".jar");
    if (Files.isRegularFile(jar)) {
      return jar(jar);
    }
    throw new IllegalArgumentException("spec version " + version + " is not carried by this ssd (it carries "
        + String.join(", ", ReleasedSpecs.versions()) + ") and " + jar + " does not exist;"
        + " fetch it with: mvn dependency:get -Dartifact=io.github.ssdkit:ssd-spec:" + version);
  }

  /** The local Maven repository: {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
  static Path localRepository() {
    String configured = System.getProperty("maven.repo.local");
    return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  static Spec jar(Path jar) throws IOException {
    try (FileSystem fs = FileSystems.newFileSystem(jar)) {
      Path root = fs.getPath(JAR_PATH);
      if (!Files.isDirectory(root)) {
        throw new IllegalArgumentException(jar + ": no spec inside (expected " + JAR_PATH + "/ssd.yaml); is it an ssd-spec jar?");
      }
      return checked(SpecLoader.load(SpecSource.directory(root)), jar.toString());
    }
  }

  /**
   * A spec at a git ref, {@code REF} or {@code REF:path}, of the repository around a directory:
   * {@code git archive} writes the spec's files to a zip, which is read like a jar.
   */
  static Spec git(String refAndPath, Path repository) throws IOException {
    int colon = refAndPath.indexOf(':');
    String ref = colon < 0 ? refAndPath : refAndPath.substring(0, colon);
    String path = colon < 0 ? SPEC_PATH : refAndPath.substring(colon + 1).replaceAll("/+$", "");
    Path zip = Files.createTempFile("ssd-spec-", ".zip");
    try {
      Path errors = Files.createTempFile("ssd-git-", ".txt");
      try {
        Process git = new ProcessBuilder("git", "archive", "--format=zip", "--output=" + zip, ref, "--", path)
            .directory(repository.toFile()).redirectErrorStream(true).redirectOutput(errors.toFile()).start();
        if (!git.waitFor(2, TimeUnit.MINUTES) || git.exitValue() != 0) {
          String why = Files.readString(errors, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
          throw new IllegalArgumentException("git ref " + ref + " (path " + path + "): " + (why.isEmpty() ? "git failed" : why));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while running git", e);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot run git: " + e.getMessage(), e);
      } finally {
        Files.deleteIfExists(errors);
      }
      try (FileSystem fs = FileSystems.newFileSystem(zip)) {
        return checked(SpecLoader.load(SpecSource.directory(fs.getPath(path))), ref + ":" + path);
      }
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  private static Spec checked(LoadResult loaded, String what) {
    if (loaded.hasErrors()) {
      List<SpecProblem> errors = loaded.errors();
      throw new IllegalArgumentException(what + ": the spec has " + errors.size() + " error(s); first: " + errors.get(0));
    }
    return loaded.spec();
  }
}
