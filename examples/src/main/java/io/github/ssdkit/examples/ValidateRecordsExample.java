package io.github.ssdkit.examples;

import io.github.ssdkit.model.code.Sex;
import io.github.ssdkit.model.table.Person;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.RowsSource;
import java.time.LocalDateTime;
import java.util.List;

/** Validates records a program holds, without writing files: the records go to the validator as they are. */
public final class ValidateRecordsExample {

  private ValidateRecordsExample() {}

  public static ValidationReport validate(List<Person> people) {
    ValidationResult result = Validator.of(SpecLoader.bundled().orThrow())
        .validate(RowsSource.named("people in memory").records(Person.class, people));
    return result.report();
  }

  public static void main(String[] args) {
    Person ok = Person.builder().personId("P1").sex(Sex.M).dob(LocalDateTime.of(2012, 1, 1, 0, 0)).build();
    Person badNhs = Person.builder().personId("P2").commonChildId("9434765918").build();
    ValidationReport report = validate(List.of(ok, badNhs));
    report.issues().forEach(i -> System.out.println(i.row() + " " + i.rule() + " " + i.message()));
  }
}
