package io.github.ssdkit.validate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Lines come out the same whatever the buffer's size, so wherever they cross its end: each line's
 * text without LF or CRLF, and its first problem (a byte that is not UTF-8, a line too long) with
 * where in the line it is. A small model of the rules is the reference.
 */
class Utf8LinesTest {

  /** Stands for the byte 0xFF, which is not UTF-8, in the generated text. */
  private static final char BAD = '\uE000';

  @Property(tries = 300)
  void linesAreTheSameWhereverTheyCrossTheBuffersEnd(@ForAll("texts") String text,
      @ForAll @IntRange(min = 1, max = 40) int bufferSize, @ForAll @IntRange(min = 1, max = 30) int maxLine)
      throws IOException {
    assertThat(read(text, bufferSize, maxLine)).isEqualTo(model(text, maxLine));
  }

  @Example
  void aCrlfSplitByTheBuffersEndIsStillOneLineBreak() throws IOException {
    assertThat(read("abc\r\ndef\r\n", 4, 100)).containsExactly("abc", "def");
  }

  @Example
  void aLineLongerThanTheBufferGrowsItAndKeepsItsNeighbours() throws IOException {
    String longLine = "x".repeat(1000);
    assertThat(read("a\n" + longLine + "\nb", 8, 10_000)).containsExactly("a", longLine, "b");
  }

  @Example
  void aLineTooLongIsCutAndSaysWhere() throws IOException {
    assertThat(read("0123456789abc\nok\n", 4, 10)).containsExactly(
        "0123456789 [input.row-too-large at 10: the line is longer than 10 characters]", "ok");
  }

  @Example
  void aBadByteNamesItsLineAndItsPlaceInTheLine() throws IOException {
    assertThat(read("ok\nab" + BAD + "cd\nok", 3, 100)).containsExactly("ok",
        "abcd [input.encoding at 2: byte 0xFF is not valid UTF-8 (is the file Windows-1252 or Latin-1? save it as UTF-8)]",
        "ok");
  }

  @Example
  void aByteOrderMarkIsLeftToTheReaderAsTheFirstCharacter() throws IOException {
    assertThat(read("\uFEFF{}\n", 2, 100)).containsExactly("\uFEFF{}");
  }

  @Example
  void utf16FailsTheFirstLine() {
    byte[] utf16 = "\uFEFF{}\n".getBytes(StandardCharsets.UTF_16LE);
    Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(utf16));
    assertThatThrownBy(lines::advance).isInstanceOf(CharacterCodingException.class).hasMessageContaining("UTF-16");
  }

  /** Each line as its text, with its problem in brackets. */
  private static List<String> read(String text, int bufferSize, int maxLine) throws IOException {
    List<String> out = new ArrayList<>();
    try (Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(bytes(text)), bufferSize, maxLine)) {
      while (lines.advance()) {
        String line = new String(lines.chars(), lines.start(), lines.length());
        out.add(lines.problem() == null ? line
            : line + " [" + lines.problemRule() + " at " + lines.problemAt() + ": " + lines.problem() + "]");
      }
    }
    return out;
  }

  /**
   * The rules, read off the whole text at once: lines end at LF (a last empty one does not count),
   * a bad byte is dropped and is the line's problem, unless the line has more than
   * {@code maxLine} characters before it: then the line is cut there and that is its problem. A CR
   * at the end of what is kept goes.
   */
  private static List<String> model(String text, int maxLine) {
    List<String> out = new ArrayList<>();
    String[] raw = text.split("\n", -1);
    for (int n = 0; n < raw.length; n++) {
      if (n == raw.length - 1 && raw[n].isEmpty()) {
        break;
      }
      StringBuilder kept = new StringBuilder();
      String problem = null;
      for (char c : raw[n].toCharArray()) {
        if (c == BAD && problem == null && kept.length() <= maxLine) {
          problem = "input.encoding at " + kept.length() + ": byte 0xFF is not valid UTF-8"
              + " (is the file Windows-1252 or Latin-1? save it as UTF-8)";
        } else if (c != BAD) {
          kept.append(c);
        }
      }
      if (kept.length() > maxLine) {
        kept.setLength(maxLine);
        problem = problem != null ? problem
            : "input.row-too-large at " + maxLine + ": the line is longer than " + maxLine + " characters";
      }
      if (kept.length() > 0 && kept.charAt(kept.length() - 1) == '\r') {
        kept.setLength(kept.length() - 1);
      }
      out.add(problem == null ? kept.toString() : kept + " [" + problem + "]");
    }
    return out;
  }

  /** The text's UTF-8 bytes, with each {@link #BAD} made the byte 0xFF. */
  private static byte[] bytes(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String part : text.split(String.valueOf(BAD), -1)) {
      out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
      out.write(0xFF);
    }
    byte[] all = out.toByteArray();
    return Arrays.copyOf(all, all.length - 1);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("a", "b", "z", " ", "\n", "\r", "\r\n", "\u00e9", "\uD83D\uDE00", "\u2028", "\uFEFF",
        String.valueOf(BAD)).list().ofMaxSize(60).map(parts -> String.join("", parts));
  }
}
