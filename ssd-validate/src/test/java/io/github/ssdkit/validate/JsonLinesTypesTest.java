package io.github.ssdkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.DirectorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines are typed: a value of the wrong JSON type is a type error, not text to be converted as CSV text is. */
class JsonLinesTypesTest {

  @TempDir
  Path dir;

  private ValidationReport validate(String... lines) throws Exception {
    Files.writeString(dir.resolve("ssd_person.jsonl"), String.join("\n", lines) + "\n");
    return Validator.of(Extracts.mini()).validate(DirectorySource.jsonLines(dir)).report();
  }

  @Test
  void valuesOfTheWrongJsonTypeAreTypeErrorsOfTheirColumn() throws Exception {
    ValidationReport report = validate(
        "{\"pers_person_id\":\"1\",\"pers_sex\":true}",
        "{\"pers_person_id\":\"2\",\"pers_sdq_score\":\"12\"}",
        "{\"pers_person_id\":3,\"pers_dob\":20100501}",
        "{\"pers_person_id\":\"4\",\"pers_is_mother\":false}");

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 1 type.json-value pers_sex",
        "ssd_person 2 type.json-value pers_sdq_score", "ssd_person 3 type.json-value pers_dob",
        "ssd_person 3 type.json-value pers_person_id", "ssd_person 4 type.json-value pers_is_mother");
    assertThat(report.issues()).extracting(Issue::message).containsExactly(
        "pers_sex holds the JSON boolean true; expected a JSON string",
        "pers_sdq_score holds the JSON string \"12\"; expected a JSON number (a whole number)",
        "pers_dob holds the JSON number 20100501; expected a JSON string",
        "pers_person_id holds the JSON number 3; expected a JSON string",
        "pers_is_mother holds the JSON boolean false; expected a JSON string");
    assertThat(report.issues()).extracting(Issue::key).containsExactly("1", "2", "3", "3", "4");
    // the value is there, so no follow-on "is empty" or code error
    assertThat(report.ruleCounts()).containsOnlyKeys("type.json-value");
  }

  @Test
  void numbersInNumberColumnsAreFineAndAWholeDecimalIsAWholeNumber() throws Exception {
    ValidationReport report = validate(
        "{\"pers_person_id\":\"1\",\"pers_sdq_score\":12}",
        "{\"pers_person_id\":\"2\",\"pers_sdq_score\":12.0}",
        "{\"pers_person_id\":\"3\",\"pers_sdq_score\":1.2e1}",
        "{\"pers_person_id\":\"4\",\"pers_sdq_score\":12.5}");

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 4 type.integer pers_sdq_score");
    assertThat(report.issues().get(0).message()).isEqualTo("pers_sdq_score '12.5' is not a whole number");
  }
}
