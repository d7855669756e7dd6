package io.github.ssdkit.bench;

import io.github.ssdkit.bench.ReadingFloor.Counts;
import io.github.ssdkit.bench.ReadingFloor.Pass;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The reading floor of JSON Lines: the least work any JSON Lines validator must do on an extract,
 * the counterpart of the CSV {@link ReadingFloor}. One thread reads every byte of every
 * {@code <table>.jsonl} in a directory, splits lines, finds each row object's keys and values
 * (strings with their escapes, nesting skipped over) and decodes UTF-8 strictly, but checks
 * nothing else, matches no key to a column and makes no String.
 *
 * <p>Limits: it trusts the syntax (a broken line is not noticed, only counted as a row) and
 * counts malformed UTF-8 instead of reporting where it is. Its counts are rows (lines with
 * anything on them), fields (keys of the row objects), bytes, code points and malformed
 * sequences.
 *
 * <p>Runnable on its own as a whole process, the floor beside a cold {@code ssd validate --jsonl}:
 * {@code java -cp ssd-bench/target/classes io.github.ssdkit.bench.JsonLinesReadingFloor <dir>}.
 */
public final class JsonLinesReadingFloor {

  private static final int BUFFER = 64 * 1024;

  private JsonLinesReadingFloor() {}

  /** Reads every JSON Lines file of {@code dir} (sorted by name) once and times it. */
  public static Pass measure(Path dir) throws IOException {
    return ReadingFloor.measure(dir, ".jsonl", JsonLinesReadingFloor::read);
  }

  /** Reads one JSON Lines stream to its end; a last line without a line end counts. */
  public static Counts read(InputStream in) throws IOException {
    byte[] buf = new byte[BUFFER];
    long rows = 0;
    long fields = 0;
    long bytes = 0;
    long codePoints = 0;
    long malformed = 0;
    boolean inString = false;
    boolean escape = false;
    boolean lineHasData = false;
    int depth = 0; // 1 inside the row object, more inside a JSON column's structure
    int pendingContinuation = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      bytes += n;
      for (int i = 0; i < n; i++) {
        int b = buf[i];
        if (pendingContinuation > 0) {
          if ((b & 0xC0) == 0x80) {
            pendingContinuation--;
            continue;
          }
          malformed++;
          pendingContinuation = 0;
        }
        codePoints++;
        if (b < 0) {
          lineHasData = true;
          escape = false;
          pendingContinuation = ReadingFloor.continuationsAfter(b);
          if (pendingContinuation < 0) {
            pendingContinuation = 0;
            malformed++;
          }
          continue;
        }
        if (b == '\n') {
          rows += lineHasData ? 1 : 0;
          lineHasData = false;
          inString = false;
          escape = false;
          depth = 0;
          continue;
        }
        lineHasData |= b > ' ';
        if (inString) {
          if (escape) {
            escape = false;
          } else if (b == '\\') {
            escape = true;
          } else if (b == '"') {
            inString = false;
          }
        } else if (b == '"') {
          inString = true;
        } else if (b == '{' || b == '[') {
          depth++;
        } else if (b == '}' || b == ']') {
          depth--;
        } else if (b == ':' && depth == 1) {
          fields++;
        }
      }
    }
    if (pendingContinuation > 0) {
      malformed++;
    }
    return new Counts(rows + (lineHasData ? 1 : 0), fields, bytes, codePoints, malformed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JsonLinesReadingFloor <directory of .jsonl files>");
      System.exit(2);
    }
    Pass pass = measure(Path.of(args[0]));
    Counts c = pass.counts();
    System.out.printf("JSON Lines reading floor: %,d rows, %,d fields, %,d bytes, %,d malformed UTF-8, %.3f s,"
        + " %,.0f rows/s%n", c.rows(), c.fields(), c.bytes(), c.malformed(), pass.seconds(), pass.rowsPerSecond());
  }
}
