package io.github.ssdkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The sample's JSON objects keep every key declared required, also when the column's length leaves
 * room for those keys only; the others come and go.
 */
class JsonObjectValuesTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void requiredKeysAreAlwaysThereEvenWhenTheColumnIsShort() throws Exception {
    Field outcome = SPEC.table("ssd_cin_assessments").orElseThrow().field("cina_assessment_outcome_json").orElseThrow();
    Field required = outcome.toBuilder().maxLength(40).jsonKeys(outcome.jsonKeys().stream()
        .map(k -> k.name().equals("NFA_FLAG")
            ? new JsonKey(k.name(), k.type(), k.codeSet(), k.maxLength(), true, k.description(), k.location()) : k)
        .toList()).build();
    ValueMaker values = new ValueMaker(SPEC);
    SplittableRandom rng = new SplittableRandom(7);

    for (int i = 0; i < 200; i++) {
      String cell = values.make(required, null, rng);
      JsonNode object = JSON.readTree(cell);
      assertThat(cell.length()).as(cell).isLessThanOrEqualTo(40);
      assertThat(object.path("NFA_FLAG").asText()).as(cell).isNotEmpty();
    }
    List<String> unconstrained = IntStream.range(0, 50)
        .mapToObj(i -> values.make(outcome.toBuilder().maxLength(null).build(), null, rng)).toList();
    assertThat(unconstrained).anyMatch(c -> !c.contains("NFA_FLAG")); // an optional key is left out now and then
  }
}
