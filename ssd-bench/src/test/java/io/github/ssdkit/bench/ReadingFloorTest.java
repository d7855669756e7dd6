package io.github.ssdkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.bench.ReadingFloor.Counts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadingFloorTest {

  private static Counts read(String csv) throws IOException {
    return ReadingFloor.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void countsRowsAfterTheHeaderAndEveryField() throws IOException {
    Counts c = read("a,b,c\n1,2,3\n4,,6\n");
    assertThat(c.rows()).isEqualTo(2);
    assertThat(c.fields()).isEqualTo(9);
    assertThat(c.bytes()).isEqualTo(17);
  }

  @Test
  void separatorsAndLineEndsInsideQuotesDoNotSplit() throws IOException {
    Counts c = read("a,b\n\"x,\n\"\"y\"\"\",2\nlast,row");
    assertThat(c.rows()).isEqualTo(2);
    assertThat(c.fields()).isEqualTo(6);
  }

  @Test
  void decodesMultiByteCharactersAsOneCodePointEach() throws IOException {
    Counts c = read("name\nZoë 😀\n");
    assertThat(c.codePoints()).isEqualTo("name\nZoë 😀\n".codePointCount(0, "name\nZoë 😀\n".length()));
    assertThat(c.malformed()).isZero();
  }

  @Test
  void countsMalformedUtf8() throws IOException {
    byte[] bad = {'a', '\n', (byte) 0xC3, 'x', '\n', (byte) 0xFF, '\n', (byte) 0xE2, (byte) 0x82};
    Counts c = ReadingFloor.read(new ByteArrayInputStream(bad));
    assertThat(c.malformed()).isEqualTo(3);
    assertThat(c.rows()).isEqualTo(3);
  }
}
