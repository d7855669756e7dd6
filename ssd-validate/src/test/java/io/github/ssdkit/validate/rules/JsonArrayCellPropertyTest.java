package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every JSON array column of the bundled spec gives random cells the same verdict and the same
 * issues on the one-pass path as on Jackson's: current, withdrawn, aliased and wrong codes, codes
 * written as numbers, nulls, escapes, nesting, spaces and some damage.
 */
class JsonArrayCellPropertyTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();
  private static final List<Field> FIELDS = SPEC.tables().stream().flatMap(t -> t.fields().stream())
      .filter(f -> f.type() == LogicalType.JSON_ARRAY).toList();

  @Property(tries = 1000)
  void onePassAndJacksonPathsAgree(@ForAll("cells") Cell cell) {
    RecordingRow fast = new RecordingRow();
    RecordingRow jackson = new RecordingRow();

    boolean fastOk = new JsonCheck(cell.field(), SPEC, true).check(cell.text(), fast);
    boolean jacksonOk = new JsonCheck(cell.field(), SPEC, false).check(cell.text(), jackson);

    assertThat(fastOk).as(cell.text()).isEqualTo(jacksonOk);
    assertThat(fast.reports).as(cell.text()).isEqualTo(jackson.reports);
  }

  record Cell(Field field, String text) {}

  @Provide
  Arbitrary<Cell> cells() {
    return Arbitraries.of(FIELDS).flatMap(field -> item(field).list().ofMaxSize(6)
        .flatMap(items -> Arbitraries.of("", "", "", " ", "x", ",", "]", "[")
            .flatMap(damage -> Arbitraries.of(",", " , ", ",\n")
                .map(comma -> new Cell(field, "[" + String.join(comma, items) + "]" + damage)))));
  }

  private static Arbitrary<String> item(Field field) {
    List<String> codes = new ArrayList<>(List.of("Y", "x", " 1A", "", "1a"));
    if (field.codeSet() != null) {
      SPEC.codeSet(field.codeSet()).ifPresent(set -> {
        set.values().stream().map(CodeValue::code).forEach(codes::add);
        set.values().stream().flatMap(v -> v.aliases().stream()).forEach(codes::add);
      });
    }
    return Arbitraries.oneOf(
        Arbitraries.of(codes).map(c -> "\"" + c + "\""),
        Arbitraries.of("null", "true", "false", "20", "-1", "2.5", "01", "{}", "[\"1A\"]", "\"\\u0031A\"", "\"1\\\"A\""));
  }
}
