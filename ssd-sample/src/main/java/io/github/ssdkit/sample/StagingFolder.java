package io.github.ssdkit.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The hidden folder a sample is written into until it is complete, so that a run that fails or is
 * interrupted never leaves files that look like an extract, and never touches the user's folder.
 *
 * <p>For a new output folder it sits beside it ({@code .<name>.partial-<uuid>}) and is renamed
 * to it when complete: the extract appears at once, whole. For an existing folder it sits inside
 * it ({@code .ssd-sample.partial-<uuid>}, so on the same file system) and each finished file is
 * renamed into place, replacing the file of that name (never writing through a link); the files
 * move one after another, within milliseconds, only once every file is complete.
 *
 * <p>{@link #close} deletes what is left. While files are being written, a shutdown of the JVM
 * (Ctrl-C, {@code kill}) deletes the folder too; once they are moving, the shutdown waits for the
 * moves to finish. Only a hard kill ({@code kill -9}, a power cut) can leave the hidden folder.
 */
final class StagingFolder implements AutoCloseable {

  /** How long a shutdown waits for files already moving into place. */
  private static final long SHUTDOWN_WAIT_MILLIS = 10_000;

  private enum State { WRITING, MOVING, DONE, ABANDONED }

  private final Path target;
  private final Path dir;
  private final boolean targetExisted;
  private final Thread hook;
  private State state = State.WRITING;

  private StagingFolder(Path target, Path dir, boolean targetExisted) {
    this.target = target;
    this.dir = dir;
    this.targetExisted = targetExisted;
    this.hook = new Thread(this::onShutdown, "ssd-sample staging cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * The folder where a staging folder for {@code target} goes, created if need be; its free space is
   * what the sample must fit into.
   *
   * @param target the user's output folder, absolute
   * @return the target itself when it exists, else its parent
   */
  static Path home(Path target) {
    return Files.isDirectory(target) || target.getParent() == null ? target : target.getParent();
  }

  /**
   * Creates the staging folder for {@code target} (and the target's parent folders if need be).
   *
   * @param target the user's output folder, absolute and normalised
   * @return the staging folder, to be closed
   * @throws IOException when it cannot be created
   */
  static StagingFolder create(Path target) throws IOException {
    boolean existed = Files.isDirectory(target);
    Path home = home(target);
    Files.createDirectories(home);
    String name = (existed ? ".ssd-sample" : "." + target.getFileName()) + ".partial-" + UUID.randomUUID();
    // not Files.createTempDirectory: its owner-only permissions would stay with the renamed folder
    return new StagingFolder(target, Files.createDirectory(home.resolve(name)), existed);
  }

  /**
   * Where to write.
   *
   * @return the staging folder
   */
  Path dir() {
    return dir;
  }

  /**
   * Moves every file written into the target: renames the staging folder to the target when the
   * target did not exist, else renames each file into the target, replacing one of the same name.
   *
   * @throws IOException when a move fails, or the JVM is shutting down and the files were deleted
   */
  void moveIntoPlace() throws IOException {
    synchronized (this) {
      if (state == State.ABANDONED) {
        throw new IOException("the run was interrupted");
      }
      state = State.MOVING;
    }
    try {
      if (!targetExisted) {
        Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        return;
      }
      for (Path file : list(dir)) {
        Files.move(file, target.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      synchronized (this) {
        state = State.DONE;
        notifyAll();
      }
    }
  }

  /** Deletes what is left of the staging folder (nothing after a complete move) and the shutdown hook. */
  @Override
  public void close() throws IOException {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs or has run; it deletes the folder itself
    }
    deleteTree(dir);
  }

  private void onShutdown() {
    synchronized (this) {
      long until = System.currentTimeMillis() + SHUTDOWN_WAIT_MILLIS;
      while (state == State.MOVING && System.currentTimeMillis() < until) {
        try {
          wait(Math.max(1, until - System.currentTimeMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (state != State.WRITING) {
        return;
      }
      state = State.ABANDONED;
    }
    try {
      deleteTree(dir);
    } catch (IOException | UncheckedIOException e) {
      // the JVM is stopping; a hidden folder is left, which never looks like an extract
    }
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
