package io.github.ssdkit.validate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ssdkit.model.code.Sex;
import io.github.ssdkit.model.json.AddressJson;
import io.github.ssdkit.model.table.Address;
import io.github.ssdkit.model.table.Person;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.Issue;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows an application holds: maps of columns, or the generated records as they are. */
class RowsSourceTest {

  private final Spec spec = SpecLoader.bundled().orThrow();

  @Test
  void recordsAreValidatedAsTheirJsonWouldBe() {
    Person ok = Person.builder().personId("P1").sex(Sex.F).dob(LocalDateTime.of(2012, 1, 1, 10, 0, 0, 123_456_789)).build();
    Person badNhs = Person.builder().personId("P2").commonChildId("9434765918").build();
    Person duplicate = Person.builder().personId("P1").build();

    ValidationResult result = Validator.of(spec)
        .validate(RowsSource.named("app").records(Person.class, List.of(ok, badNhs, duplicate)));

    assertThat(result.report().issues()).filteredOn(Issue::isError)
        .extracting(i -> i.row() + " " + i.rule())
        .containsExactlyInAnyOrder("2 pattern.nhs-number", "3 primary-key.duplicate");
  }

  @Test
  void aJsonColumnRecordIsWrittenAsJsonForTheValidator() {
    Address address = Address.builder().tableId("A1").personId("P1")
        .addressJson(AddressJson.builder().build()).build();

    ValidationResult result = Validator.of(spec).validate(RowsSource.named("app").records(Address.class, List.of(address)));

    assertThat(result.report().issues()).filteredOn(i -> i.rule().startsWith("type.json")).isEmpty();
    assertThat(result.report().tables()).filteredOn(t -> t.table().equals("ssd_address")).singleElement()
        .satisfies(t -> assertThat(t.rows()).isEqualTo(1));
  }

  @Test
  void aClassThatIsNotATableRecordIsRefusedByName() {
    assertThatThrownBy(() -> RowsSource.named("app").records(AddressJson.class, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(AddressJson.class.getName() + " is not the record of an SSD table");
  }

  @Test
  void aMisspeltTableNameMakesTheSourceUnusableWithTheNearestName() {
    ValidationResult result = Validator.of(spec)
        .validate(RowsSource.named("app").table("ssd_persons", List.of(Map.of("pers_person_id", "P1"))));

    assertThat(result.isUsable()).isFalse();
    assertThat(result.unusable()).isEqualTo("'ssd_persons' is not a table of the SSD spec " + spec.version()
        + "; did you mean 'ssd_person'?");
  }

  @Test
  void theBundledSpecIsLoadedOnce() {
    assertThat(SpecLoader.bundled()).isSameAs(SpecLoader.bundled());
  }
}
