package io.github.ssdkit.validate.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A streaming RFC 4180 reader: comma separated, double-quote quoting (with doubled quotes inside),
 * line breaks inside quotes, LF or CRLF, UTF-8 with or without a byte-order mark, empty cell as
 * null. It reads through one reused buffer and never holds more than the current row: each cell
 * is handed over as a {@link CellText} view of that buffer (a quoted cell's doubled quotes made one
 * in place; a copy only for a cell with a NUL, a quoted cell with a line break or a record that
 * crosses a refill of the buffer), so checking a row makes no String.
 *
 * <p>A damaged row costs that row only: a byte that is not UTF-8, a NUL, too many cells or too
 * many characters are reported with their line and column, the row is skipped, and reading goes
 * on at the next record. A quote that is never closed is given up after the end of the file or
 * {@link #MAX_QUOTED_LINES} line breaks, whichever comes first; its row is reported and reading
 * resumes on the line after the one it opened on. Only a damaged header or a UTF-16 file end the
 * table. Every such loss is in {@link #incomplete()}.
 */
public final class CsvTableReader implements TableReader, CellRows {

  /** Cells longer than this are reported and cut, so that a broken file cannot exhaust memory. */
  public static final int MAX_CELL_CHARS = 32 * 1024 * 1024;
  /** Rows longer than this (all cells together) are reported and skipped. */
  public static final int MAX_ROW_CHARS = 2 * MAX_CELL_CHARS;
  /** Line breaks one quoted cell may hold before its quote is taken to be unclosed. */
  public static final int MAX_QUOTED_LINES = 10_000;
  /** Cells a header may have; a row may have four times its header's cells (and 16) before it is skipped. */
  public static final int MAX_HEADER_CELLS = 10_000;

  private static final int EOF = -1;
  /** What {@link #readQuoted} returns for a quote that is never closed. */
  private static final int UNCLOSED = -2;

  private enum Record { ROW, SKIPPED, END }

  private final Reader in;
  private final String name;
  private final char[] ownBuffer = new char[1 << 16];
  /** The read buffer; for a while after an unclosed quote, the swallowed text to read again. */
  private char[] buffer = ownBuffer;
  private int pos;
  private int limit;
  private long line = 1;
  private long row;
  private boolean finished;
  /** Set when a problem (UTF-16, a damaged header) ended the reading, which is then not an empty file. */
  private boolean failed;
  private final StringBuilder cell = new StringBuilder(64);
  /** The views, one per cell position, reused for every record. */
  private CellText[] views = new CellText[32];
  /** The current record's cells: a view, or null for an empty cell. */
  private CellText[] cells = new CellText[32];
  /** How many cells the current record has so far. */
  private int count;
  /** A quoted cell's raw text after its first line break, read again if the quote is never closed. */
  private final StringBuilder swallowed = new StringBuilder();
  private final RowLosses losses = new RowLosses();
  private List<String> header = List.of();
  private int width;
  private int maxCells = MAX_HEADER_CELLS;
  private long rowChars;
  private boolean tooLong;
  /** The first problem of the record being read, which is then skipped. */
  private String problemRule;
  private String problemMessage;
  private String[] out;
  private CellText[] outCells;
  /** From {@link #estimate}, or -1. */
  private long estimate = -1;
  /** Where {@link #scanPlainCell} or {@link #scanQuotedCell} found the cell. */
  private int fastStart;
  private int fastLength;

  /**
   * Opens a reader; the header is read at once and problems with it are reported.
   *
   * @param stream the file's bytes, UTF-8 (with or without a BOM)
   * @param name the file name, for messages
   * @param problems where input problems go
   * @throws IOException when reading fails
   */
  public CsvTableReader(InputStream stream, String name, InputProblems problems) throws IOException {
    this(stream, name, problems, -1);
  }

  /**
   * Opens a reader of a file whose size is known, so that it can {@linkplain #estimatedRows()
   * estimate its rows}; the header is read at once and problems with it are reported.
   *
   * @param stream the file's bytes, UTF-8 (with or without a BOM)
   * @param name the file name, for messages
   * @param problems where input problems go
   * @param size the file's size in bytes, or -1 when unknown
   * @throws IOException when reading fails
   */
  public CsvTableReader(InputStream stream, String name, InputProblems problems, long size) throws IOException {
    this.in = new Utf8Reader(stream);
    this.name = name;
    skipByteOrderMark(problems);
    Record first = readRecord(problems);
    if (first != Record.ROW) {
      if (first == Record.SKIPPED) {
        reportHeaderProblem(problems);
      } else if (!failed && count == 0) {
        problems.report(0, "input.empty", true, name + ": the file is empty; expected a header row of column names");
      }
      finished = true;
      return;
    }
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String c = cells[i] == null ? "" : cells[i].toString();
      names.add(c.strip());
    }
    Optional<Separator> other = Separator.of(names);
    if (other.isPresent()) {
      reportOtherSeparator(other.get(), names, problems);
      return;
    }
    header = List.copyOf(names);
    width = header.size();
    maxCells = 4 * width + 16;
    estimate = size < 0 ? -1 : estimate(size);
  }

  /**
   * The rows of a file of {@code size} bytes whose rows are as long as those after the header in
   * the first buffer read (characters taken for bytes, so non-ASCII text makes it a little high).
   */
  private long estimate(long size) {
    int lines = 0;
    for (int i = pos; i < limit; i++) {
      if (buffer[i] == '\n') {
        lines++;
      }
    }
    if (lines == 0) {
      return limit > pos ? 1 : 0;
    }
    double perRow = (double) (limit - pos) / lines;
    return (long) Math.ceil(Math.max(0, size - pos) / perRow);
  }

  @Override
  public OptionalLong estimatedRows() {
    return estimate < 0 ? OptionalLong.empty() : OptionalLong.of(estimate);
  }

  /**
   * The separators files are saved with instead of commas, most often by Excel in a locale whose
   * decimal mark is a comma.
   */
  private enum Separator {
    SEMICOLON(';', "semicolons"),
    TAB('\t', "tabs"),
    BAR('|', "vertical bars");

    private final char mark;
    private final String plural;

    Separator(char mark, String plural) {
      this.mark = mark;
      this.plural = plural;
    }

    /**
     * The separator the header is written with, when not the comma: at least half its cells (all
     * of them when there is one, as a semicolon file read as CSV has) hold that mark, which no
     * column name has.
     */
    static Optional<Separator> of(List<String> header) {
      for (Separator s : values()) {
        long with = header.stream().filter(h -> h.indexOf(s.mark) >= 0).count();
        if (with > 0 && 2 * with >= header.size()) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }

  /** One error for the whole file instead of a missing column per column and a bad row per row. */
  private void reportOtherSeparator(Separator separator, List<String> names, InputProblems problems) {
    String first = names.get(0);
    int cut = first.indexOf(separator.mark, first.indexOf(separator.mark) + 1);
    String shown = (cut < 0 ? first : first.substring(0, cut + 1) + "...").replace("\t", "\\t");
    problems.report(0, "input.separator", true, name + " line 1: the columns are separated by " + separator.plural
        + ", not commas (the header starts " + shown + "); save the file as CSV with commas, such as Excel's "
        + "\"CSV UTF-8 (Comma delimited)\"; its rows were not read");
    losses.stopped("the file is separated by " + separator.plural + ", not commas");
    failed = true;
    finished = true;
  }

  private void reportHeaderProblem(InputProblems problems) {
    if (problemRule.equals("input.nul")) {
      problems.report(0, "input.binary", true, name + " line " + (line - 1) + ": the header holds a NUL character; "
          + "the file looks binary (or UTF-16 without a byte-order mark), not UTF-8 CSV text");
    } else {
      problems.report(0, problemRule, true, problemMessage + "; the header could not be read, so neither were the rows");
    }
    failed = true;
    losses.stopped("the header could not be read");
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
  public Optional<String> incomplete() {
    return losses.reason();
  }

  @Override
  public String[] next(InputProblems problems) throws IOException {
    CellText[] row = nextCells(problems);
    if (row == null) {
      return null;
    }
    if (out == null) {
      out = new String[width];
    }
    for (int i = 0; i < width; i++) {
      out[i] = row[i] == null ? null : row[i].toString();
    }
    return out;
  }

  @Override
  public CellText[] nextCells(InputProblems problems) throws IOException {
    while (!finished) {
      long startLine = line;
      Record record = readRecord(problems);
      if (record == Record.END) {
        return null;
      }
      row++;
      if (record == Record.SKIPPED) {
        problems.report(row, problemRule, true, problemMessage + "; the row was not checked");
        losses.skipped(startLine);
        continue;
      }
      if (count == 1 && cells[0] == null && width > 1) {
        row--; // a blank line, such as a trailing one: not a row
        continue;
      }
      if (count != width) {
        problems.report(row, "input.cells", true, name + " line " + startLine + ": row has " + count
            + " cells but the header has " + width + "; the row was not checked");
        losses.skipped(startLine);
        continue;
      }
      if (tooLong) {
        problems.report(row, "input.cell-too-large", true, name + " line " + (line - 1)
            + ": a cell is longer than " + MAX_CELL_CHARS + " characters and was cut");
      }
      if (outCells == null) {
        outCells = new CellText[width];
      }
      System.arraycopy(cells, 0, outCells, 0, width);
      return outCells;
    }
    return null;
  }

  /**
   * Reads one record into {@link #cells}. SKIPPED when it has a problem (left in {@link #problemRule}
   * and {@link #problemMessage} for the caller to report), END at the end of the input or after a
   * problem that ends the reading.
   */
  private Record readRecord(InputProblems problems) throws IOException {
    count = 0;
    problemRule = null;
    problemMessage = null;
    rowChars = 0;
    tooLong = false;
    int c = read(problems);
    if (c == EOF) {
      finished = true;
      return problemRule == null || failed ? Record.END : Record.SKIPPED;
    }
    boolean fast = false;
    while (true) {
      if (c == '"' && (fast = scanQuotedCell())) {
        c = buffer[pos++];
      } else if (c == '"') {
        cell.setLength(0);
        c = readQuoted(problems);
        if (c == UNCLOSED) {
          return failed ? Record.END : Record.SKIPPED;
        }
        // after a closing quote only a separator or the end of the record may follow
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
          append(c);
          c = read(problems);
        }
      } else if (c != EOF && (fast = scanPlainCell())) {
        c = buffer[pos++];
      } else {
        cell.setLength(0);
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
          append(c);
          c = read(problems);
        }
      }
      if (failed) {
        return Record.END;
      }
      addCell(fast);
      fast = false;
      if (c == ',') {
        c = read(problems);
        continue;
      }
      if (c == '\r') {
        c = read(problems);
        if (c != '\n' && c != EOF) {
          pushBack();
        }
      }
      line++;
      return problemRule == null ? Record.ROW : Record.SKIPPED;
    }
  }

  /** Adds the cell just read: the fast path's range of the buffer, else {@link #cell}. */
  private void addCell(boolean fast) {
    if (count >= maxCells) {
      problem("input.cells", "the row has more than " + maxCells + " cells");
      return;
    }
    if (count == views.length) {
      views = Arrays.copyOf(views, count * 2);
      cells = Arrays.copyOf(cells, count * 2);
    }
    CellText view = views[count];
    if (view == null) {
      view = new CellText();
      views[count] = view;
    }
    if (fast) {
      rowChars += fastLength;
      cells[count++] = fastLength == 0 ? null : view.view(buffer, fastStart, fastLength);
    } else {
      cells[count++] = cell.length() == 0 ? null : view.copy(cell);
    }
    if (rowChars > MAX_ROW_CHARS) {
      problem("input.row-too-large", "the row is longer than " + MAX_ROW_CHARS + " characters");
    }
  }

  /**
   * Reads a quoted cell after its opening quote; returns the character after the closing quote,
   * or {@link #UNCLOSED} when the quote is never closed: then the row's problem is set and the
   * text after the line it opened on is put back to be read again.
   */
  private int readQuoted(InputProblems problems) throws IOException {
    long openedAt = line;
    int lineBreaks = 0;
    swallowed.setLength(0);
    while (true) {
      int c = read(problems);
      if (failed) {
        return UNCLOSED;
      }
      if (c == EOF) {
        return unclosed(openedAt, "is never closed");
      }
      if (lineBreaks > 0 && swallowed.append((char) c).length() > MAX_ROW_CHARS) {
        return unclosed(openedAt, "is not closed within " + MAX_ROW_CHARS + " characters");
      }
      if (c == '"') {
        c = read(problems);
        if (c != '"') {
          return c;
        }
        if (lineBreaks > 0) {
          swallowed.append('"');
        }
      } else if (c == '\n') {
        line++;
        if (++lineBreaks > MAX_QUOTED_LINES) {
          return unclosed(openedAt, "is not closed within " + MAX_QUOTED_LINES + " lines");
        }
      }
      append(c);
    }
  }

  /** Reports the quote as the row's problem and puts the text after its line back to be read again. */
  private int unclosed(long openedAt, String what) {
    problemRule = "input.quote"; // the cause of anything that went wrong after it
    problemMessage = name + " line " + openedAt + ": a quoted cell " + what + "; expected a closing double quote";
    line = openedAt + 1;
    if (swallowed.length() > 0) {
      char[] again = new char[swallowed.length() + limit - pos];
      swallowed.getChars(0, swallowed.length(), again, 0);
      System.arraycopy(buffer, pos, again, swallowed.length(), limit - pos);
      buffer = again;
      pos = 0;
      limit = again.length;
      swallowed.setLength(0);
      swallowed.trimToSize();
    }
    return UNCLOSED;
  }

  /**
   * The common case, an unquoted cell that ends inside the buffer, found in the buffer in one
   * step (left in {@link #fastStart} and {@link #fastLength}); false when the cell needs the
   * careful character-by-character path. On success the cell's terminator is the next character
   * to read.
   */
  private boolean scanPlainCell() {
    int start = pos - 1;
    int i = start;
    char[] b = buffer;
    while (i < limit) {
      char ch = b[i];
      // one comparison for most characters: every character that stops the scan sorts at or before ','
      if (ch <= ',') {
        if (ch == ',' || ch == '\n' || ch == '\r') {
          pos = i;
          fastStart = start;
          fastLength = i - start;
          return true;
        }
        if (ch == 0) {
          return false;
        }
      }
      i++;
    }
    return false;
  }

  /**
   * The usual quoted cell, one that closes on its own line inside the buffer and is followed by a
   * separator or a line end, found in the buffer in one step (left in {@link #fastStart} and
   * {@link #fastLength}); false when it needs {@link #readQuoted}. On success the cell's
   * terminator is the next character to read.
   *
   * <p>Each doubled quote is made one in the same pass, in place: the text moves left over the
   * quotes it drops, so the cell is a plain range of the buffer and is never copied. A scan that
   * fails puts the buffer back as it was before handing the cell to {@link #readQuoted}. Every
   * cell is unquoted, read or not: one path for all callers keeps the compiled code stable (a
   * second path for unread cells made the JIT recompile the reader when rule packs started).
   */
  private boolean scanQuotedCell() {
    int start = pos;
    int quotes = 0;
    int i = start;
    int to = start; // where the cell's next character goes; behind i by the quotes dropped so far
    char[] b = buffer;
    while (i + 1 < limit) {
      char ch = b[i];
      if (ch > '"') { // one comparison for most characters: those that need a look sort at or before '"'
        b[to++] = ch;
        i++;
        continue;
      }
      if (ch == '"') {
        char next = b[i + 1];
        if (next == '"') {
          quotes++;
          b[to++] = '"';
          i += 2;
          continue;
        }
        if ((next != ',' && next != '\n' && next != '\r') || rowChars + (to - start) > MAX_ROW_CHARS) {
          break;
        }
        pos = i + 1;
        fastStart = start;
        fastLength = to - start;
        return true;
      }
      if (ch == '\n' || ch == 0) {
        break;
      }
      b[to++] = ch;
      i++;
    }
    if (quotes > 0) {
      requote(start, to, quotes);
    }
    return false;
  }

  /**
   * Undoes the unquoting of a failed {@link #scanQuotedCell}: the {@code to - start} characters at
   * {@code start} go back to their places, each quote doubled again. Works from the right, where
   * the text is written no earlier than it is read.
   */
  private void requote(int start, int to, int quotes) {
    char[] b = buffer;
    int write = to + quotes;
    for (int read = to - 1; read >= start; read--) {
      char ch = b[read];
      b[--write] = ch;
      if (ch == '"') {
        b[--write] = '"';
      }
    }
  }

  private void append(int c) {
    if (c == 0) {
      problem("input.nul", "a NUL character (byte 0) in a cell; expected text");
    } else if (cell.length() >= MAX_CELL_CHARS) {
      tooLong = true;
    } else if (++rowChars > MAX_ROW_CHARS) {
      problem("input.row-too-large", "the row is longer than " + MAX_ROW_CHARS + " characters");
    } else {
      cell.append((char) c);
    }
  }

  /** Notes the first problem of the record being read, with the line and column it is at. */
  private void problem(String rule, String detail) {
    if (problemRule == null) {
      problemRule = rule;
      problemMessage = name + " line " + line + column() + ": " + detail;
    }
  }

  /**
   * Skips a byte-order mark before the header, so that a quoted first name ({@code \uFEFF"id"}, as
   * spreadsheet exports write it) is read as a quoted cell rather than as text holding quotes.
   */
  private void skipByteOrderMark(InputProblems problems) throws IOException {
    int first = read(problems);
    if (first != EOF && first != '\uFEFF') {
      pushBack();
    }
  }

  private void pushBack() {
    pos--;
  }

  private int read(InputProblems problems) throws IOException {
    if (pos < limit) {
      return buffer[pos++];
    }
    if (finished) {
      return EOF;
    }
    // the record's cells so far are views of the buffer about to be overwritten: copy them out
    for (int i = 0; i < count; i++) {
      if (cells[i] != null && cells[i].in(ownBuffer)) {
        cells[i].detach();
      }
    }
    buffer = ownBuffer;
    while (true) {
      int n;
      try {
        n = in.read(buffer, 0, buffer.length);
      } catch (Utf8Reader.BadByte e) {
        problem("input.encoding", e.getMessage());
        continue; // the reader goes on after the byte
      } catch (CharacterCodingException e) {
        problems.report(header.isEmpty() ? 0 : row + 1, "input.encoding", true, name + ": " + e.getMessage()
            + "; reading stopped here");
        losses.stopped(e.getMessage());
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
  }

  /** The column of the cell being read, by its header name once the header is known. */
  private String column() {
    int at = count;
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
