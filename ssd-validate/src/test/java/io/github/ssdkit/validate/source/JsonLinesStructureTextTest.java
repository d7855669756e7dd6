package io.github.ssdkit.validate.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * JSON columns of JSON Lines come back as compact JSON text, one cell after another from the
 * reader's one generator, also after a row whose structure broke off half-way.
 */
class JsonLinesStructureTextTest {

  @Test
  void everyStructureIsWrittenAloneAndCompactEvenAfterABrokenOne() throws Exception {
    String lines = String.join("\n",
        "{\"pers_person_id\":\"1\",\"pers_outcome_json\": { \"OUTCOME_NFA_FLAG\" : \"Y\" , \"N\" : [1, 2] } }",
        "{\"pers_person_id\":\"2\",\"pers_outcome_json\":{\"A\":[1,{\"B\":}",
        "{\"pers_person_id\":\"3\",\"pers_outcome_json\":{\"COMMENTS\":\"\\u00e9 \\\"q\\\"\"}}",
        "{\"pers_person_id\":\"4\",\"pers_outcome_json\":{}}") + "\n";
    Table person = SpecLoader.load(Path.of(getClass().getResource("/specs/mini/ssd.yaml").toURI()).getParent())
        .orThrow().table("ssd_person").orElseThrow();
    int column = person.fieldNames().indexOf("pers_outcome_json");
    ReportedProblems problems = new ReportedProblems();

    try (JsonLinesTableReader reader = new JsonLinesTableReader(
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "ssd_person.jsonl", person)) {
      assertThat(reader.next(problems)[column]).isEqualTo("{\"OUTCOME_NFA_FLAG\":\"Y\",\"N\":[1,2]}");
      String[] third = reader.next(problems); // the second row is skipped
      assertThat(reader.rowNumber()).isEqualTo(3);
      assertThat(third[column]).isEqualTo("{\"COMMENTS\":\"é \\\"q\\\"\"}");
      assertThat(reader.next(problems)[column]).isEqualTo("{}");
      assertThat(reader.next(problems)).isNull();
    }
    assertThat(problems.rowsSkipped()).isEqualTo(1);
  }
}
