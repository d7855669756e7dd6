package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every JSON object column of the bundled spec gives random cells built from its own keys the same
 * verdict and the same issues on the flat reader's in-place path as on Jackson's: declared keys in
 * their spelling and in other cases, unknown keys, codes current and withdrawn and wrong, numbers
 * and booleans of the wrong kind, long and non-ASCII text, and some damage; each column also with
 * every other key required.
 */
class JsonCellPropertyTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();
  private static final List<Field> FIELDS = withRequiredKeys(SPEC.tables().stream().flatMap(t -> t.fields().stream())
      .filter(f -> f.type() == LogicalType.JSON_OBJECT && !f.jsonKeys().isEmpty()).toList());

  /** Each column as declared, and again with every other key required (no bundled key is). */
  private static List<Field> withRequiredKeys(List<Field> fields) {
    List<Field> all = new ArrayList<>(fields);
    for (Field f : fields) {
      List<JsonKey> keys = f.jsonKeys();
      String[] everyOther = IntStream.range(0, keys.size()).filter(i -> i % 2 == 0)
          .mapToObj(i -> keys.get(i).name()).toArray(String[]::new);
      all.add(RequiredJsonKeyTest.requiring(f, everyOther));
    }
    return List.copyOf(all);
  }

  @Property(tries = 2000)
  void flatAndJacksonPathsAgree(@ForAll("cells") Cell cell) {
    RecordingRow fast = new RecordingRow();
    RecordingRow jackson = new RecordingRow();
    JsonCheck fastCheck = new JsonCheck(cell.field(), SPEC, true);

    boolean fastOk = fastCheck.check(cell.text(), fast);
    boolean jacksonOk = new JsonCheck(cell.field(), SPEC, false).check(cell.text(), jackson);

    assertThat(fastOk).as(cell.text()).isEqualTo(jacksonOk);
    assertThat(fast.reports).as(cell.text()).isEqualTo(jackson.reports);
    // the same check again: the remembered verdict of a clean cell is the same verdict
    RecordingRow again = new RecordingRow();
    assertThat(fastCheck.check(cell.text(), again)).isEqualTo(jacksonOk);
    assertThat(again.reports).isEqualTo(jackson.reports);
  }

  record Cell(Field field, String text) {}

  @Provide
  Arbitrary<Cell> cells() {
    return Arbitraries.of(FIELDS).flatMap(field -> entry(field).list().ofMaxSize(8)
        .flatMap(entries -> Arbitraries.of("", "", "", " ", "x", ",", "}")
            .map(damage -> new Cell(field, "{" + String.join(",", entries) + "}" + damage))));
  }

  private static Arbitrary<String> entry(Field field) {
    List<String> names = new ArrayList<>();
    for (JsonKey k : field.jsonKeys()) {
      names.add(k.name());
      names.add(k.name().toLowerCase(Locale.ROOT));
    }
    names.add("NOT_DECLARED");
    List<String> codes = new ArrayList<>(List.of("Y", "N", "y", "X", " Y", "0", "1"));
    for (JsonKey k : field.jsonKeys()) {
      if (k.codeSet() != null) {
        SPEC.codeSet(k.codeSet()).map(CodeSet::values).orElse(List.of()).stream().map(CodeValue::code).forEach(codes::add);
      }
    }
    Arbitrary<String> value = Arbitraries.oneOf(
        Arbitraries.of(codes).map(c -> "\"" + c + "\""),
        Arbitraries.of("true", "false", "null", "0", "-12", "3.5", "1e3", "\"12\"", "\"1.5\"", "\"true\"", "\"\"", "01", "{}", "[1]"),
        Arbitraries.strings().withChars("ab Zé\u00a0\uD83D\uDE00\\\"\t").ofMaxLength(12).map(t -> "\"" + t + "\""),
        Arbitraries.integers().between(0, 400).map(n -> "\"" + "w".repeat(n) + "\""));
    return Combinators.combine(Arbitraries.of(names), value, Arbitraries.of(":", " : ", ":\n"))
        .as((name, v, colon) -> "\"" + name + "\"" + colon + v);
  }
}
