package io.github.ssdkit.maven;

import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The spec a goal works on: the core spec bundled in ssd-spec, or a spec directory of the
 * project's own. Knows where each problem's file is on disk, so that messages name a file an IDE
 * can open.
 */
final class SpecInput {

  private final Path directory;

  /**
   * @param directory a spec directory holding {@code ssd.yaml}, or null for the bundled core spec
   */
  SpecInput(File directory) {
    this.directory = directory == null ? null : directory.toPath().toAbsolutePath().normalize();
  }

  /** The spec directory, when the project names one. */
  Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /** What is loaded, for messages: the directory, or "the bundled SSD spec". */
  String describe() {
    return directory == null ? "the bundled SSD spec" : directory.toString();
  }

  /**
   * The spec and every loading problem; a missing directory is one problem, not an exception.
   *
   * @return the load result
   */
  LoadResult load() {
    if (directory == null) {
      return SpecLoader.bundled();
    }
    return SpecLoader.load(directory);
  }

  /** A one-line reason the input cannot be used at all, such as a directory that does not exist. */
  Optional<String> unusable() {
    if (directory != null && !Files.isDirectory(directory)) {
      return Optional.of("specDirectory " + directory + " is not a directory; expected a spec directory holding ssd.yaml");
    }
    return Optional.empty();
  }

  /**
   * Where a problem's file is: an absolute path under the spec directory, or the file's place in
   * the ssd-spec jar for the bundled spec.
   */
  String fileOf(SourceLocation location) {
    if (location.file().isEmpty()) {
      return directory == null ? "ssd-spec.jar!/" + SpecLoader.BUNDLED_PREFIX : directory.toString();
    }
    if (directory == null) {
      return "ssd-spec.jar!/" + SpecLoader.BUNDLED_PREFIX + "/" + location.file();
    }
    return directory.resolve(location.file()).toString();
  }
}
