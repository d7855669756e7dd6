package io.github.ssdkit.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files under a directory, leaving a file untouched when its text is unchanged.
 * Each file is written to a temporary file and moved into place, so a reader never sees half a
 * file; on POSIX file systems the result is readable by everyone (rw-r--r--, or the permissions
 * of the file it replaces), as an editor or a web server serving a generated site expects, not
 * the owner-only mode of a temporary file.
 */
public final class GeneratedFiles {

  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

  private GeneratedFiles() {}

  /** Writes every file; returns how many were created or changed. */
  public static int write(Path root, List<GeneratedFile> files) throws IOException {
    int changed = 0;
    for (GeneratedFile f : files) {
      Path target = root.resolve(f.path());
      byte[] bytes = f.content().getBytes(StandardCharsets.UTF_8);
      boolean exists = Files.exists(target);
      if (exists && Arrays.equals(Files.readAllBytes(target), bytes)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".gen", ".tmp");
      Files.write(temp, bytes);
      if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temp, exists ? Files.getPosixFilePermissions(target) : NEW_FILE);
      }
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
