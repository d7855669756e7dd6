package io.github.ssdkit.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.Range;
import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.WithdrawalBasis;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ModelCodecTest {

  @Test
  void recordsAndLeavesComeBackEqualWithDecimalScaleKept() throws IOException {
    CodeValue code = new CodeValue("H5", "Semi-independent living", LocalDate.of(2025, 4, 1), WithdrawalBasis.START,
        List.of("H05"), "", Lifecycle.DEPRECATED, "1.0.0", new SourceLocation("codesets/placement.yaml", 12, 5));
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put("b", 2L);
    map.put("a", null);
    List<Object> values = List.of(code, new Range(new BigDecimal("1.50"), new BigDecimal("40")), Set.of("x"), map,
        List.of("H5", "H5", "H5"), true, false, 7);

    List<Object> back = roundTrip(values);

    assertThat(back).isEqualTo(values);
    assertThat(((Range) back.get(1)).min().scale()).isEqualTo(2);
  }

  @Test
  void aRepeatedTextIsWrittenOnce() throws IOException {
    String text = "a description long enough to notice when it is written twice";
    int once = encode(List.of(text)).length;
    int thrice = encode(List.of(text, text, text)).length;

    assertThat(thrice - once).isLessThan(text.length());
  }

  @Test
  void aSetOfTextsGivesTheSameBytesWhateverItsIterationOrder() throws IOException {
    byte[] one = encode(new LinkedHashSet<>(List.of("ssd_person.a", "ssd_cla.b", "ssd_cin.c")));
    byte[] other = encode(new LinkedHashSet<>(List.of("ssd_cin.c", "ssd_person.a", "ssd_cla.b")));

    assertThat(one).isEqualTo(other);
  }

  @Test
  void aTypeTheCodecDoesNotKnowFailsTheWriteInsteadOfBeingDropped() {
    assertThatThrownBy(() -> encode(List.of(UUID.randomUUID())))
        .isInstanceOf(IOException.class).hasMessageContaining("java.util.UUID");
  }

  @Test
  void aClassOutsideTheSpecModelIsRefusedNotInstantiated() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeByte(13);
    out.writeInt(-1);
    out.writeUTF("java.lang.ProcessBuilder");

    assertThatThrownBy(() -> reader(bytes.toByteArray()).read())
        .isInstanceOf(IOException.class).hasMessageContaining("refused type java.lang.ProcessBuilder");
  }

  private static List<Object> roundTrip(List<Object> values) throws IOException {
    ModelCodec.Reader reader = reader(encode(values));
    @SuppressWarnings("unchecked")
    List<Object> back = (List<Object>) reader.read();
    return back;
  }

  private static byte[] encode(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ModelCodec.Writer(new DataOutputStream(bytes)).write(value);
    return bytes.toByteArray();
  }

  private static ModelCodec.Reader reader(byte[] bytes) {
    return new ModelCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes)));
  }
}
