package io.github.ssdkit.validate.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;

/**
 * Lines of strict UTF-8 text, each with the first problem found on it: a byte that is not UTF-8
 * or a line longer than {@link #MAX_LINE_CHARS} (kept only up to that length). Unlike
 * {@link java.io.BufferedReader#readLine()}, a bad byte costs its own line only and the lines
 * after it keep their numbers. A UTF-16 file fails the first read.
 */
final class Utf8Lines implements AutoCloseable {

  /** The longest line kept; longer ones are cut and have a problem. */
  static final int MAX_LINE_CHARS = CsvTableReader.MAX_ROW_CHARS;

  private final Utf8Reader in;
  private final char[] buffer = new char[1 << 16];
  /** The current line's characters, reused for every line and grown as needed. */
  private char[] line = new char[256];
  private int length;
  private int pos;
  private int limit;
  private boolean eof;
  private String problem;
  private String problemRule;

  Utf8Lines(InputStream stream) {
    this.in = new Utf8Reader(stream);
  }

  /** The next line without its line break (LF or CRLF), or null at the end of the input. */
  String next() throws CharacterCodingException, IOException {
    return advance() ? new String(line, 0, length) : null;
  }

  /**
   * Moves to the next line, whose characters are then the first {@link #length()} of
   * {@link #chars()} (without its line break) until the next call.
   *
   * @return false at the end of the input
   */
  boolean advance() throws CharacterCodingException, IOException {
    length = 0;
    problem = null;
    problemRule = null;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        return any || problem != null ? finish() : false;
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      int n = Math.min(pos - start, MAX_LINE_CHARS - length);
      append(start, n);
      if (n < pos - start && problem == null) {
        problem = "the line is longer than " + MAX_LINE_CHARS + " characters";
        problemRule = "input.row-too-large";
      }
      if (pos < limit) {
        pos++;
        return finish();
      }
    }
  }

  /** The current line's characters, valid up to {@link #length()} until the next {@link #advance()}. */
  char[] chars() {
    return line;
  }

  /** How many characters the current line has. */
  int length() {
    return length;
  }

  private void append(int start, int n) {
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(length + n, 2 * line.length));
    }
    System.arraycopy(buffer, start, line, length, n);
    length += n;
  }

  /** The first problem of the line last returned, or null. */
  String problem() {
    return problem;
  }

  /** The rule id of {@link #problem()}: {@code input.encoding} or {@code input.row-too-large}. */
  String problemRule() {
    return problemRule;
  }

  /** Drops the CR of a CRLF line end. */
  private boolean finish() {
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  private boolean fill() throws IOException {
    while (!eof) {
      try {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
          eof = true;
          return false;
        }
        pos = 0;
        limit = n;
        return true;
      } catch (Utf8Reader.BadByte e) {
        if (problem == null) {
          problem = e.getMessage();
          problemRule = "input.encoding";
        }
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
