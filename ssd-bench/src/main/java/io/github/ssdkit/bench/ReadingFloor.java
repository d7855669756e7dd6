package io.github.ssdkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The reading floor: the least work any CSV validator must do on an extract. One thread reads
 * every byte of every {@code <table>.csv} in a directory, splits rows and fields (RFC 4180 quotes,
 * doubled quotes inside them) and decodes UTF-8 strictly, as the validator's reader must, but
 * checks nothing else and makes no String per cell. Every validator figure in the benchmark is
 * also given as a multiple of this time, measured in the same run, since absolute times on a
 * shared machine vary by 15% or more.
 *
 * <p>Limits: it counts malformed UTF-8 instead of reporting where it is; its result (rows, fields,
 * code points) exists so that the JIT cannot drop the work, and so that a test can hold it to
 * exact counts.
 *
 * <p>Also runnable on its own as a whole process, the floor beside a cold {@code ssd validate}:
 * {@code java -cp ssd-bench/target/classes io.github.ssdkit.bench.ReadingFloor <dir>}.
 */
public final class ReadingFloor {

  private static final int BUFFER = 64 * 1024;

  /** What one pass read: data rows (headers excluded), fields (headers' included), bytes, code points and bad UTF-8 sequences. */
  public record Counts(long rows, long fields, long bytes, long codePoints, long malformed) {
    Counts plus(Counts o) {
      return new Counts(rows + o.rows, fields + o.fields, bytes + o.bytes, codePoints + o.codePoints,
          malformed + o.malformed);
    }
  }

  /** One measured pass over a directory: its counts and wall time. */
  public record Pass(Counts counts, double seconds) {
    public double rowsPerSecond() {
      return counts.rows() / seconds;
    }
  }

  private ReadingFloor() {}

  /** Reads every CSV file of {@code dir} (sorted by name) once and times it. */
  public static Pass measure(Path dir) throws IOException {
    return measure(dir, ".csv", ReadingFloor::read);
  }

  /** Reads one file kind's stream to its end, counting what it saw. */
  @FunctionalInterface
  interface StreamPass {
    Counts read(InputStream in) throws IOException;
  }

  /** Reads every file of {@code dir} whose name ends with {@code suffix} (sorted by name) once, timed. */
  static Pass measure(Path dir, String suffix, StreamPass pass) throws IOException {
    long start = System.nanoTime();
    Counts total = new Counts(0, 0, 0, 0, 0);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          total = total.plus(pass.read(in));
        }
      }
    }
    return new Pass(total, (System.nanoTime() - start) / 1e9);
  }

  /**
   * Reads one CSV stream to its end. The first row is the header and is not counted as a row; a
   * last row without a line end counts; CR before LF is part of the line end.
   */
  public static Counts read(InputStream in) throws IOException {
    byte[] buf = new byte[BUFFER];
    long lines = 0;
    long fields = 0;
    long bytes = 0;
    long codePoints = 0;
    long malformed = 0;
    boolean quoted = false;
    boolean lineHasData = false;
    int pendingContinuation = 0; // UTF-8 continuation bytes still expected
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
        if (b >= 0) {
          codePoints++;
          if (b == '"') {
            quoted = !quoted; // a doubled quote toggles twice: still inside
          } else if (!quoted) {
            if (b == ',') {
              fields++;
            } else if (b == '\n') {
              fields++;
              lines++;
              lineHasData = false;
              continue;
            }
          }
          lineHasData = true;
        } else {
          codePoints++;
          lineHasData = true;
          pendingContinuation = continuationsAfter(b);
          if (pendingContinuation < 0) {
            pendingContinuation = 0;
            malformed++;
          }
        }
      }
    }
    if (pendingContinuation > 0) {
      malformed++;
    }
    if (lineHasData) {
      fields++;
      lines++;
    }
    return new Counts(Math.max(0, lines - 1), fields, bytes, codePoints, malformed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ReadingFloor <directory of .csv files>");
      System.exit(2);
    }
    Pass pass = measure(Path.of(args[0]));
    Counts c = pass.counts();
    System.out.printf("reading floor: %,d rows, %,d fields, %,d bytes, %,d malformed UTF-8, %.3f s, %,.0f rows/s%n",
        c.rows(), c.fields(), c.bytes(), c.malformed(), pass.seconds(), pass.rowsPerSecond());
  }

  /**
   * How many continuation bytes a UTF-8 lead byte (a negative {@code byte}) announces, or -1 when it
   * cannot start a well-formed sequence (a stray continuation, an overlong two-byte lead, or a lead
   * past U+10FFFF). Both reading floors decode with it, as strictly as the validator's reader.
   */
  static int continuationsAfter(int b) {
    if ((b & 0xE0) == 0xC0 && (b & 0xFF) >= 0xC2) {
      return 1;
    } else if ((b & 0xF0) == 0xE0) {
      return 2;
    } else if ((b & 0xF8) == 0xF0 && (b & 0xFF) <= 0xF4) {
      return 3;
    }
    return -1;
  }
}
