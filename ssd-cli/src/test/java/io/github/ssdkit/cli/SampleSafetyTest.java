package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ssd sample} never starts what cannot finish and never leaves half an extract. */
class SampleSafetyTest {

  @Test
  void aSampleLargerThanTheDiskIsRefusedWithTheEstimateAndTheFreeSpace(@TempDir Path dir) throws IOException {
    // It began writing at once: --children 100000000 started some 560 GB without a word.
    Path out = dir.resolve("huge");

    Cli run = Cli.run("sample", "--out", out.toString(), "--children", String.valueOf(Integer.MAX_VALUE));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).startsWith("ssd: the sample of 2,147,483,647 children would take about ")
        .contains(" TB (about ").contains(" is free in " + dir).contains("nothing was written");
    assertThat(out).doesNotExist();
    assertThat(entries(dir)).isEmpty();
  }

  @Test
  void aSampleRunStoppedWhileWritingLeavesTheFolderAsItWas(@TempDir Path dir) throws Exception {
    // A stopped run used to leave truncated files in the output folder that looked like an extract.
    Path out = dir.resolve("extract");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        SsdCommand.class.getName(), "sample", "--out", out.toString(), "--children", "2000000")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (bytesUnder(dir) < 1_000_000 && process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(process.isAlive()).as("still writing when stopped").isTrue();
      process.destroy(); // SIGTERM, as kill or a service manager sends; Ctrl-C runs the same shutdown
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    } finally {
      process.destroyForcibly();
    }

    assertThat(process.exitValue()).isNotZero();
    assertThat(out).doesNotExist();
    assertThat(entries(dir)).isEmpty();
  }

  private static List<Path> entries(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }

  private static long bytesUnder(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
