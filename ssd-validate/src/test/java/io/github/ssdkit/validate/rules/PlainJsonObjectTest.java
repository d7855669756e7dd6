package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass answer takes only cells that are surely clean, and the full check then gives every
 * cell, taken or not, the same verdict and issues as Jackson's path. The column is the CIN
 * assessment outcome: yes/no flags, a whole number and free text.
 */
class PlainJsonObjectTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();
  private static final Field OUTCOME =
      SPEC.table("ssd_cin_assessments").orElseThrow().field("cina_assessment_outcome_json").orElseThrow();

  @ParameterizedTest
  @ValueSource(strings = {
      "{}",
      " { } ",
      "{\"NFA_FLAG\":\"Y\",\"LEGAL_ACTION_FLAG\":\"N\",\"TOTAL_NO_OF_OUTCOMES\":3,\"COMMENTS\":\"Seen at home\"}",
      "{ \"NFA_FLAG\" : \"Y\" ,\n\t\"COMMENTS\" :\r\n\"é and 😀\" }",
      "{\"NFA_FLAG\":\"\",\"TOTAL_NO_OF_OUTCOMES\":null,\"COMMENTS\":\"\"}",
      "{\"NFA_FLAG\":\"Y\",\"NFA_FLAG\":\"N\"}",
      "{\"NFA_S47_END_FLAG\":\"N\",\"NFA_FLAG\":\"Y\"}",
      "{\"TOTAL_NO_OF_OUTCOMES\":-12,\"COMMENTS\":\"{}[]:,\"}",
  })
  void takesCleanFlatObjects(String cell) {
    assertThat(plain().accepts(cell)).as(cell).isTrue();
    assertSameAsJackson(cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"NFA\\u005FFLAG\":\"Y\"}", // a unicode escape in a key spells a declared key all the same
      "{\"NFA_FLAG\":\"\\u0059\"}", // and in a value, a current code
      "{\"COMMENTS\":\"said \\\"no\\\"\"}",
      "{\"nfa_flag\":\"Y\"}", // another case: the full check matches it
      "{\"NOT_DECLARED\":\"Y\"}",
      "{\"NFA_FLAG\":\"1\"}", // an alias: a warning
      "{\"NFA_FLAG\":\"X\"}",
      "{\"NFA_FLAG\":\"Y\",\"NFA_FLAG\":\"X\"}", // a repeated key whose second value is wrong
      "{\"NFA_FLAG\":\"YY\"}",
      "{\"NFA_FLA\":\"Y\"}",
      "{\"NFA_FLAGS\":\"Y\"}",
      "{\"TOTAL_NO_OF_OUTCOMES\":\"3\"}", // a number written as a string
      "{\"TOTAL_NO_OF_OUTCOMES\":3.5}",
      "{\"TOTAL_NO_OF_OUTCOMES\":01}",
      "{\"COMMENTS\":{\"NFA_FLAG\":\"Y\"}}",
      "{\"COMMENTS\":[\"Y\"]}",
      "{\"NFA_FLAG\":\"Y\",}",
      "{\"NFA_FLAG\":\"Y\"} x",
      "{\"NFA_FLAG\":\"Y\"",
      "{\"NFA_FLAG\":\"Y",
      "{\"NFA_FLAG\"",
      "{\"NFA_FLAG\":true}",
      "{\"COMMENTS\":\"tab\there\"}",
      "[\"Y\"]",
      "",
  })
  void leavesEverythingElseToTheFullCheck(String cell) {
    assertThat(plain().accepts(cell)).as(cell).isFalse();
    assertSameAsJackson(cell);
  }

  @Test
  void countsCodePointsOnlyForTextLongerInCharsThanItsLimit() {
    JsonKey note = new JsonKey("NOTE", LogicalType.STRING, null, 3, false, "", null);
    PlainJsonObject limited = new PlainJsonObject(List.of(note), new CodeCheck[1]);

    assertThat(limited.accepts("{\"NOTE\":\"abc\"}")).isTrue();
    assertThat(limited.accepts("{\"NOTE\":\"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\"}")).isTrue(); // six chars, three code points
    assertThat(limited.accepts("{\"NOTE\":\"abcd\"}")).isFalse();
    assertThat(limited.accepts("{\"NOTE\":\"ab\uD83D\uDE00\uD83D\uDE00\"}")).isFalse();
    assertThat(limited.accepts("{\"NOTE\":1234}")).isFalse(); // a number in a text key: its characters count
    assertThat(limited.accepts("{\"NOTE\":123}")).isTrue();
  }

  private static PlainJsonObject plain() {
    CodeCheck[] codes = OUTCOME.jsonKeys().stream()
        .map(k -> k.codeSet() == null ? null : new CodeCheck(OUTCOME.name(), SPEC.codeSet(k.codeSet()).orElseThrow()))
        .toArray(CodeCheck[]::new);
    return new PlainJsonObject(OUTCOME.jsonKeys(), codes);
  }

  private static void assertSameAsJackson(String cell) {
    RecordingRow fast = new RecordingRow();
    RecordingRow jackson = new RecordingRow();
    boolean fastOk = new JsonCheck(OUTCOME, SPEC, true).check(cell, fast);
    boolean jacksonOk = new JsonCheck(OUTCOME, SPEC, false).check(cell, jackson);
    assertThat(fastOk).as(cell).isEqualTo(jacksonOk);
    assertThat(fast.reports).as(cell).isEqualTo(jackson.reports);
  }
}
