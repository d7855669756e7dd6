package io.github.ssdkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ssdkit.model.code.AssessmentFactorsCode;
import io.github.ssdkit.model.code.PlacementType;
import io.github.ssdkit.model.code.Sex;
import io.github.ssdkit.model.code.YesNo;
import io.github.ssdkit.model.json.ReferralOutcome;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.model.meta.SsdTables;
import io.github.ssdkit.model.runtime.SsdJson;
import io.github.ssdkit.model.runtime.SsdJsonException;
import io.github.ssdkit.model.runtime.TableInfo;
import io.github.ssdkit.model.table.AssessmentFactors;
import io.github.ssdkit.model.table.CinEpisode;
import io.github.ssdkit.model.table.ClaPlacement;
import io.github.ssdkit.model.table.Person;
import io.github.ssdkit.model.table.VersionLogEntry;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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

  @Test
  void aNestedJsonRecordAndAListOfCodesRoundTripAndTheEnumOfATablesCodesNeedsNoQualifiedName() {
    CinEpisode referral = CinEpisode.builder().referralId("R1").personId("C1")
        .referralOutcomeJson(ReferralOutcome.builder().nfaFlag(YesNo.Y).numberOfOutcomes(1).build()).build();
    // AssessmentFactors is the table's record; its code set's enum is AssessmentFactorsCode
    AssessmentFactors factors = AssessmentFactors.builder().tableId("F1").assessmentId("A1")
        .assessmentFactorsJson(List.of(AssessmentFactorsCode._1A, AssessmentFactorsCode.fromCode("21"))).build();

    assertThat(SsdJson.write(referral)).contains("\"cine_referral_outcome_json\":{\"SINGLE_ASSESSMENT_FLAG\":null,\"NFA_FLAG\":\"Y\"");
    assertThat(SsdJson.write(factors)).contains("\"cinf_assessment_factors_json\":[\"1A\",\"21\"]");
    assertThat(SsdJson.read(SsdJson.write(referral), CinEpisode.class)).isEqualTo(referral);
    assertThat(SsdJson.read(SsdJson.write(factors), AssessmentFactors.class)).isEqualTo(factors);
  }

  @Test
  void aBuilderFailsFastOnAMissingRequiredColumnNamingIt() {
    assertThatThrownBy(() -> Person.builder().sex(Sex.F).build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("pers_person_id is required: set personId before build()");
    assertThatThrownBy(() -> CinEpisode.builder().referralId("R1").build())
        .hasMessageStartingWith("cine_person_id is required");
    // reading is not building: a row without its key still reads, for the validator to report
    assertThat(SsdJson.read("{\"pers_sex\":\"F\"}", Person.class).personId()).isNull();
  }

  @Test
  void dateTimesAreReadAsExtractsHoldThem() {
    assertThat(dob("2020-01-01")).isEqualTo(LocalDateTime.of(2020, 1, 1, 0, 0));
    assertThat(dob("2020-01-01 10:11:12")).isEqualTo(LocalDateTime.of(2020, 1, 1, 10, 11, 12));
    assertThat(dob("2020-01-01T10:11:12.123")).isEqualTo(LocalDateTime.of(2020, 1, 1, 10, 11, 12, 123_000_000));
    assertThat(dob("2020-01-01 10:11:12.1234567")).isEqualTo(LocalDateTime.of(2020, 1, 1, 10, 11, 12, 123_456_700));
    assertThat(dob("2020-01-01 10:11:12.123456789")).isEqualTo(LocalDateTime.of(2020, 1, 1, 10, 11, 12, 123_456_789));
    assertThat(dob("")).isNull();
    // what java.time alone would take, but extracts may not hold (the validator refuses it too)
    assertThatThrownBy(() -> dob("2020-01-01T10:11")).isInstanceOf(SsdJsonException.class);
    assertThatThrownBy(() -> dob("2023-02-30")).isInstanceOf(SsdJsonException.class)
        .hasMessageStartingWith("ssd_person.pers_dob: '2023-02-30' is not a date-time");
    // a date column takes a date-time at midnight, as SQL Server exports it, and nothing later
    assertThat(SsdJson.read("{\"version_number\":\"1\",\"release_date\":\"2024-05-01T00:00:00.000\"}", VersionLogEntry.class)
        .releaseDate()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThatThrownBy(() -> SsdJson.read("{\"version_number\":\"1\",\"release_date\":\"2024-05-01T10:00:00\"}", VersionLogEntry.class))
        .isInstanceOf(SsdJsonException.class).hasMessageStartingWith("ssd_version_log.release_date: '2024-05-01T10:00:00' is not a date");
  }

  @Test
  void dateTimesAreWrittenWithSecondsAndEveryFractionDigitSoNothingIsCut() {
    Person p = Person.builder().personId("C1").dob(LocalDateTime.of(2020, 1, 1, 10, 11)).build();
    assertThat(SsdJson.write(p)).contains("\"pers_dob\":\"2020-01-01T10:11:00\"");
    assertThat(SsdJson.write(p.toBuilder().dob(LocalDateTime.of(2020, 1, 1, 10, 11, 12, 123_456_789)).build()))
        .contains("\"pers_dob\":\"2020-01-01T10:11:12.123456789\"");
    assertThat(SsdJson.write(p.toBuilder().dob(LocalDateTime.of(2020, 1, 1, 10, 11, 12, 120_000_000)).build()))
        .contains("\"pers_dob\":\"2020-01-01T10:11:12.12\"");
  }

  @Test
  void unknownColumnsFailReadWithTheirNameAndAreSkippedOnRequest() {
    String row = "{\"pers_person_id\":\"C1\",\"la_local_flag\":{\"x\":[1]},\"pers_sex\":\"F\"}";

    assertThatThrownBy(() -> SsdJson.read(row, Person.class)).isInstanceOf(SsdJsonException.class)
        .hasMessage("ssd_person.la_local_flag: not a column of ssd_person (readIgnoringUnknownColumns skips such columns)")
        .satisfies(e -> assertThat(((SsdJsonException) e).column()).isEqualTo("la_local_flag"));
    assertThat(SsdJson.readIgnoringUnknownColumns(row, Person.class))
        .isEqualTo(Person.builder().personId("C1").sex(Sex.F).build());
  }

  @Test
  void codesAliasesWithdrawnCodesNullsAndEmptyStringsAreRead() {
    assertThat(SsdJson.read("{\"pers_person_id\":\"C1\",\"pers_sex\":\"1\"}", Person.class).sex()).isEqualTo(Sex.M);
    assertThat(SsdJson.read("{\"clap_cla_placement_id\":\"P1\",\"clap_cla_placement_type\":\"H5\"}", ClaPlacement.class)
        .claPlacementType()).isEqualTo(PlacementType.H5);
    assertThat(SsdJson.read("{\"pers_person_id\":\"C1\",\"pers_sex\":null,\"pers_dob\":null}", Person.class))
        .isEqualTo(Person.builder().personId("C1").build());
    assertThat(SsdJson.read("{\"pers_person_id\":\"C1\",\"pers_sex\":\"\"}", Person.class).sex()).isNull();
    assertThatThrownBy(() -> SsdJson.read("{\"pers_person_id\":\"C1\",\"pers_sex\":\"Q\"}", Person.class))
        .isInstanceOf(SsdJsonException.class).hasMessage("ssd_person.pers_sex: 'Q' is not a code of sex; expected one of: M, F, U");
    assertThatThrownBy(() -> SsdJson.read("{\"cinf_table_id\":\"F1\",\"cinf_assessment_factors_json\":[\"1A\",\"ZZ\"]}",
        AssessmentFactors.class)).isInstanceOf(SsdJsonException.class)
        .hasMessageStartingWith("ssd_assessment_factors.cinf_assessment_factors_json[1]: 'ZZ' is not a code of assessment_factors");
    assertThatThrownBy(() -> SsdJson.read("{\"pers_person_id\":", Person.class)).isInstanceOf(SsdJsonException.class)
        .hasMessageStartingWith("ssd_person: not valid JSON");
  }

  @Test
  void jsonColumnsAreReadFromJsonOrFromAStringHoldingItAndUndeclaredKeysAreIgnored() {
    CinEpisode expected = CinEpisode.builder().referralId("R1").personId("C1")
        .referralOutcomeJson(ReferralOutcome.builder().nfaFlag(YesNo.Y).build()).build();

    assertThat(SsdJson.read("{\"cine_referral_id\":\"R1\",\"cine_person_id\":\"C1\",\"cine_referral_outcome_json\":{\"NFA_FLAG\":\"Y\",\"LOCAL_KEY\":1}}",
        CinEpisode.class)).isEqualTo(expected);
    assertThat(SsdJson.read("{\"cine_referral_id\":\"R1\",\"cine_person_id\":\"C1\",\"cine_referral_outcome_json\":\"{\\\"NFA_FLAG\\\":\\\"Y\\\"}\"}",
        CinEpisode.class)).isEqualTo(expected);
    assertThat(SsdJson.read("{\"cine_referral_id\":\"R1\",\"cine_referral_outcome_json\":\"\"}", CinEpisode.class)
        .referralOutcomeJson()).isNull();
    assertThat(SsdJson.read("{\"cinf_table_id\":\"F1\",\"cinf_assessment_factors_json\":\"[\\\"1A\\\"]\"}", AssessmentFactors.class)
        .assessmentFactorsJson()).containsExactly(AssessmentFactorsCode._1A);
  }

  private static LocalDateTime dob(String text) {
    return SsdJson.read("{\"pers_person_id\":\"C1\",\"pers_dob\":\"" + text + "\"}", Person.class).dob();
  }
}
