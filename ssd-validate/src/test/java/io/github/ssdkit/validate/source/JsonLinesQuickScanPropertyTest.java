package io.github.ssdkit.validate.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The quick scan of JSON Lines gives exactly what reading every line with Jackson gives: the same
 * rows and cells, the same problems with the same rules, rows and messages, the same losses. The
 * lines are random, valid and broken: escapes, surrogate pairs, non-ASCII text, nested
 * structures with and without whitespace, numbers of every form, values of the wrong JSON type,
 * unknown, repeated and differently cased keys, damaged characters.
 */
class JsonLinesQuickScanPropertyTest {

  private static final Table TABLE = new Table("t", "", "", Lifecycle.RELEASED, "", List.of("s"), List.of(
      Field.builder("s", LogicalType.STRING).build(), Field.builder("i", LogicalType.INTEGER).build(),
      Field.builder("d", LogicalType.DECIMAL).build(), Field.builder("b", LogicalType.BOOLEAN).build(),
      Field.builder("day", LogicalType.DATE).build(), Field.builder("o", LogicalType.JSON_OBJECT).build(),
      Field.builder("a", LogicalType.JSON_ARRAY).build()), List.of(), "", SourceLocation.NONE);

  /** Stands for a byte that is not UTF-8 (0xFF) in the generated text. */
  private static final String BAD_BYTE = "\uE000";

  @Property(tries = 400)
  void quickScanAndJacksonReadEveryLineAlike(@ForAll("files") String file) throws IOException {
    assertThat(read(file, true)).isEqualTo(read(file, false));
  }

  @Property(tries = 200)
  void rowsAreTheSameWhereverTheyCrossTheBuffersEnd(@ForAll("files") String file,
      @ForAll @IntRange(min = 1, max = 64) int bufferSize) throws IOException {
    Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(bytes(file)), bufferSize, Utf8Lines.MAX_LINE_CHARS);
    assertThat(read(new JsonLinesTableReader(lines, "t.jsonl", TABLE, true))).isEqualTo(read(file, false));
  }

  @Example
  void ordinaryLinesAreAllReadQuickly() throws IOException {
    String file = "\uFEFF{\"s\":\"caf\u00e9 \\\"x\\\"\",\"i\":-12,\"d\":1.50e-3,\"b\":true,\"day\":null,"
        + "\"o\":{\"K\":[1,\"v\",null,{}]},\"a\":[ \"1A\", \"2B\" ]}\r\n"
        + "{ \"s\" : \"\\ud83d\\ude00\" , \"o\" : { } }\n";
    try (JsonLinesTableReader reader = reader(file, true)) {
      CellText[] first = reader.nextCells(new ReportedProblems());
      assertThat(first).extracting(c -> c == null ? null : c.toString()).containsExactly("caf\u00e9 \"x\"", "-12",
          "1.50e-3", "true", null, "{\"K\":[1,\"v\",null,{}]}", "[\"1A\",\"2B\"]");
      assertThat(reader.nextCells(new ReportedProblems())[0].toString()).isEqualTo("\uD83D\uDE00");
      assertThat(reader.nextCells(new ReportedProblems())).isNull();
      assertThat(reader.quickRows()).isEqualTo(2);
    }
  }

  /** Rows (number and cells), problems and losses, in the order they came. */
  private static List<String> read(String file, boolean quick) throws IOException {
    return read(reader(file, quick));
  }

  private static List<String> read(JsonLinesTableReader source) throws IOException {
    List<String> seen = new ArrayList<>();
    InputProblems sink = new InputProblems() {
      @Override
      public void report(long row, String rule, boolean error, String message) {
        seen.add("problem " + row + " " + rule + " " + error + " " + message);
      }

      @Override
      public void reportCell(long row, int column, String rule, String value, String message) {
        seen.add("cell " + row + " " + column + " " + rule + " " + value + " " + message);
      }
    };
    try (JsonLinesTableReader reader = source) {
      CellText[] cells;
      while ((cells = reader.nextCells(sink)) != null) {
        List<String> row = new ArrayList<>();
        for (CellText c : cells) {
          row.add(c == null ? null : c.toString());
        }
        seen.add("row " + reader.rowNumber() + " " + row);
      }
      seen.add("incomplete " + reader.incomplete());
    }
    return seen;
  }

  private static JsonLinesTableReader reader(String file, boolean quick) {
    return new JsonLinesTableReader(new ByteArrayInputStream(bytes(file)), "t.jsonl", TABLE, quick);
  }

  /** The file's UTF-8 bytes, with each {@link #BAD_BYTE} made the byte 0xFF. */
  private static byte[] bytes(String file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] parts = file.split(BAD_BYTE, -1);
    for (int i = 0; i < parts.length; i++) {
      out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
      if (i < parts.length - 1) {
        out.write(0xFF);
      }
    }
    return out.toByteArray();
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> line = Arbitraries.frequencyOf(
        Tuple.of(6, object()),
        Tuple.of(2, object().flatMap(JsonLinesQuickScanPropertyTest::damaged)),
        Tuple.of(1, Arbitraries.of("", "  ", "[1]", "\"s\"", "{} {}", "{\"s\":\"x\"} x", "{\"s\":\"\0\"}",
            "\uFEFF{}", "{\"s\":\"a\"")));
    Arbitrary<String> end = Arbitraries.of("\n", "\r\n");
    return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(8), end, Arbitraries.of("", "\uFEFF"))
        .as((lines, lineEnd, bom) -> bom + String.join(lineEnd, lines) + lineEnd);
  }

  private static Arbitrary<String> object() {
    Arbitrary<String> member = Combinators.combine(key(), space(), space(), value())
        .as((k, s1, s2, v) -> k + s1 + ":" + s2 + v);
    return Combinators.combine(member.list().ofMaxSize(6), space(), space())
        .as((members, s1, s2) -> "{" + s1 + String.join("," + s2, members) + s2 + "}");
  }

  private static Arbitrary<String> key() {
    return Arbitraries.of("\"s\"", "\"i\"", "\"d\"", "\"b\"", "\"day\"", "\"o\"", "\"a\"", "\"S\"", "\"\\u0073\"",
        "\"other\"", "\"\"");
  }

  private static Arbitrary<String> space() {
    return Arbitraries.of("", "", "", " ", "\t", "  ");
  }

  private static Arbitrary<String> value() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, string()),
        Tuple.of(3, number()),
        Tuple.of(2, Arbitraries.of("true", "false", "null", "nul", "True", "truex")),
        Tuple.of(3, structure(3)));
  }

  private static Arbitrary<String> string() {
    return Arbitraries.of("a", "Z", " ", "\u00e9", "\uD83D\uDE00", "\u2028", "\\n", "\\\"", "\\\\", "\\/", "\\t",
        "\\u00e9", "\\u00E9", "\\ud83d\\ude00", "\\ud800", "\\x", "\\u12", "\u0001", "\t", "'", "2024-01-31", BAD_BYTE)
        .list().ofMaxSize(6).map(parts -> "\"" + String.join("", parts) + "\"");
  }

  private static Arbitrary<String> number() {
    return Arbitraries.oneOf(
        Arbitraries.of("0", "-0", "7", "-12", "012", "1.5", "12.0", "1e3", "1E+2", "-0.0", "1.", ".5", "-", "+1",
            "1.2e", "123456789012345678", "1234567890123456789012", "NaN"),
        Arbitraries.longs().map(n -> Long.toString(n)));
  }

  private static Arbitrary<String> structure(int depth) {
    Arbitrary<String> inner = depth == 0
        ? Arbitraries.oneOf(string(), number(), Arbitraries.of("true", "null"))
        : Arbitraries.oneOf(string(), number(), Arbitraries.of("true", "null"), structure(depth - 1));
    Arbitrary<String> array = Combinators.combine(inner.list().ofMaxSize(4), space())
        .as((items, s) -> "[" + s + String.join("," + s, items) + s + "]");
    Arbitrary<String> object = Combinators.combine(Arbitraries.of("\"K\"", "\"k 2\"", "\"\\u004b\"", "\"\u00e9\""),
        inner).as((k, v) -> k + ":" + v).list().ofMaxSize(3).map(ms -> "{" + String.join(",", ms) + "}");
    return Arbitraries.oneOf(array, object);
  }

  /** The line with one character dropped, replaced or added, or cut short. */
  private static Arbitrary<String> damaged(String line) {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, line.length());
    Arbitrary<String> odd = Arbitraries.of("\"", ",", ":", "{", "]", "\\", "\0", "\u0007", "x", BAD_BYTE);
    return Arbitraries.oneOf(
        at.map(i -> line.substring(0, i)),
        Combinators.combine(at, odd).as((i, c) -> line.substring(0, i) + c + line.substring(i)),
        at.filter(i -> i < line.length()).map(i -> line.substring(0, i) + line.substring(i + 1)));
  }
}
