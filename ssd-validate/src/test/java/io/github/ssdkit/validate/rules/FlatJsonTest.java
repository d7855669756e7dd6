package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
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
  void takesOnlyWhatItIsSureOf() {
    assertThat(FlatJson.parse("{\"A\":\"x\",\"B\":-0.5,\"C\":null}")).extracting(FlatJson.Entry::text)
        .containsExactly("x", "-0.5", "null");
    assertThat(FlatJson.parse("{\"A\":\"\\u0041\"}")).isNull();
    assertThat(FlatJson.parse("{\"A\":{}}")).isNull();
    assertThat(FlatJson.parse("{\"A\":+1}")).isNull();
    assertThat(FlatJson.parse("{\"A\":1}{")).isNull();
  }

  private static Spec mini() throws URISyntaxException {
    return SpecLoader.load(Path.of(FlatJsonTest.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent()).orThrow();
  }
}
