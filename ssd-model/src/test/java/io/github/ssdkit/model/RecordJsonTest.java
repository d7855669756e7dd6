package io.github.ssdkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ssdkit.model.code.PlacementType;
import io.github.ssdkit.model.code.Sex;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.model.meta.SsdTables;
import io.github.ssdkit.model.runtime.SsdJson;
import io.github.ssdkit.model.runtime.TableInfo;
import io.github.ssdkit.model.table.Person;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Records read and write JSON with SSD column names, for every table. */
class RecordJsonTest {

  private final Spec spec = SpecLoader.bundled().orThrow();

  @Test
  void aPersonWrittenAsJsonUsesSsdColumnNamesAndReadsBackEqual() throws Exception {
    Person child = Person.builder().personId("C1").sex(Sex.F).dob(LocalDateTime.of(2015, 3, 14, 0, 0)).build();

    String json = SsdJson.write(child);

    assertThat(json).contains("\"pers_person_id\":\"C1\"").contains("\"pers_sex\":\"F\"")
        .contains("\"pers_dob\":\"2015-03-14T00:00:00\"");
    assertThat(SsdJson.read(json, Person.class)).isEqualTo(child);
    assertThat(child.toBuilder().sex(Sex.M).build().sex()).isEqualTo(Sex.M);
  }

  @Test
  void codeEnumsKnowTheirCodesLabelsAndAliases() {
    assertThat(Sex.fromCode("1")).isEqualTo(Sex.M);
    assertThat(Sex.F.label()).isEqualTo("Female");
    assertThatThrownBy(() -> Sex.fromCode("X")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("M, F, U");
  }

  @Test
  void withdrawnCodesStayReadableAndSayWhenTheyStoppedBeingValid() {
    assertThat(PlacementType.fromCode("H5").withdrawnOn()).contains(LocalDate.of(2025, 4, 1));
    assertThat(PlacementType.H5.isValidOn(LocalDate.of(2024, 6, 30))).isTrue();
    assertThat(PlacementType.H5.isValidOn(LocalDate.of(2025, 4, 1))).isFalse();
    assertThat(PlacementType.K2.withdrawnOn()).isEmpty();
    assertThat(PlacementType.K2.isValidOn(LocalDate.of(2030, 1, 1))).isTrue();
  }

  @Test
  void everyTableRoundTripsThroughJson() throws Exception {
    SampleRows rows = new SampleRows(spec);
    assertThat(SsdTables.ALL).hasSize(spec.tables().size());
    for (TableInfo info : SsdTables.ALL) {
      Table table = spec.table(info.name()).orElseThrow();
      assertThat(info.columns()).isEqualTo(table.fieldNames());
      assertThat(info.primaryKey()).isEqualTo(table.primaryKey());
      JsonNode row = rows.row(table);

      Record record = SsdJson.read(row.toString(), info.recordType());
      String written = SsdJson.write(record);

      assertThat(SsdJson.read(written, info.recordType())).as(info.name()).isEqualTo(record);
      assertThat(SampleRows.JSON.readTree(written).size()).as(info.name()).isEqualTo(table.fields().size());
    }
    assertThat(PersonTable.NAME).isEqualTo("ssd_person");
  }
}
