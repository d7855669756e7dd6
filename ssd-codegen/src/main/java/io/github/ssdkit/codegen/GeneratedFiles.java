package io.github.ssdkit.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

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
}
