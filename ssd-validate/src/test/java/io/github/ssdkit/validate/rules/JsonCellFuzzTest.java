package io.github.ssdkit.validate.rules;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of the JSON-cell reader: the flat-object fast path and Jackson must give
 * every cell the same verdict and the same issues (the fast path hands anything it is unsure of to
 * Jackson), and neither may throw.
 */
class JsonCellFuzzTest {

  private static final Spec SPEC = mini();
  private static final List<Field> FIELDS = List.of(
      SPEC.table("ssd_person").orElseThrow().field("pers_outcome_json").orElseThrow(),
      SPEC.table("ssd_cla_episodes").orElseThrow().field("clae_factors_json").orElseThrow());

  @FuzzTest(maxDuration = "4s") // when fuzzing inside verify; the long runs set their own limit
  void bothPathsGiveTheSameVerdict(byte[] data) {
    fuzzerTestOneInput(data);
  }

  /** The entry point of Jazzer's command line, for the long runs. */
  public static void fuzzerTestOneInput(byte[] data) {
    String cell = new String(data, StandardCharsets.UTF_8);
    for (Field field : FIELDS) {
      RecordingRow fast = new RecordingRow();
      RecordingRow jackson = new RecordingRow();
      boolean fastOk = new JsonCheck(field, SPEC, true).check(cell, fast);
      boolean jacksonOk = new JsonCheck(field, SPEC, false).check(cell, jackson);
      if (fastOk != jacksonOk || !fast.reports.equals(jackson.reports)) {
        throw new AssertionError(field.name() + " '" + cell + "': fast " + fastOk + " " + fast.reports + ", Jackson "
            + jacksonOk + " " + jackson.reports);
      }
    }
  }

  private static Spec mini() {
    try {
      return SpecLoader.load(Path.of(JsonCellFuzzTest.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent())
          .orThrow();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
