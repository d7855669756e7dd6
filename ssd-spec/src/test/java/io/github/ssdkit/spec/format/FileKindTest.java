package io.github.ssdkit.spec.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How table files are named, in the one place the validator, the sample generator and the command line read it. */
class FileKindTest {

  @Test
  void aTableFileIsTheTableNameAndTheKindsExtension() {
    assertThat(FileKind.CSV.fileName("ssd_person")).isEqualTo("ssd_person.csv");
    assertThat(FileKind.JSON_LINES.fileName("ssd_person")).isEqualTo("ssd_person.jsonl");
  }

  @Test
  void namesAreMatchedWithoutRegardToCase() {
    assertThat(FileKind.CSV.tableName("SSD_Person.CSV")).contains("ssd_person");
    assertThat(FileKind.of("ssd_person.JSONL")).contains(FileKind.JSON_LINES);
  }

  @Test
  void otherFilesAreNoTableFiles() {
    assertThat(FileKind.CSV.tableName("ssd_person.jsonl")).isEmpty();
    assertThat(FileKind.JSON_LINES.tableName("ssd_person.json")).isEmpty();
    assertThat(FileKind.of("report.txt")).isEmpty();
    assertThat(FileKind.CSV.other()).isEqualTo(FileKind.JSON_LINES);
  }
}
