package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the user may not read, or a folder they may not write, is one line naming it and saying
 * "permission denied", never a bare path or a stack trace.
 *
 * <p>These tests really are denied whoever runs them: permission bits deny an ordinary user, and
 * where they do not bind (tests often run as root), the kernel's own {@code /proc/sys} entries
 * stand in, which it refuses even to root ({@code drop_caches} is write-only, {@code /proc/sys/vm}
 * cannot be written to). When neither denies, the test fails rather than pass untested.
 */
class PermissionDeniedTest {

  @TempDir
  Path dir;

  private Path extract;

  @BeforeEach
  void sample() {
    extract = dir.resolve("extract");
    assertThat(Cli.run("sample", "--out", extract.toString(), "--children", "5").exitCode()).isZero();
  }

  @Test
  void aTableFileThatMayNotBeReadIsOneErrorAndTheRestIsChecked() throws IOException {
    Path person = extract.resolve("ssd_person.csv");
    Files.delete(person);
    Path denied = Denied.unreadableFile(dir);
    if (denied.startsWith(dir)) {
      Files.move(denied, person);
    } else {
      Files.createSymbolicLink(person, denied);
    }

    Cli run = Cli.run("validate", extract.toString(), "--format", "text");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("ssd_person.csv cannot be read: permission denied")
        .contains(", 1 errors, ") // references into the unread table are unverifiable, not errors
        .contains("ssd_person: not completely read: the file could not be read")
        .contains("foreign-key values could not be checked, as they point into a table that was not completely "
            + "read (ssd_person)")
        .doesNotContain("Exception");
  }

  @Test
  void aReportFolderThatMayNotBeWrittenIsOneLineAndExitTwo() throws IOException {
    Path locked = Denied.unwritableFolder(dir);

    Cli run = Cli.run("validate", extract.toString(), "--output", locked.resolve("report.txt").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("ssd: --output " + locked.resolve("report.txt") + ": the directory " + locked
        + " cannot be written to: permission denied\n");
    assertThat(locked.resolve("report.txt")).doesNotExist();
  }

  @Test
  void aReportPathThroughAFileIsNotCalledMissing() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");

    Cli run = Cli.run("validate", extract.toString(), "--output", file.resolve("report.txt").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("ssd: --output " + file.resolve("report.txt") + ": " + file
        + " is a file, not a directory\n");
  }

  @Test
  void aSampleFolderThatMayNotBeWrittenIsOneLineAndExitTwo() throws IOException {
    Path locked = Denied.unwritableFolder(dir);

    Cli run = Cli.run("sample", "--out", locked.resolve("sample").toString(), "--children", "5");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("ssd: could not write the sample in " + locked.resolve("sample")
        + ": permission denied (" + locked + ")\n");
  }

  /** Paths this process is refused, whoever it runs as. */
  static final class Denied {

    private Denied() {}

    static Path unreadableFile(Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("unreadable.csv"), "pers_person_id\n1\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
      if (!Files.isReadable(file)) {
        return file;
      }
      Files.delete(file);
      for (String kernel : List.of("/proc/sys/vm/drop_caches", "/proc/sys/vm/compact_memory")) {
        Path p = Path.of(kernel);
        if (Files.isRegularFile(p) && !Files.isReadable(p)) {
          return p;
        }
      }
      throw new AssertionError("found no file this process may not read: permission bits do not bind it and "
          + "/proc/sys/vm/drop_caches is missing or readable");
    }

    static Path unwritableFolder(Path dir) throws IOException {
      Path folder = Files.createDirectory(dir.resolve("locked"));
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
      if (!Files.isWritable(folder)) {
        return folder;
      }
      Path kernel = Path.of("/proc/sys/vm");
      if (Files.isDirectory(kernel) && !Files.isWritable(kernel)) {
        return kernel;
      }
      throw new AssertionError("found no folder this process may not write: permission bits do not bind it and "
          + "/proc/sys/vm is missing or writable");
    }
  }
}
