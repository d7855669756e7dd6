package io.github.ssdkit.validate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The reader gives what the JDK's strict decoder gives over the whole input at once, whether it
 * copies ASCII bytes itself (as without C2) or leaves them to the decoder: the same characters, and a
 * bad byte at the same place naming the same byte, however the bytes arrive and however small the
 * reads. A bad byte shows as {@code <XX>}.
 */
class Utf8ReaderDecodingPropertyTest {

  @Property(tries = 1000)
  void decodesAsTheJdkDecoderDoes(@ForAll("inputs") byte[] bytes, @ForAll @IntRange(min = 1, max = 7) int arriving,
      @ForAll @IntRange(min = 1, max = 9) int reading, @ForAll boolean asciiByHand) throws IOException {
    assertThat(read(bytes, arriving, reading, asciiByHand)).isEqualTo(reference(bytes));
  }

  @Example
  void asciiIsCopiedByHandOnlyWhenTheJvmRunsWithoutC2() {
    assertThat(Utf8Reader.withoutC2("mixed mode, emulated-client, sharing")).isTrue();
    assertThat(Utf8Reader.withoutC2("interpreted mode, sharing")).isTrue();
    assertThat(Utf8Reader.withoutC2("mixed mode, sharing")).isFalse();
    assertThat(Utf8Reader.withoutC2("")).isFalse();
  }

  @Example
  void aFourByteCharacterSplitAcrossArrivalsAndReadsIsOnePair() throws IOException {
    byte[] bytes = "a\uD83D\uDE00b".getBytes(StandardCharsets.UTF_8);
    assertThat(read(bytes, 1, 1, true)).isEqualTo("a\uD83D\uDE00b");
    assertThat(read(bytes, 1, 1, false)).isEqualTo("a\uD83D\uDE00b");
  }

  @Example
  void overlongTruncatedAndSurrogateSequencesAreBadBytes() throws IOException {
    byte[] bytes = {'a', (byte) 0xC0, (byte) 0xAF, 'b', (byte) 0xE2, (byte) 0x82, 'c', (byte) 0xED, (byte) 0xA0,
        (byte) 0x80, 'd', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, 'e', (byte) 0xE2, (byte) 0x82};
    String read = read(bytes, 3, 4, true);
    assertThat(read(bytes, 3, 4, false)).isEqualTo(read);
    assertThat(read).isEqualTo(reference(bytes)).startsWith("a<C0>").contains("b<E2>c<ED>").contains("d<F4>")
        .endsWith("e<E2>");
  }

  /** Everything the reader gives, reading {@code reading} characters at a time from a stream giving {@code arriving} bytes at a time. */
  private static String read(byte[] bytes, int arriving, int reading, boolean asciiByHand) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Utf8Reader in = new Utf8Reader(new TricklingStream(bytes, arriving), asciiByHand)) {
      char[] buffer = new char[reading];
      while (true) {
        try {
          int n = in.read(buffer, 0, reading);
          if (n < 0) {
            return out.toString();
          }
          out.append(buffer, 0, n);
        } catch (Utf8Reader.BadByte e) {
          out.append('<').append(e.getMessage(), 7, 9).append('>');
        }
      }
    }
  }

  /** The JDK's strict decoder over the whole input, stepping over each malformed sequence as it says. */
  private static String reference(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(2 * bytes.length + 2);
    StringBuilder text = new StringBuilder();
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (!r.isError()) {
        return text.append(out.flip()).toString();
      }
      text.append(out.flip()).append(String.format("<%02X>", in.get(in.position()) & 0xFF));
      out.clear();
      in.position(in.position() + r.length());
    }
  }

  /**
   * Text that is mostly ASCII and characters of two, three and four bytes, with the bytes that make
   * UTF-8 go wrong mixed in: stray continuation bytes, overlong and surrogate leads, leads past
   * U+10FFFF, and characters cut short. Never a UTF-16 byte-order mark first.
   */
  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<byte[]> pieces = Arbitraries.oneOf(
        Arbitraries.of("a", "\n", "{\"k\":1}", "\u00e9", "\u07ff", "\u0800", "\u20ac", "\ud7ff", "\ue000", "\ufeff",
            "\uffee", "\uD800\uDC00", "\uD83D\uDE00", "\uDBFF\uDFFF").map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of(0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF,
            0xA0, 0x9F, 0x90, 0x8F).map(b -> new byte[] {(byte) (int) b}),
        Arbitraries.of("\u20ac", "\uD83D\uDE00").map(s -> {
          byte[] whole = s.getBytes(StandardCharsets.UTF_8);
          return java.util.Arrays.copyOf(whole, whole.length - 1); // cut short
        }));
    return pieces.list().ofMaxSize(30).map(Utf8ReaderDecodingPropertyTest::join)
        .filter(b -> b.length < 2 || !((b[0] & 0xFF) >= 0xFE && (b[1] & 0xFF) >= 0xFE));
  }

  private static byte[] join(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
