package io.github.ssdkit.spec.load;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The cause of a failed file operation in a few words, for one-line messages. The file-system
 * exceptions of {@code java.nio.file} carry only the path as their message ("/data/x.csv"), which
 * reads as no reason at all; this says "permission denied", "no such file or directory", or the
 * operating system's own reason ("No space left on device", "Read-only file system").
 */
public final class IoReason {

  private IoReason() {}

  /**
   * Why an operation failed, without the path (the caller's message names the file).
   *
   * @param e what the operation threw
   * @return a reason in lower case words, never empty
   */
  public static String of(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "it exists already";
    }
    if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException) {
      return "interrupted";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
    return message.isEmpty() ? e.getClass().getSimpleName() : message;
  }
}
