package io.github.ssdkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
  void everyChildHasADateOfBirthBeforeAllTheirRows() throws IOException {
    // The bundled date of birth is a datetime; only date columns were taken as the birth date, so
    // 95% of children had none and the few written were random, some after the child's referrals.
    Spec spec = SpecLoader.bundled().orThrow();
    SampleGenerator.builder(spec).children(200).seed(4).build().generate(tmp);
    Table person = spec.table("ssd_person").orElseThrow();
    java.util.Map<String, String> births = new java.util.HashMap<>();
    List<String[]> people = Csv.read(tmp.resolve("ssd_person.csv"));
    int dob = List.of(people.get(0)).indexOf("pers_dob");
    for (String[] row : people.subList(1, people.size())) {
      assertThat(row[dob]).as("date of birth of %s", row[0]).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00");
      births.put(row[0], row[dob].substring(0, 10));
    }
    int checked = 0;
    for (Table t : spec.tables()) {
      int owner = -1;
      for (int i = 0; i < t.fields().size(); i++) {
        FieldRef ref = t.fields().get(i).references();
        if (ref != null && ref.table().equals(person.name()) && t != person) {
          owner = i;
          break;
        }
      }
      if (owner < 0) {
        continue;
      }
      List<String[]> rows = Csv.read(tmp.resolve(t.name() + ".csv"));
      for (String[] row : rows.subList(1, rows.size())) {
        for (int i = 0; i < row.length; i++) {
          if (t.fields().get(i).type().isTemporal() && !row[i].isEmpty() && births.containsKey(row[owner])) {
            assertThat(row[i].substring(0, 10)).as("%s.%s", t.name(), t.fields().get(i).name())
                .isGreaterThan(births.get(row[owner]));
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
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

  /** People of a 2,000-child sample of the full spec: id to date of birth. */
  private java.util.Map<String, java.time.LocalDate> sampleOf2000(Spec spec) throws IOException {
    SampleResult result = SampleGenerator.builder(spec).children(2000).seed(1).build().generate(tmp);
    assertThat(result.problem()).isNull();
    java.util.Map<String, java.time.LocalDate> births = new java.util.HashMap<>();
    List<String[]> people = Csv.read(tmp.resolve("ssd_person.csv"));
    int dob = List.of(people.get(0)).indexOf("pers_dob");
    for (String[] row : people.subList(1, people.size())) {
      births.put(row[0], java.time.LocalDate.parse(row[dob].substring(0, 10)));
    }
    return births;
  }

  private static int personColumn(Table t) {
    for (int i = 0; i < t.fields().size(); i++) {
      FieldRef ref = t.fields().get(i).references();
      if (ref != null && ref.table().equals("ssd_person")) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void noChildrensServicesEventIsDatedOnOrAfterThe18thBirthday() throws IOException {
    // Ages were drawn 0-17 only, so no care leaver was 18 or over; young adults now exist, and
    // their contacts, referrals, plans and periods of care must all have happened before 18.
    Spec spec = SpecLoader.bundled().orThrow();
    java.util.Map<String, java.time.LocalDate> births = sampleOf2000(spec);
    java.time.LocalDate extract = SampleGenerator.extractDate(spec);
    long adults = births.values().stream().filter(b -> !b.plusYears(18).isAfter(extract)).count();
    assertThat(adults).as("people 18 or over").isBetween(2000 / 25L, 2000 / 8L);
    Set<String> limited = new TreeSet<>();
    int checked = 0;
    int adultCells = 0;
    for (Table t : spec.tables()) {
      int owner = personColumn(t);
      int endAge = DomainProfile.of(t.domain()).endAge();
      if (owner < 0 || t.name().equals("ssd_person") || endAge <= 0) {
        continue;
      }
      limited.add(t.domain());
      List<String[]> rows = Csv.read(tmp.resolve(t.name() + ".csv"));
      for (String[] row : rows.subList(1, rows.size())) {
        java.time.LocalDate birth = births.get(row[owner]);
        for (int i = 0; i < row.length; i++) {
          if (birth != null && t.fields().get(i).type().isTemporal() && !row[i].isEmpty()) {
            assertThat(java.time.LocalDate.parse(row[i].substring(0, 10)))
                .as("%s.%s of %s", t.name(), t.fields().get(i).name(), row[owner])
                .isBefore(birth.plusYears(endAge));
            checked++;
            if (!birth.plusYears(18).isAfter(extract)) {
              adultCells++;
            }
          }
        }
      }
    }
    assertThat(limited).contains("contacts", "cin", "cp", "cla", "early_help").doesNotContain("care_leavers");
    assertThat(checked).isGreaterThan(10_000);
    assertThat(adultCells).as("dates in the childhood of people now 18 or over").isGreaterThan(100);
  }

  @Test
  void mostCareLeaversAre18OrOverAndSomeRowsAreDatedAfterIt() throws IOException {
    Spec spec = SpecLoader.bundled().orThrow();
    java.util.Map<String, java.time.LocalDate> births = sampleOf2000(spec);
    java.time.LocalDate extract = SampleGenerator.extractDate(spec);
    Table leavers = spec.tables().stream().filter(t -> t.domain().equals("care_leavers")).findFirst()
        .orElseThrow();
    int owner = personColumn(leavers);
    List<String[]> rows = Csv.read(tmp.resolve(leavers.name() + ".csv"));
    Set<String> all = new TreeSet<>();
    Set<String> adults = new TreeSet<>();
    int datedAfter18 = 0;
    for (String[] row : rows.subList(1, rows.size())) {
      java.time.LocalDate birth = births.get(row[owner]);
      all.add(row[owner]);
      if (!birth.plusYears(18).isAfter(extract)) {
        adults.add(row[owner]);
      }
      assertThat(birth.plusYears(22).isAfter(extract)).as("care leaver %s is 21 or under", row[owner]).isTrue();
      for (int i = 0; i < row.length; i++) {
        if (leavers.fields().get(i).type().isTemporal() && !row[i].isEmpty()
            && !java.time.LocalDate.parse(row[i].substring(0, 10)).isBefore(birth.plusYears(18))) {
          datedAfter18++;
        }
      }
    }
    assertThat(all).hasSizeGreaterThan(20);
    assertThat(adults.size() * 2).as("care leavers 18 or over, of " + all.size()).isGreaterThan(all.size());
    assertThat(datedAfter18).isPositive();
  }

  @Test
  void datesOfDeathAreRareAndNoRowOfThePersonIsDatedAfterIt() throws IOException {
    // Optional person dates were filled 5% of the time, so about one child in twenty had died,
    // most with contacts, plans and placements dated after their death.
    Spec spec = SpecLoader.bundled().orThrow();
    SampleGenerator.builder(spec).children(5000).seed(1).build().generate(tmp);
    java.util.Map<String, String> deaths = new java.util.HashMap<>();
    List<String[]> people = Csv.read(tmp.resolve("ssd_person.csv"));
    int death = List.of(people.get(0)).indexOf("pers_death_date");
    for (String[] row : people.subList(1, people.size())) {
      if (!row[death].isEmpty()) {
        deaths.put(row[0], row[death].substring(0, 10));
      }
    }
    assertThat(deaths.size()).as("people with a date of death").isBetween(1, 5000 / 100);
    int checked = 0;
    for (Table t : spec.tables()) {
      int owner = personColumn(t);
      if (owner < 0 || t.name().equals("ssd_person")) {
        continue;
      }
      List<String[]> rows = Csv.read(tmp.resolve(t.name() + ".csv"));
      for (String[] row : rows.subList(1, rows.size())) {
        String died = deaths.get(row[owner]);
        for (int i = 0; i < row.length; i++) {
          if (died != null && t.fields().get(i).type().isTemporal() && !row[i].isEmpty()) {
            assertThat(row[i].substring(0, 10)).as("%s.%s of %s", t.name(), t.fields().get(i).name(), row[owner])
                .isLessThanOrEqualTo(died);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void fewerChildrenGoOnToEachLaterStepOfTheChildProtectionFunnel() throws IOException {
    // Every child in the cp domain had an enquiry, a conference and a plan, in equal numbers.
    Spec spec = SpecLoader.bundled().orThrow();
    sampleOf2000(spec);
    SpecShape shape = SpecShape.of(spec).orElseThrow();
    java.util.Map<String, Set<String>> children = new java.util.HashMap<>();
    for (Table t : spec.tables()) {
      int owner = personColumn(t);
      if (owner >= 0 && !t.name().equals("ssd_person")) {
        Set<String> ids = new TreeSet<>();
        List<String[]> rows = Csv.read(tmp.resolve(t.name() + ".csv"));
        rows.subList(1, rows.size()).forEach(r -> ids.add(r[owner]));
        children.put(t.name(), ids);
      }
    }
    int steps = 0;
    for (Table t : spec.tables()) {
      if (DomainProfile.of(t.domain()).step() >= 1 || !children.containsKey(t.name())) {
        continue;
      }
      for (String earlier : shape.earlierSteps(t)) {
        assertThat(children.get(earlier)).as("children of %s also in %s", t.name(), earlier)
            .containsAll(children.get(t.name()));
        if (shape.isStep(t)) {
          assertThat(children.get(t.name()).size()).as("children of %s", t.name())
              .isLessThan(children.get(earlier).size() * 4 / 5);
          steps++;
        }
      }
    }
    assertThat(steps).isEqualTo(2);
    assertThat(children.get("ssd_s47_enquiry").size()).isGreaterThan(children.get("ssd_initial_cp_conference").size());
    assertThat(children.get("ssd_initial_cp_conference").size()).isGreaterThan(children.get("ssd_cp_plans").size());
    // Visits and reviews follow a plan; they are not thinned further.
    assertThat(children.get("ssd_cp_visits").size()).isGreaterThan(children.get("ssd_cp_plans").size() * 9 / 10);
  }
}
