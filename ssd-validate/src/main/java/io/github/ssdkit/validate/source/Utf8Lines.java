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
 *
 * <p>A line is handed over where it lies in the read buffer, not copied: only a line that crosses
 * the buffer's end is moved, to the buffer's start, before more is read behind it; the buffer
 * grows only for a line longer than itself.
 */
final class Utf8Lines implements AutoCloseable {

  /** The longest line kept; longer ones are cut and have a problem. */
  static final int MAX_LINE_CHARS = CsvTableReader.MAX_ROW_CHARS;
  /** The buffer's first size, and how much more than {@link #MAX_LINE_CHARS} it may grow to. */
  private static final int CHUNK = 1 << 16;

  private final Utf8Reader in;
  private final int maxLine;
  private char[] buffer;
  /** The current line: {@link #length} characters from {@link #start}. */
  private int start;
  private int length;
  /** Where the next line starts. */
  private int pos;
  /** The end of the characters read. */
  private int limit;
  private boolean eof;
  private String problem;
  private String problemRule;
  /** Where in its line the current line's problem is (0-based), or -1. */
  private int problemAt = -1;

  Utf8Lines(InputStream stream) {
    this(stream, CHUNK, MAX_LINE_CHARS);
  }

  /**
   * Lines read through a buffer of {@code size} characters to start with, cut after
   * {@code maxLine}: small ones for tests of the edges.
   */
  Utf8Lines(InputStream stream, int size, int maxLine) {
    this.in = new Utf8Reader(stream);
    this.buffer = new char[Math.max(1, size)];
    this.maxLine = maxLine;
  }

  /**
   * Moves to the next line, whose characters are then the {@link #length()} from {@link #start()}
   * of {@link #chars()} (without its line break, LF or CRLF) until the next call.
   *
   * @return false at the end of the input
   */
  boolean advance() throws CharacterCodingException, IOException {
    problem = null;
    problemRule = null;
    problemAt = -1;
    start = pos;
    int searched = pos;
    boolean any = pos < limit;
    int end;
    while (true) {
      int nl = lineBreak(searched, limit);
      if (nl >= 0) {
        end = nl;
        pos = nl + 1;
        break;
      }
      if (limit - start > maxLine) {
        tooLong();
        limit = start + maxLine; // the rest of the line is dropped as it is read
      }
      searched = limit;
      int before = start;
      if (!fill()) {
        end = limit;
        pos = limit;
        if (!any && problem == null) {
          length = 0;
          return false;
        }
        break;
      }
      searched -= before - start; // the line may have moved to the buffer's start
      any = true;
    }
    if (end - start > maxLine) {
      tooLong();
      end = start + maxLine;
    }
    length = end - start;
    if (length > 0 && buffer[end - 1] == '\r') {
      length--;
    }
    return true;
  }

  /** The first LF in {@code buffer[from, to)}, or -1. */
  private int lineBreak(int from, int to) {
    char[] b = buffer;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Notes the line as too long, unless it already has a problem. */
  private void tooLong() {
    if (problem == null) {
      problem = "the line is longer than " + maxLine + " characters";
      problemRule = "input.row-too-large";
      problemAt = maxLine;
    }
  }

  /** The buffer holding the current line, and the text read ahead of it. */
  char[] chars() {
    return buffer;
  }

  /**
   * Where in {@link #chars()} the text not yet handed over starts: a caller that finds the next
   * line's end there itself steps over it with {@link #pass}, saving the search for it.
   */
  int aheadStart() {
    return pos;
  }

  /** Where the text read ahead ends; a line reaching it may go on in what is not read yet. */
  int aheadEnd() {
    return limit;
  }

  /**
   * Steps over the next line, which ends at the LF at {@code lineBreak}, without a problem;
   * {@link #start()}, {@link #length()} and {@link #problem()} stay those of the line before.
   *
   * @param lineBreak the index in {@link #chars()} of an LF between {@link #aheadStart()} and {@link #aheadEnd()}
   */
  void pass(int lineBreak) {
    pos = lineBreak + 1;
  }

  /** Where the current line starts in {@link #chars()}. */
  int start() {
    return start;
  }

  /** How many characters the current line has. */
  int length() {
    return length;
  }

  /** The first problem of the line last returned, or null. */
  String problem() {
    return problem;
  }

  /** The rule id of {@link #problem()}: {@code input.encoding} or {@code input.row-too-large}. */
  String problemRule() {
    return problemRule;
  }

  /** Where in its line (0-based, in characters) {@link #problem()} was found, or -1 when there is none. */
  int problemAt() {
    return problemAt;
  }

  /** Reads more of the current line behind {@link #limit}, making room first; false at the end of the input. */
  private boolean fill() throws IOException {
    while (!eof) {
      makeRoom();
      try {
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
          eof = true;
          return false;
        }
        limit += n;
        return true;
      } catch (Utf8Reader.BadByte e) {
        if (problem == null) {
          problem = e.getMessage();
          problemRule = "input.encoding";
          problemAt = limit - start;
        }
      }
    }
    return false;
  }

  /** Moves the current line to the buffer's start when the buffer is full, and grows it when the line fills it. */
  private void makeRoom() {
    if (limit < buffer.length) {
      return;
    }
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, limit - start);
      limit -= start;
      pos -= start;
      start = 0;
    } else {
      buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, maxLine + (long) CHUNK));
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
