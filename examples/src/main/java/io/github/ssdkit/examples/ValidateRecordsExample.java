package io.github.ssdkit.examples;

import io.github.ssdkit.model.code.Sex;
import io.github.ssdkit.model.runtime.SsdJson;
import io.github.ssdkit.model.table.Person;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.RowsSource;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Validates records a program holds, without writing files: records become maps of SSD columns. */
public final class ValidateRecordsExample {

  private ValidateRecordsExample() {}

  public static ValidationReport validate(List<Person> people) {
    List<Map<String, Object>> rows = people.stream()
        .map(p -> SsdJson.mapper().<Map<String, Object>>convertValue(p, new com.fasterxml.jackson.core.type.TypeReference<>() { }))
        .toList();
    ValidationResult result = Validator.of(SpecLoader.bundled().orThrow())
        .validate(RowsSource.named("people in memory").table("ssd_person", rows));
    return result.report();
  }

  public static void main(String[] args) {
    Person ok = Person.builder().personId("P1").sex(Sex.M).dob(LocalDateTime.of(2012, 1, 1, 0, 0)).build();
    Person badNhs = Person.builder().personId("P2").commonChildId("9434765918").build();
    ValidationReport report = validate(List.of(ok, badNhs));
    report.issues().forEach(i -> System.out.println(i.row() + " " + i.rule() + " " + i.message()));
  }
}
