package io.github.ssdkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real target: the full SSD spec bundled with ssd-spec. */
class BundledSpecTest {

  @TempDir Path tmp;

  @Test
  void cleanSampleOfTheFullSpecBreaksNoRuleAndFillsEveryTable() throws IOException {
    Spec spec = SpecLoader.bundled().orThrow();
    SampleResult result = SampleGenerator.builder(spec).children(300).seed(1).build().generate(tmp);
    assertThat(result.problem()).isNull();
    assertThat(result.notes()).isEmpty();
    for (Table t : spec.tables()) {
      assertThat(result.rowsPerTable().get(t.name())).as(t.name()).isPositive();
    }
    assertThat(new ExtractChecker(spec, tmp).check()).isEmpty();
  }

  @Test
  void everyErrorInjectedIntoTheFullSpecIsFoundAndNothingElse() throws IOException {
    Spec spec = SpecLoader.bundled().orThrow();
    SampleResult result = SampleGenerator.builder(spec).children(300).seed(2).errorRate(0.05).build()
        .generate(tmp);
    Set<String> expected = new TreeSet<>();
    result.injectedErrors().forEach(e -> expected.add(e.table() + "#" + e.row() + ":" + e.kind()));
    assertThat(expected).hasSize(result.injectedErrors().size()).isNotEmpty();
    assertThat(new ExtractChecker(spec, tmp).check()).isEqualTo(expected);
  }
}
