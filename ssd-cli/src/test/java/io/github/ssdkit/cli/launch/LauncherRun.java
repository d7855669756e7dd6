package io.github.ssdkit.cli.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of a launcher script (sh) with a chosen Java and environment, its output captured. Only
 * the variables given are set among the launcher's own (JAVA_HOME, SSD_*), so the caller's shell
 * cannot change what a test sees.
 */
record LauncherRun(int exitCode, String out, String err) {

  static LauncherRun of(Path launcher, Path javaHome, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("SSD_"));
    environment.put("JAVA_HOME", javaHome.toString());
    environment.putAll(env);
    try {
      Path out = Files.createTempFile("launcher-out", ".txt");
      Path err = Files.createTempFile("launcher-err", ".txt");
      try {
        int exit = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
        return new LauncherRun(exit, Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether the run's class-loading log (-Xlog:class+load) shows the class mapped from an archive. */
  boolean mapped(Class<?> type) {
    return out.contains(type.getName() + " source: shared objects file");
  }
}
