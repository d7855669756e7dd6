package io.github.ssdkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedFilesTest {

  @TempDir Path out;

  @Test
  void aNewGeneratedFileIsReadableByEveryoneNotOnlyItsOwner() throws Exception {
    assumeTrue(Files.getFileAttributeView(out, PosixFileAttributeView.class) != null, "POSIX file system");

    GeneratedFiles.write(out, List.of(new GeneratedFile("site/index.html", "<p>hello</p>")));

    Path page = out.resolve("site/index.html");
    assertThat(Files.readString(page)).isEqualTo("<p>hello</p>");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(page))).isEqualTo("rw-r--r--");
  }

  @Test
  void aChangedFileKeepsThePermissionsItHadAndAnUnchangedOneIsNotRewritten() throws Exception {
    assumeTrue(Files.getFileAttributeView(out, PosixFileAttributeView.class) != null, "POSIX file system");
    Path file = out.resolve("a.sql");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

    int changed = GeneratedFiles.write(out, List.of(new GeneratedFile("a.sql", "new")));
    int again = GeneratedFiles.write(out, List.of(new GeneratedFile("a.sql", "new")));

    assertThat(changed).isEqualTo(1);
    assertThat(again).isZero();
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
  }
}
