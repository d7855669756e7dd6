package io.github.ssdkit.spec.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.Table;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When a spec record gains a property, this fails until the differ is taught what a change to it
 * does to data; until then such a change is reported as breaking, never dropped.
 */
class UnclassifiedTest {

  private static List<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  @Test
  void everyPropertyOfTheSpecRecordsIsClassified() {
    assertThat(TableChanges.TABLE_COMPONENTS).containsExactlyInAnyOrderElementsOf(components(Table.class));
    assertThat(FieldChanges.FIELD_COMPONENTS).containsExactlyInAnyOrderElementsOf(components(Field.class));
    assertThat(FieldChanges.JSON_KEY_COMPONENTS).containsExactlyInAnyOrderElementsOf(components(JsonKey.class));
    assertThat(CodeSetChanges.CODE_SET_COMPONENTS).containsExactlyInAnyOrderElementsOf(components(CodeSet.class));
    assertThat(CodeSetChanges.CODE_VALUE_COMPONENTS).containsExactlyInAnyOrderElementsOf(components(CodeValue.class));
  }

  @Test
  void everyPropertyOfEveryKindOfCheckIsClassified() {
    for (Check c : Fixture.base().tables().stream().flatMap(t -> t.checks().stream()).toList()) {
      @SuppressWarnings("unchecked")
      Class<? extends Record> type = (Class<? extends Record>) c.getClass();
      assertThat(c.accept(CheckChanges.COMPONENTS)).as(c.kind()).containsExactlyInAnyOrderElementsOf(components(type));
    }
  }

  @Test
  void anUnknownPropertyThatChangedIsReportedAsBreakingForData() {
    ChangeList out = new ChangeList();
    CodeValue a = CodeValue.of("M", "Male");
    CodeValue b = CodeValue.of("M", "Man");

    Unclassified.compare("code sex.M", a, b, Set.of("code", "withdrawn", "aliases", "description", "location"), out);

    assertThat(out.list()).singleElement().extracting(Change::impact, Change::kind)
        .containsExactly(Impact.BREAKING_DATA, "unclassified.label.changed");
  }

  @Test
  void everyKindOfCheckIsTheSameAsItself() {
    for (Check c : Fixture.base().tables().stream().flatMap(t -> t.checks().stream()).toList()) {
      assertThat(CheckChanges.direction(c, c, x -> x)).as(c.kind()).isEqualTo(CheckChanges.Direction.SAME);
    }
    assertThat(Fixture.base().tables().stream().flatMap(t -> t.checks().stream()).map(Object::getClass).distinct())
        .as("the fixture holds a check of every kind").hasSameSizeAs(Check.kinds());
  }
}
