package io.github.ssdkit.cli;

import io.github.ssdkit.spec.format.FileKind;
import io.github.ssdkit.spec.load.IoReason;
import io.github.ssdkit.validate.source.DirectorySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks {@code --output} before a run, so that a long validation does not end in a vague I/O
 * error, and so that the report can never replace a directory or the extract's own data.
 */
final class ReportTarget {

  private ReportTarget() {}

  /** Why the report cannot be written to {@code output}, or empty when it can (or goes to standard output). */
  static Optional<String> problem(Path output, Path extract) {
    if (output == null) {
      return Optional.empty();
    }
    Path target = output.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      return Optional.of("--output " + output + " is a directory; expected the name of the report file");
    }
    if (writtenInPlace(target)) {
      if (extract != null && (isExtractData(target, extract) || isExtractData(realPath(target), extract))) {
        return Optional.of("--output " + output + " leads to a file of the extract being validated; "
            + "write the report somewhere else so that the data is not overwritten");
      }
      return Files.isWritable(target) ? Optional.empty()
          : Optional.of("--output " + output + " cannot be written to: " + whyNotWritable(target));
    }
    Path parent = target.getParent();
    if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
      return Optional.of("--output " + output + ": " + parent + " is a file, not a directory");
    }
    if (parent == null || !Files.isDirectory(parent)) {
      return Optional.of("--output " + output + ": the directory " + parent + " does not exist");
    }
    if (!Files.isWritable(parent)) {
      return Optional.of("--output " + output + ": the directory " + parent + " cannot be written to: "
          + whyNotWritable(parent));
    }
    // a new file counts too: a report named like a table file would be read as that table next time
    if (extract != null && isExtractData(target, extract)) {
      return Optional.of("--output " + output + " is a file of the extract being validated; "
          + "write the report somewhere else so that the data is not overwritten");
    }
    return Optional.empty();
  }

  /** Why access(2) said no: a read-only file system, or else the permissions. */
  private static String whyNotWritable(Path path) {
    try {
      if (Files.getFileStore(path).isReadOnly()) {
        return "a read-only file system";
      }
    } catch (IOException e) {
      // the permissions, then
    }
    return "permission denied";
  }

  /** Where a link leads; the path itself when it is no link or leads nowhere. */
  private static Path realPath(Path target) {
    try {
      return Files.exists(target) ? target.toRealPath() : target;
    } catch (IOException e) {
      return target;
    }
  }

  /**
   * True for an existing target that is not a plain regular file: a pipe, a device, a link (such
   * as {@code /dev/stdout}). Those are written in place; only a regular file, or a new one, is
   * replaced by moving a finished report onto it.
   */
  static boolean writtenInPlace(Path target) {
    return Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS);
  }

  /** A file the directory source reads or would read: a table file or the manifest, in the extract directory itself. */
  private static boolean isExtractData(Path target, Path extract) {
    String name = target.getFileName().toString();
    boolean data = FileKind.of(name).isPresent() || name.toLowerCase(Locale.ROOT).equals(DirectorySource.EXTRACT_MANIFEST);
    try {
      return data && Files.isDirectory(extract) && Files.isSameFile(target.getParent(), extract);
    } catch (IOException e) {
      return data; // cannot tell: refuse rather than risk the data
    }
  }

  /** A one-line reason for a failed write; file-system exceptions carry only the path as their message. */
  static String reason(IOException e) {
    return IoReason.of(e);
  }
}
