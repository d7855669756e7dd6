package io.github.ssdkit.validate.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code <table>.jsonl}: one JSON object per line, keyed by column name. The header is the
 * table's spec columns; a key the spec does not know is reported once. Scalars come back as their
 * text, nested objects and arrays (JSON columns) as compact JSON text. Most lines are read by
 * {@link JsonLineScanner} into views of the line, without a String; a line it does not take is
 * read again by Jackson, which gives the same cells and reports whatever is wrong with it.
 */
public final class JsonLinesTableReader implements TableReader, CellRows {

  private static final JsonFactory JSON = new JsonFactory();
  /** The rule of a byte that is not UTF-8, whose problem says where in the line the byte is. */
  private static final String ENCODING = "input.encoding";

  private final Utf8Lines in;
  private final RowLosses losses = new RowLosses();
  private final String name;
  private final List<String> header;
  private final Map<String, Integer> index = new HashMap<>();
  private final Set<String> unknownReported = new HashSet<>();
  /** Per column, whether it is a JSON column, the only kind that may hold an object or array. */
  private final boolean[] json;
  private final LogicalType[] types;
  /** Cells of the row being read whose JSON type is wrong: column, value, message; reported with the row. */
  private final List<String[]> mistyped = new ArrayList<>();
  private final JsonLineScanner quick;
  private final boolean quickScan;
  /** Rows the quick scan read. */
  private long quickRows;
  /** One reused view per column, and the current row's cells: a view, or null for an empty cell. */
  private final CellText[] views;
  private final CellText[] cells;
  /** The row {@link #next} returns, reused by its next call as {@link TableReader#next} allows. */
  private final String[] strings;
  /** Writes JSON columns' structures as text; null until the first, and after a broken one. */
  private JsonGenerator structures;
  private StringWriter structureText;
  private long line;
  private long row;
  private boolean finished;

  /**
   * A reader of one table's JSON Lines file; keys are matched to the table's columns.
   *
   * @param stream the file's bytes, UTF-8
   * @param name the file name, for messages
   * @param table the spec's table
   */
  public JsonLinesTableReader(InputStream stream, String name, Table table) {
    this(stream, name, table, true);
  }

  /** A reader that, without {@code quickScan}, reads every line with Jackson: for holding both ways to the same rows. */
  JsonLinesTableReader(InputStream stream, String name, Table table, boolean quickScan) {
    this(new Utf8Lines(stream), name, table, quickScan);
  }

  /** A reader of the given lines, read through a buffer of any size: for holding rows the same wherever they cross its end. */
  JsonLinesTableReader(Utf8Lines lines, String name, Table table, boolean quickScan) {
    this.quickScan = quickScan;
    this.in = lines;
    this.name = name;
    this.header = table.fields().stream().map(Field::name).toList();
    this.json = new boolean[header.size()];
    this.types = table.fields().stream().map(Field::type).toArray(LogicalType[]::new);
    this.quick = new JsonLineScanner(table);
    this.views = new CellText[header.size()];
    this.cells = new CellText[header.size()];
    this.strings = new String[header.size()];
    for (int i = 0; i < header.size(); i++) {
      views[i] = new CellText();
      json[i] = table.fields().get(i).type().isJson();
      index.put(header.get(i).toLowerCase(Locale.ROOT), i);
    }
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
    String[] out = strings;
    for (int i = 0; i < row.length; i++) {
      out[i] = row[i] == null ? null : row[i].toString();
    }
    return out;
  }

  /** How many rows the quick scan read, the others having been read by Jackson. */
  long quickRows() {
    return quickRows;
  }

  @Override
  public CellText[] nextCells(InputProblems problems) throws IOException {
    while (!finished) {
      if (quickScan && line > 0 && quickAhead()) {
        return cells;
      }
      boolean more;
      try {
        more = in.advance();
      } catch (CharacterCodingException e) {
        problems.report(row == 0 ? 0 : row + 1, "input.encoding", true, name + ": " + e.getMessage()
            + "; reading stopped here");
        losses.stopped(e.getMessage());
        finished = true;
        return null;
      }
      if (!more) {
        finished = true;
        return null;
      }
      line++;
      char[] chars = in.chars();
      int to = in.start() + in.length();
      int from = line == 1 && in.length() > 0 && chars[in.start()] == '\uFEFF' ? in.start() + 1 : in.start();
      if (quickScan && in.problem() == null && quick.scan(chars, from, to, views, cells)) {
        row++;
        quickRows++;
        return cells;
      }
      String[] read = readFully(new String(chars, from, to - from), from - in.start(), problems);
      if (read != null) {
        for (int i = 0; i < read.length; i++) {
          cells[i] = read[i] == null ? null : views[i].of(read[i]);
        }
        return cells;
      }
    }
    return null;
  }

  /**
   * The quick scan of the next line where it lies in what is read ahead, before its end is looked
   * for: true when it took the line, whose end it found. A line that reaches what is read, the
   * first (which may start with a byte-order mark) and any it does not take go the usual way.
   */
  private boolean quickAhead() {
    int from = in.aheadStart();
    int to = (int) Math.min(in.aheadEnd(), from + (long) JsonLineScanner.MAX_QUICK_CHARS);
    int lineBreak = quick.scanToLineEnd(in.chars(), from, to, views, cells);
    if (lineBreak < 0 || lineBreak == to) {
      return false;
    }
    in.pass(lineBreak);
    line++;
    row++;
    quickRows++;
    return true;
  }

  /**
   * Reads a line the quick scan did not take with Jackson, reporting what is wrong with it.
   *
   * @param text the line, without a byte-order mark
   * @param marks the characters of a byte-order mark before it (0 or 1), which do not count as its characters
   * @return the row's cells, or null for a line that is blank, skipped or ends the reading
   */
  private String[] readFully(String text, int marks, InputProblems problems) throws IOException {
    if (text.isBlank() && in.problem() == null) {
      return null;
    }
    row++;
    if (in.problem() != null || text.indexOf('\0') >= 0) {
      String problem = in.problem();
      if (problem == null && line == 1) {
        problems.report(row, "input.binary", true, name + " line 1: the file holds a NUL character; it looks binary,"
            + " not JSON Lines");
        losses.stopped("the file looks binary");
        finished = true;
        return null;
      }
      if (problem == null) {
        skip(problems, "input.nul", "a NUL character (byte 0); expected JSON text");
      } else {
        String at = in.problemRule().equals(ENCODING) ? ", character " + (in.problemAt() - marks + 1) : "";
        skip(problems, in.problemRule(), at, problem);
      }
      return null;
    }
    mistyped.clear();
    String[] read = new String[header.size()];
    boolean[] seen = new boolean[header.size()];
    String wrong = null;
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        skip(problems, "input.json", "expected a JSON object per line");
        return null;
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        Integer at = index.get(key.toLowerCase(Locale.ROOT));
        if (at == null) {
          p.skipChildren();
          if (unknownReported.add(key)) {
            problems.report(0, "input.unknown-column", false, name + " line " + line + ": key '" + key
                + "' is not a column of this table and was ignored");
          }
          continue;
        }
        // a repeated key would silently replace the first value, a structure a text or number
        if (seen[at]) {
          wrong = wrong != null ? wrong : "key '" + key + "' appears twice in the row object";
        } else if (value.isStructStart() && !json[at]) {
          wrong = wrong != null ? wrong : "key '" + key + "' holds a JSON " + (value == JsonToken.START_OBJECT
              ? "object" : "array") + "; expected a single value, as " + header.get(at) + " is not a JSON column";
        }
        seen[at] = true;
        String cell = value == JsonToken.VALUE_NULL ? null : value.isStructStart() ? copyStructure(p) : scalar(at, value, p);
        read[at] = cell == null || cell.isEmpty() ? null : cell;
      }
      if (wrong != null) {
        skip(problems, "input.json", wrong);
        return null;
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        skip(problems, "input.json", "unexpected content after the row object");
        return null;
      }
    } catch (JsonProcessingException e) {
      skip(problems, "input.json", "not valid JSON: " + e.getOriginalMessage().replace('\n', ' '));
      return null;
    }
    for (String[] m : mistyped) {
      problems.reportCell(row, Integer.parseInt(m[0]), "type.json-value", m[1], m[2]);
    }
    return read;
  }

  /** A scalar's text; one of the wrong JSON type is reported against its cell, whose checks are then skipped. */
  private String scalar(int at, JsonToken value, JsonParser p) throws IOException {
    String mismatch = JsonValueTypes.mismatch(header.get(at), types[at], value, p);
    if (mismatch != null) {
      mistyped.add(new String[] {Integer.toString(at), p.getText(), mismatch});
      return p.getText();
    }
    return JsonValueTypes.text(types[at], value, p);
  }

  /** Reports the current row as not checked and counts it as lost. */
  private void skip(InputProblems problems, String rule, String cause) {
    skip(problems, rule, "", cause);
  }

  /** {@link #skip(InputProblems, String, String)} with where in the line the cause is, such as ", character 12". */
  private void skip(InputProblems problems, String rule, String at, String cause) {
    problems.report(row, rule, true, name + " line " + line + at + ": " + cause + "; the row was not checked");
    losses.skipped(line);
  }

  /**
   * A JSON column's structure as compact JSON text. One generator writes every such cell of the
   * table, one root value after another with nothing between them, and is made again only after
   * a structure that could not be read to its end: making a generator per cell was a large part of
   * reading a JSON Lines table.
   */
  private String copyStructure(JsonParser p) throws IOException {
    if (structures == null) {
      structureText = new StringWriter();
      structures = JSON.createGenerator(structureText);
      structures.setRootValueSeparator(new SerializedString(""));
    }
    try {
      structures.copyCurrentStructure(p);
      structures.flush();
    } catch (IOException | RuntimeException e) {
      structures = null; // left inside the broken structure
      throw e;
    }
    StringBuffer written = structureText.getBuffer();
    String text = written.toString();
    written.setLength(0);
    return text;
  }

  @Override
  public void close() throws IOException {
    if (structures != null) {
      structures.close();
    }
    in.close();
  }
}
