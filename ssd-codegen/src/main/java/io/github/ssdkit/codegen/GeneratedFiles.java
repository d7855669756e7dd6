package io.github.ssdkit.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Writes generated files under a directory, leaving a file untouched when its text is unchanged. */
public final class GeneratedFiles {

  private GeneratedFiles() {}

  /** Writes every file; returns how many were created or changed. */
  public static int write(Path root, List<GeneratedFile> files) throws IOException {
    int changed = 0;
    for (GeneratedFile f : files) {
      Path target = root.resolve(f.path());
      byte[] bytes = f.content().getBytes(StandardCharsets.UTF_8);
      if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".gen", ".tmp");
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      changed++;
    }
    return changed;
  }

  /**
   * Writes every file into a directory that only generation owns (such as ssd-model's
   * {@code target/generated-sources/ssd}) and deletes the files there it did not write, so a
   * table or code set renamed or removed in the spec leaves no stale class behind in a build
   * without {@code clean}. Returns how many files were created, changed or deleted.
   */
  public static int replaceAll(Path root, List<GeneratedFile> files) throws IOException {
    int changed = write(root, files);
    if (!Files.isDirectory(root)) {
      return changed;
    }
    Set<Path> keep = new HashSet<>();
    files.forEach(f -> keep.add(root.resolve(f.path()).normalize()));
    List<Path> stale;
    try (Stream<Path> all = Files.walk(root)) {
      stale = all.filter(Files::isRegularFile).filter(p -> !keep.contains(p.normalize())).toList();
    }
    for (Path p : stale) {
      Files.delete(p);
      changed++;
    }
    return changed;
  }
}
