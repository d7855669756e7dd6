package io.github.ssdkit.validate.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma separated, double-quote quoting (with doubled quotes inside),
 * line breaks inside quotes, LF or CRLF, UTF-8 with or without a byte-order mark, empty cell as
 * null. It reads through one reused buffer and never holds more than the current row.
 */
public final class CsvTableReader implements TableReader {

  /** Cells longer than this are reported and cut, so that a broken file cannot exhaust memory. */
  public static final int MAX_CELL_CHARS = 32 * 1024 * 1024;

  private static final int EOF = -1;

  private final Reader in;
  private final String name;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int limit;
  private long line = 1;
  private long row;
  private boolean finished;
  private final StringBuilder cell = new StringBuilder(64);
  private final List<String> cells = new ArrayList<>(32);
  private List<String> header = List.of();
  private int width;
  private String[] out;

  /**
   * Opens a reader; the header is read at once and problems with it are reported.
   *
   * @param stream the file's bytes, UTF-8 (with or without a BOM)
   * @param name the file name, for messages
   * @param problems where input problems go
   * @throws IOException when reading fails
   */
  public CsvTableReader(InputStream stream, String name, InputProblems problems) throws IOException {
    this.in = new Utf8Reader(stream);
    this.name = name;
    if (!readRecord(problems, 0)) {
      if (!failed && cells.isEmpty()) {
        problems.report(0, "input.empty", true, name + ": the file is empty; expected a header row of column names");
      }
      finished = true;
      return;
    }
    if (!cells.isEmpty() && cells.get(0) != null && cells.get(0).startsWith("\uFEFF")) {
      cells.set(0, cells.get(0).substring(1));
    }
    List<String> names = new ArrayList<>(cells.size());
    for (String c : cells) {
      names.add(c == null ? "" : c.strip());
    }
    header = List.copyOf(names);
    width = header.size();
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public long rowNumber() {
    return row;
  }

  @Override
  public String[] next(InputProblems problems) throws IOException {
    while (!finished) {
      long startLine = line;
      if (!readRecord(problems, row + 1)) {
        return null;
      }
      row++;
      if (cells.size() == 1 && cells.get(0) == null && width > 1) {
        row--; // a blank line, such as a trailing one: not a row
        continue;
      }
      if (cells.size() != width) {
        problems.report(row, "input.cells", true, name + " line " + startLine + ": row has " + cells.size()
            + " cells but the header has " + width + "; the row was not checked");
        continue;
      }
      if (out == null) {
        out = new String[width];
      }
      return cells.toArray(out); // same size, so filled in place: no array per row
    }
    return null;
  }

  /** Reads one record into {@link #cells}; false at the end of the input (or after a fatal problem). */
  private boolean readRecord(InputProblems problems, long rowNo) throws IOException {
    cells.clear();
    int c = read(problems, rowNo);
    if (c == EOF) {
      finished = true;
      return false;
    }
    boolean tooLong = false;
    String fast = null;
    while (true) {
      cell.setLength(0);
      boolean quoted = false;
      if (c == '"') {
        quoted = true;
        long openedAt = line;
        while (true) {
          c = read(problems, rowNo);
          if (c == EOF) {
            if (!finished) {
              problems.report(rowNo, "input.quote", true, name + " line " + openedAt
                  + ": a quoted cell is never closed; expected a closing double quote");
            }
            finished = true;
            failed = true;
            return false;
          }
          if (c == '"') {
            c = read(problems, rowNo);
            if (c != '"') {
              break;
            }
          } else if (c == '\n') {
            line++;
          }
          tooLong |= append((char) c);
        }
        // after a closing quote only a separator or the end of the record may follow
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
          tooLong |= append((char) c);
          c = read(problems, rowNo);
        }
      } else if (c != EOF && (fast = scanPlainCell()) != null) {
        c = buffer[pos++];
      } else {
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
          if (c == 0) {
            problems.report(rowNo, "input.binary", true, name + " line " + line
                + ": the file holds a NUL character; it looks binary (or UTF-16 without a byte-order mark), not UTF-8 CSV text");
            finished = true;
            failed = true;
            return false;
          }
          tooLong |= append((char) c);
          c = read(problems, rowNo);
        }
      }
      if (finished && c == EOF && failed) {
        return false;
      }
      if (fast != null) {
        cells.add(fast.isEmpty() ? null : fast);
        fast = null;
      } else {
        cells.add(cell.length() == 0 ? null : cell.toString());
      }
      if (c == ',') {
        c = read(problems, rowNo);
        continue;
      }
      if (c == '\r') {
        c = read(problems, rowNo);
        if (c != '\n' && c != EOF) {
          pushBack();
        }
      }
      line++;
      if (tooLong) {
        problems.report(rowNo, "input.cell-too-large", true, name + " line " + (line - 1)
            + ": a cell is longer than " + MAX_CELL_CHARS + " characters and was cut");
      }
      return true;
    }
  }

  /** Set when a problem (encoding, quoting, binary) ended the reading, which is then not an empty file. */
  private boolean failed;

  /**
   * The common case, an unquoted cell that ends inside the buffer, cut out of the buffer in one
   * step; null when the cell needs the careful character-by-character path. On success the
   * cell's terminator is the next character to read.
   */
  private String scanPlainCell() {
    int start = pos - 1;
    int i = start;
    while (i < limit) {
      char ch = buffer[i];
      if (ch == ',' || ch == '\n' || ch == '\r') {
        pos = i;
        return i == start ? "" : new String(buffer, start, i - start);
      }
      if (ch == 0) {
        return null;
      }
      i++;
    }
    return null;
  }

  private boolean append(char c) {
    if (cell.length() >= MAX_CELL_CHARS) {
      return true;
    }
    cell.append(c);
    return false;
  }

  private void pushBack() {
    pos--;
  }

  private int read(InputProblems problems, long rowNo) throws IOException {
    if (pos < limit) {
      return buffer[pos++];
    }
    if (finished) {
      return EOF;
    }
    int n;
    try {
      n = in.read(buffer, 0, buffer.length);
    } catch (CharacterCodingException e) {
      String where = e instanceof Utf8Reader.Utf16 ? "" : " line " + line + column();
      problems.report(rowNo, "input.encoding", true, name + where + ": " + e.getMessage() + "; reading stopped here");
      finished = true;
      failed = true;
      return EOF;
    }
    if (n <= 0) {
      return EOF;
    }
    pos = 0;
    limit = n;
    return buffer[pos++];
  }

  /** The column of the cell being read, by its header name once the header is known. */
  private String column() {
    int at = cells.size();
    if (header.isEmpty()) {
      return " (the header)";
    }
    return at < header.size() && !header.get(at).isEmpty() ? ", column " + header.get(at) : ", column " + (at + 1);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
