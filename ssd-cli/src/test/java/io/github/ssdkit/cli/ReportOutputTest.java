package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the report goes: a regular file is replaced whole, anything else (a pipe, a device, a link
 * to one) is written in place and never replaced, and a report that could not be written is exit 2.
 */
class ReportOutputTest {

  @TempDir
  Path dir;

  private Path extract;

  @BeforeEach
  void sample() {
    extract = dir.resolve("extract");
    assertThat(Cli.run("sample", "--out", extract.toString(), "--children", "5").exitCode()).isZero();
  }

  @Test
  void aNamedPipeIsWrittenToNotReplaced() throws Exception {
    Path fifo = dir.resolve("report.pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    Cli run = Cli.run("validate", extract.toString(), "--format", "json", "--output", fifo.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(reader.get(30, TimeUnit.SECONDS)).startsWith("{").contains("\"valid\" : true");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class).isOther()).isTrue();
  }

  @Test
  void aLinkToADeviceIsWrittenThroughNotReplaced() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("null"), Path.of("/dev/null"));

    Cli run = Cli.run("validate", extract.toString(), "--output", link.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("extract", "null");
    }
  }

  @Test
  void aLinkToAFileOfTheExtractIsRefused() throws Exception {
    Path person = extract.resolve("ssd_person.csv");
    String before = Files.readString(person);
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), person);

    Cli run = Cli.run("validate", extract.toString(), "--output", link.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("leads to a file of the extract being validated");
    assertThat(Files.readString(person)).isEqualTo(before);
  }

  @Test
  void aRegularFileIsStillReplacedWhole() throws Exception {
    Path report = Files.writeString(dir.resolve("report.txt"), "an older and much longer report ".repeat(1000));

    assertThat(Cli.run("validate", extract.toString(), "--output", report.toString()).exitCode()).isZero();

    assertThat(Files.readString(report)).startsWith("SSD validation of").doesNotContain("older");
  }

  @Test
  void aReportThatCannotBeWrittenToStandardOutputIsExitTwo() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    StringWriter err = new StringWriter();
    for (PrintWriter out : new PrintWriter[] {new PrintWriter(full, true), new PrintWriter(new PrintStream(full), true)}) {
      int code = SsdCommand.run(out, new PrintWriter(err, true), "validate", extract.toString(), "--format", "json");

      assertThat(code).isEqualTo(2);
    }
    assertThat(err.toString().lines()).containsOnly("ssd: the report could not be written to standard output "
        + "(a full disk or a closed pipe?)");
  }

  @Test
  void aReportThatFitsIsWrittenToStandardOutputAsBefore() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = SsdCommand.run(new PrintWriter(bytes, true), new PrintWriter(new StringWriter(), true), "validate",
        extract.toString(), "--format", "json");

    assertThat(code).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("{");
  }
}
