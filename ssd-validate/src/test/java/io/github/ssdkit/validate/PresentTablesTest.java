package io.github.ssdkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.report.TextReportWriter;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.RowsSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress and the text report show the tables an extract holds and count the absent in one line. */
class PresentTablesTest {

  private final Spec spec = SpecLoader.bundled().orThrow();

  @Test
  void onlyPresentTablesAreListedAndTheAbsentAreCounted() throws Exception {
    List<String> progress = new ArrayList<>();
    ValidationReport report = Validator.of(spec).withProgress(progress::add)
        .validate(RowsSource.named("one table").table("ssd_person", List.of(Map.of("pers_person_id", "P1"))))
        .report();
    int absent = spec.tables().size() - 1;

    assertThat(progress).hasSize(2);
    assertThat(progress.get(0)).startsWith("ssd_person: 1 rows; 1 rows in 1 tables so far");
    assertThat(progress.get(1)).isEqualTo(absent + " tables absent (no file), read as empty");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TextReportWriter(10).write(report, out);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).anyMatch(l -> l.startsWith("VALID: 1 rows in 1 tables"));
    assertThat(lines).filteredOn(l -> l.startsWith("ssd_")).singleElement().asString().startsWith("ssd_person ");
    assertThat(lines).contains(absent + " more tables absent (no file; read as empty, listed in the JSON report)");
    assertThat(report.tables()).hasSize(spec.tables().size());
  }
}
