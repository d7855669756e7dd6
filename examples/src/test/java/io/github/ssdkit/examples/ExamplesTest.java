package io.github.ssdkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.sample.SampleGenerator;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.source.DirectorySource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples run, and the bundled sample extract is a valid SSD extract. */
class ExamplesTest {

  /** Maven runs tests in the module folder; the extract lives beside the sources. */
  static final Path SAMPLE = Path.of("sample-extract");

  @Test
  void theBundledSampleExtractIsValid() {
    ValidationResult result = Validator.of(SpecLoader.bundled().orThrow()).validate(DirectorySource.csv(SAMPLE));

    assertThat(result.isUsable()).isTrue();
    assertThat(result.report().issues()).filteredOn(i -> i.isError()).isEmpty();
    assertThat(result.report().rows()).isGreaterThan(5_000);
    assertThat(result.report().tables()).allSatisfy(t -> assertThat(t.present()).isTrue());
  }

  /** A spec change that the bundled extract does not follow fails here, naming the stale files. */
  @Test
  void theBundledSampleExtractIsWhatTheGeneratorMakesFromTodaysSpec(@TempDir Path dir) throws Exception {
    SampleGenerator.builder(SpecLoader.bundled().orThrow()).children(300).seed(1).build().generate(dir);

    List<String> stale = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path fresh : files.sorted().toList()) {
        Path bundled = SAMPLE.resolve(fresh.getFileName().toString());
        if (!Files.exists(bundled) || Files.mismatch(fresh, bundled) != -1) {
          stale.add(fresh.getFileName().toString());
        }
      }
    }
    assertThat(stale)
        .as("regenerate with: ./ssd sample --out examples/sample-extract --children 300 --seed 1 --overwrite")
        .isEmpty();
  }

  @Test
  void embeddingTheModel() throws Exception {
    String out = run(() -> EmbedModelExample.main(new String[0]));

    assertThat(out).contains("\"pers_person_id\":\"C1234\"").contains("\"pers_sex\":\"F\"")
        .contains("round trip equal: true").contains("local columns skipped: C1234 F").contains("tables: 48");
  }

  @Test
  void validatingThroughTheLibrary() throws Exception {
    String out = run(() -> ValidateExtractExample.main(new String[] {SAMPLE.toString()}));

    assertThat(out).startsWith("valid:");
  }

  @Test
  void exportingTablesAsAvro(@TempDir Path dir) throws Exception {
    String out = run(() -> AvroExportExample.main(new String[] {SAMPLE.toString(), dir.toString()}));

    assertThat(out).contains("ssd_person");
    long csvRows = Files.readAllLines(SAMPLE.resolve("ssd_cin_episodes.csv")).size() - 1;
    long avroRows = 0;
    try (DataFileReader<GenericRecord> reader =
        new DataFileReader<>(dir.resolve("ssd_cin_episodes.avro").toFile(), new GenericDatumReader<>())) {
      for (GenericRecord r : reader) {
        assertThat(r.get("cine_referral_id")).isNotNull();
        avroRows++;
      }
    }
    assertThat(avroRows).isEqualTo(csvRows).isPositive();
  }

  @Test
  void validatingRecordsHeldInMemory() throws Exception {
    String out = run(() -> ValidateRecordsExample.main(new String[0]));

    assertThat(out.strip().lines()).containsExactly(
        "2 pattern.nhs-number pers_common_child_id '9434765918' has a wrong check digit (modulus 11)");
  }

  interface Main {
    void run() throws Exception;
  }

  private static String run(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
