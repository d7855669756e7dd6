package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A JSON key declared {@code required} must hold a value: absent, {@code null} and {@code ""} are
 * each an error under the {@code required} rule, named by column and key, whichever way the cell is
 * read (the one pass, the flat reader or Jackson). The column is the CIN assessment outcome with its
 * NFA_FLAG and COMMENTS keys made required, as an overlay could make them.
 */
class RequiredJsonKeyTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();
  private static final Field OUTCOME = requiring(
      SPEC.table("ssd_cin_assessments").orElseThrow().field("cina_assessment_outcome_json").orElseThrow(),
      "NFA_FLAG", "COMMENTS");
  private static final String NFA_FLAG_MISSING =
      "ERROR required cina_assessment_outcome_json cina_assessment_outcome_json.NFA_FLAG is absent or empty; a value is required";
  private static final String COMMENTS_MISSING =
      "ERROR required cina_assessment_outcome_json cina_assessment_outcome_json.COMMENTS is absent or empty; a value is required";

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"NFA_FLAG\":\"Y\",\"COMMENTS\":\"Seen at home\"}",
      "{ \"COMMENTS\" : \"x\" , \"NFA_FLAG\" : \"N\", \"TOTAL_NO_OF_OUTCOMES\": null }",
      "{\"nfa_flag\":\"Y\",\"comments\":\"key names in another case still count\"}",
      "{\"NFA_FLAG\":\"\",\"NFA_FLAG\":\"Y\",\"COMMENTS\":\"a later value of a repeated key counts\"}",
  })
  void aCellWhoseRequiredKeysHoldValuesIsClean(String cell) {
    assertThat(reports(cell, true)).isEmpty();
    assertThat(reports(cell, false)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{}|2",
      "{\"COMMENTS\":\"no flag\"}|1",
      "{\"NFA_FLAG\":null,\"COMMENTS\":\"a null flag\"}|1",
      "{\"NFA_FLAG\":\"\",\"COMMENTS\":\"an empty flag\"}|1",
      "{\"nfa_flag\":\"\",\"COMMENTS\":\"an empty flag in lower case\"}|1",
      "{\"NFA_FLAG\":\"Y\"}|3",
      "{\"NFA_FLAG\":\"Y\",\"COMMENTS\":\"\"}|3",
      "{\"NFA_FLAG\":\"Y\",\"COMMENTS\":null,\"OTHER\":1}|3",
      "{\"NFA_FLAG\":{\"nested\":1},\"COMMENTS\":null}|3",
  })
  void eachRequiredKeyWithoutAValueIsAnError(String cell, int missing) {
    List<String> expected = switch (missing) {
      case 1 -> List.of(NFA_FLAG_MISSING);
      case 2 -> List.of(NFA_FLAG_MISSING, COMMENTS_MISSING);
      default -> List.of(COMMENTS_MISSING);
    };
    assertThat(plain().accepts(cell)).as(cell).isFalse();
    assertThat(reports(cell, true)).as(cell).filteredOn(r -> r.contains(" required ")).isEqualTo(expected);
    assertThat(reports(cell, true)).as("the fast paths report as Jackson's does").isEqualTo(reports(cell, false));
  }

  private static List<String> reports(String cell, boolean fastPath) {
    RecordingRow row = new RecordingRow();
    boolean ok = new JsonCheck(OUTCOME, SPEC, fastPath).check(cell, row);
    assertThat(ok).as("clean exactly when nothing is reported: " + cell).isEqualTo(row.reports.stream().noneMatch(r -> r.startsWith("ERROR")));
    return row.reports;
  }

  private static PlainJsonObject plain() {
    CodeCheck[] codes = OUTCOME.jsonKeys().stream()
        .map(k -> k.codeSet() == null ? null : new CodeCheck(OUTCOME.name(), SPEC.codeSet(k.codeSet()).orElseThrow()))
        .toArray(CodeCheck[]::new);
    return new PlainJsonObject(OUTCOME.jsonKeys(), codes);
  }

  /** The field with the named keys made required. */
  static Field requiring(Field field, String... names) {
    List<String> required = List.of(names);
    return field.toBuilder().jsonKeys(field.jsonKeys().stream()
        .map(k -> required.contains(k.name())
            ? new JsonKey(k.name(), k.type(), k.codeSet(), k.maxLength(), true, k.description(), k.location()) : k)
        .toList()).build();
  }
}
