package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A cell checked in place (codes and aliases found without a String, alias warnings worded once
 * per column) gets the same verdict and issues as its String through the full check, for every
 * code, alias and near miss of every code set of the bundled spec.
 */
class CodeCheckPathsTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();

  @Test
  void inPlaceAndFullChecksAgreeOnEveryCodeAndAlias() {
    int aliases = 0;
    for (CodeSet set : SPEC.codeSets()) {
      CodeCheck check = new CodeCheck("col", set);
      for (String value : values(set)) {
        RecordingRow inPlace = new RecordingRow();
        RecordingRow full = new RecordingRow();

        boolean inPlaceOk = check.check(new StringBuilder(value), inPlace);
        boolean fullOk = check.checkCode(value, full, "col");

        assertThat(inPlaceOk).as(set.id() + " " + value).isEqualTo(fullOk);
        assertThat(inPlace.reports).as(set.id() + " " + value).isEqualTo(full.reports);
        aliases += inPlace.reports.stream().anyMatch(r -> r.contains("code.alias")) ? 1 : 0;
      }
    }
    assertThat(aliases).as("aliases seen").isPositive();
  }

  private static List<String> values(CodeSet set) {
    List<String> values = new ArrayList<>(List.of("", " ", "zz"));
    for (CodeValue v : set.values()) {
      values.add(v.code());
      values.add(v.code() + " ");
      values.add(v.code().toLowerCase(Locale.ROOT));
      values.addAll(v.aliases());
    }
    return values;
  }
}
