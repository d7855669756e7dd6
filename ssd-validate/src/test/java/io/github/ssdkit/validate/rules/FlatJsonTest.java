package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.source.CellText;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flat reader of JSON cells answers exactly as the Jackson path does, or leaves the cell to it. */
class FlatJsonTest {

  private static final List<String> CELLS = List.of(
      "{\"OUTCOME_NFA_FLAG\":\"Y\",\"COMMENTS\":\"fine\"}",
      " { \"OUTCOME_NFA_FLAG\" : \"N\" , \"COMMENTS\" : null } ",
      "{}",
      "{\"outcome_nfa_flag\":\"Y\"}",
      "{\"OUTCOME_NFA_FLAG\":\"X\"}",
      "{\"OUTCOME_NFA_FLAG\":\"\"}",
      "{\"OUTCOME_NFA_FLAG\":true}",
      "{\"OUTCOME_NFA_FLAG\":1}",
      "{\"OUTCOME_NFA_FLAG\":-1.5e3}",
      "{\"OUTCOME_NFA_FLAG\":01}",
      "{\"OUTCOME_NFA_FLAG\":1.}",
      "{\"OUTCOME_NFA_FLAG\":\"Y\",}",
      "{\"OUTCOME_NFA_FLAG\":\"Y\"} x",
      "{\"OUTCOME_NFA_FLAG\":\"Y\"",
      "{\"UNKNOWN\":\"Y\",\"COMMENTS\":\"" + "c".repeat(201) + "\"}",
      "{\"COMMENTS\":\"with \\\"escaped\\\" quotes\"}",
      "{\"COMMENTS\":{\"nested\":1}}",
      "{\"UNKNOWN\":[1,2]}",
      "{\"COMMENTS\":\"tab\there\"}",
      "[\"Y\"]",
      "\"Y\"",
      "truex",
      "{\"OUTCOME_NFA_FLAG\":nul}",
      "{\"OUTCOME_NFA_FLAG\":\"Y\" \"COMMENTS\":\"a\"}",
      "{\"OUTCOME_NFA_FLAG\":\"Y\",\"OUTCOME_NFA_FLAG\":\"X\"}");

  @Test
  void everyCellGetsTheSameVerdictAndIssuesEitherWay() throws Exception {
    Spec spec = mini();
    Field field = spec.table("ssd_person").orElseThrow().field("pers_outcome_json").orElseThrow();

    for (String cell : CELLS) {
      RecordingRow fast = new RecordingRow();
      RecordingRow jackson = new RecordingRow();
      boolean fastOk = new JsonCheck(field, spec, true).check(cell, fast);
      boolean jacksonOk = new JsonCheck(field, spec, false).check(cell, jackson);

      assertThat(fastOk).as(cell).isEqualTo(jacksonOk);
      assertThat(fast.reports).as(cell).isEqualTo(jackson.reports);
    }
  }

  @Test
  void aViewOfAReadersBufferGetsTheSameVerdictAndIssuesAsAString() throws Exception {
    Spec spec = mini();
    Field field = spec.table("ssd_person").orElseThrow().field("pers_outcome_json").orElseThrow();
    JsonCheck viewed = new JsonCheck(field, spec, true);
    JsonCheck plain = new JsonCheck(field, spec, true);

    for (int pass = 0; pass < 2; pass++) { // the second pass meets the remembered cells
      for (String cell : CELLS) {
        char[] buffer = ("x," + cell + ",y").toCharArray();
        RecordingRow fromView = new RecordingRow();
        RecordingRow fromString = new RecordingRow();
        boolean viewOk = viewed.check(new CellText().view(buffer, 2, cell.length()), fromView);
        boolean stringOk = plain.check(cell, fromString);

        assertThat(viewOk).as(cell).isEqualTo(stringOk);
        assertThat(fromView.reports).as(cell).isEqualTo(fromString.reports);
      }
    }
  }

  @Test
  void takesOnlyWhatItIsSureOf() {
    FlatJson flat = new FlatJson();
    String cell = "{\"A\":\"x\",\"B\":-0.5,\"C\":null}";

    assertThat(flat.scan(cell)).isTrue();
    assertThat(flat.size()).isEqualTo(3);
    assertThat(cell.substring(flat.nameStart(1), flat.nameEnd(1))).isEqualTo("B");
    assertThat(List.of(0, 1, 2)).extracting(e -> cell.substring(flat.valueStart(e), flat.valueEnd(e)))
        .containsExactly("x", "-0.5", "null");
    assertThat(List.of(0, 1, 2)).extracting(flat::token)
        .containsExactly(JsonToken.VALUE_STRING, JsonToken.VALUE_NUMBER_FLOAT, JsonToken.VALUE_NULL);
    assertThat(flat.scan("{\"A\":\"\\u0041\"}")).isFalse();
    assertThat(flat.scan("{\"A\":{}}")).isFalse();
    assertThat(flat.scan("{\"A\":+1}")).isFalse();
    assertThat(flat.scan("{\"A\":1}{")).isFalse();
  }

  @Test
  void reusesItsArraysForObjectsOfAnySize() {
    FlatJson flat = new FlatJson();
    StringBuilder big = new StringBuilder("{");
    for (int i = 0; i < 40; i++) {
      big.append(i == 0 ? "" : ",").append("\"K").append(i).append("\":").append(i);
    }
    String cell = big.append('}').toString();

    assertThat(flat.scan(cell)).isTrue();
    assertThat(flat.size()).isEqualTo(40);
    assertThat(cell.substring(flat.valueStart(39), flat.valueEnd(39))).isEqualTo("39");
    assertThat(flat.scan("{}")).isTrue();
    assertThat(flat.size()).isZero();
  }

  private static Spec mini() throws URISyntaxException {
    return SpecLoader.load(Path.of(FlatJsonTest.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent()).orThrow();
  }
}
