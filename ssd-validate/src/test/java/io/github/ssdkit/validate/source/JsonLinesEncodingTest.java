package io.github.ssdkit.validate.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bytes of a JSON Lines file as the reader takes them: characters of two, three and four bytes
 * wherever the reads and the line buffer end, a byte-order mark, CRLF, and bytes that are not
 * UTF-8 (overlong, cut short, an encoded surrogate) named with their line and character.
 */
class JsonLinesEncodingTest {

  private static final Table TABLE = new Table("t", "", "", Lifecycle.RELEASED, "", List.of("s"), List.of(
      Field.builder("s", LogicalType.STRING).build(), Field.builder("n", LogicalType.INTEGER).build()),
      List.of(), "", SourceLocation.NONE);

  private static final String NOT_UTF8 = " is not valid UTF-8 (is the file Windows-1252 or Latin-1? save it as UTF-8);"
      + " the row was not checked";

  @Test
  void charactersOfEveryLengthReadTheSameWhereverReadsAndBuffersEnd() throws IOException {
    byte[] file = utf8("\uFEFF{\"s\":\"caf\u00e9\",\"n\":1}\r\n{\"s\":\"\u20ac\uD83D\uDE00\u00e9\"}\r\n"
        + "{\"n\":2,\"s\":\"\uDBFF\uDFFF\u07ff\u0800\"}\n");
    List<String> expected = List.of("[caf\u00e9, 1]", "[\u20ac\uD83D\uDE00\u00e9, null]",
        "[\uDBFF\uDFFF\u07FF\u0800, 2]", "problems []");
    for (int each = 1; each <= 5; each++) {
      for (int buffer = 1; buffer <= 40; buffer++) {
        assertThat(read(file, each, buffer, Utf8Lines.MAX_LINE_CHARS)).as("%d bytes a read, buffer %d", each, buffer)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void badBytesNameTheirLineAndCharacterAndCostOnlyTheirLine() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(utf8("\uFEFF{\"s\":\"a\u00e9"));
    file.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF}); // an overlong '/'
    file.writeBytes(utf8("\"}\r\n{\"s\":\"\uD83D\uDE00"));
    file.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x82}); // a euro sign cut short
    file.writeBytes(utf8("\"}\n{\"s\":\"ok\"}\n{\"s\":\""));
    file.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // a surrogate, encoded
    file.writeBytes(utf8("\"}\n{\"n\":3}\n{\"s\":\"x"));
    file.writeBytes(new byte[] {(byte) 0xF0, (byte) 0x9F}); // a four-byte character cut short by the end
    for (int each = 1; each <= 4; each++) {
      for (int buffer : new int[] {1, 7, 16, 1 << 16}) {
        assertThat(read(file.toByteArray(), each, buffer, Utf8Lines.MAX_LINE_CHARS)).containsExactly("[ok, null]",
            "[null, 3]", "problems [input.encoding t.jsonl line 1, character 9: byte 0xC0" + NOT_UTF8
                + ", input.encoding t.jsonl line 2, character 9: byte 0xE2" + NOT_UTF8
                + ", input.encoding t.jsonl line 4, character 7: byte 0xED" + NOT_UTF8
                + ", input.encoding t.jsonl line 6, character 8: byte 0xF0" + NOT_UTF8 + "]");
      }
    }
  }

  @Test
  void aLineLongerThanAllowedIsReportedAndTheNextIsRead() throws IOException {
    byte[] file = utf8("{\"s\":\"" + "\u00e9".repeat(40) + "\"}\r\n{\"s\":\"\u20ac\"}\r\n");
    assertThat(read(file, 3, 8, 30)).containsExactly("[\u20ac, null]", "problems [input.row-too-large t.jsonl line 1:"
        + " the line is longer than 30 characters; the row was not checked]");
  }

  /** Each row's cells, then the problems reported. */
  private static List<String> read(byte[] file, int each, int buffer, int maxLine) throws IOException {
    List<String> out = new ArrayList<>();
    ReportedProblems problems = new ReportedProblems();
    Utf8Lines lines = new Utf8Lines(new TricklingStream(file, each), buffer, maxLine);
    try (JsonLinesTableReader reader = new JsonLinesTableReader(lines, "t.jsonl", TABLE, true)) {
      for (CellText[] row = reader.nextCells(problems); row != null; row = reader.nextCells(problems)) {
        out.add("[" + row[0] + ", " + row[1] + "]");
      }
    }
    out.add("problems " + problems);
    return out;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
