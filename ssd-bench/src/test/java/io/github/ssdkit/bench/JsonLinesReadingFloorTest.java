package io.github.ssdkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.bench.ReadingFloor.Counts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLinesReadingFloorTest {

  private static Counts read(String jsonl) throws IOException {
    return JsonLinesReadingFloor.read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void countsLinesWithAnythingOnThemAndTheRowObjectsKeys() throws IOException {
    Counts c = read("{\"a\":\"1\",\"b\":null}\n\n  \n{\"a\":2}");
    assertThat(c.rows()).isEqualTo(2);
    assertThat(c.fields()).isEqualTo(3);
    assertThat(c.bytes()).isEqualTo(30);
  }

  @Test
  void colonsInsideStringsAndNestedStructuresAreNotKeysOfTheRow() throws IOException {
    Counts c = read("{\"a\":\"x:y \\\":\\\" z\",\"j\":{\"K\":[1,{\"L\":2}]}}\n");
    assertThat(c.rows()).isEqualTo(1);
    assertThat(c.fields()).isEqualTo(2);
  }

  @Test
  void decodesMultiByteCharactersAsOneCodePointEachAndCountsMalformedUtf8() throws IOException {
    String text = "{\"name\":\"Zoë 😀\"}\n";
    assertThat(read(text).codePoints()).isEqualTo(text.codePointCount(0, text.length()));
    byte[] bad = {'{', '}', '\n', (byte) 0xC3, 'x', '\n', (byte) 0xFF, '\n', (byte) 0xE2, (byte) 0x82};
    Counts c = JsonLinesReadingFloor.read(new ByteArrayInputStream(bad));
    assertThat(c.malformed()).isEqualTo(3);
    assertThat(c.rows()).isEqualTo(4);
  }
}
