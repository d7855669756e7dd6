package io.github.ssdkit.validate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {

  @Test
  void everyCharacterBeforeABadByteComesFirst() throws IOException {
    byte[] text = "ab\ncd".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(text, text.length + 2);
    bytes[text.length] = (byte) 0xE9;
    bytes[text.length + 1] = 'x';
    Reader in = new Utf8Reader(new ByteArrayInputStream(bytes));
    char[] buffer = new char[100];

    assertThat(new String(buffer, 0, in.read(buffer, 0, 100))).isEqualTo("ab\ncd");
    assertThatThrownBy(() -> in.read(buffer, 0, 100)).isInstanceOf(Utf8Reader.BadByte.class)
        .hasMessageStartingWith("byte 0xE9 is not valid UTF-8");
  }

  @Test
  void readingGoesOnAfterABadByteWhichFailsOnlyOnce() throws IOException {
    Reader in = new Utf8Reader(new ByteArrayInputStream(new byte[] {'a', (byte) 0xE9, 'b', (byte) 0xC3, '(', 'c'}));
    char[] buffer = new char[100];
    StringBuilder read = new StringBuilder();
    int failures = 0;
    while (true) {
      try {
        int n = in.read(buffer, 0, 100);
        if (n < 0) {
          break;
        }
        read.append(buffer, 0, n);
      } catch (Utf8Reader.BadByte e) {
        failures++;
      }
    }

    assertThat(read).hasToString("ab(c");
    assertThat(failures).isEqualTo(2);
  }

  @Test
  void oneCharacterAtATimeSplitsSurrogatePairs() throws IOException {
    String text = "a\uD83D\uDE00\u00e9";
    Reader in = new Utf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    StringBuilder read = new StringBuilder();
    for (int c; (c = in.read()) >= 0; ) {
      read.append((char) c);
    }

    assertThat(read).hasToString(text);
  }

  @Test
  void aUtf16ByteOrderMarkFailsAtOnce() {
    byte[] bytes = "\uFEFFab".getBytes(StandardCharsets.UTF_16BE);

    assertThatThrownBy(() -> new Utf8Reader(new ByteArrayInputStream(bytes)).read(new char[8], 0, 8))
        .isInstanceOf(Utf8Reader.Utf16.class);
  }
}
