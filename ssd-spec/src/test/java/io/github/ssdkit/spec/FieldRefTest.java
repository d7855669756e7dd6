package io.github.ssdkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A column reference: parsed from {@code table.field}, and equal to another naming the same column. */
class FieldRefTest {

  @Test
  void referencesToTheSameColumnAreEqualAndFindEachOtherInMaps() {
    FieldRef written = FieldRef.parse("ssd_person.pers_person_id").orElseThrow();
    FieldRef made = new FieldRef("ssd_person", "pers_person_id");
    Map<FieldRef, String> byRef = new HashMap<>(Map.of(made, "the person's id"));

    assertThat(written).isEqualTo(made).hasSameHashCodeAs(made);
    assertThat(byRef).containsEntry(written, "the person's id");
    assertThat(written).hasToString("ssd_person.pers_person_id");
  }

  @Test
  void referencesDifferingInTableOrColumnAreNotEqual() {
    FieldRef ref = new FieldRef("ssd_person", "pers_person_id");

    assertThat(ref).isNotEqualTo(new FieldRef("ssd_family", "pers_person_id"))
        .isNotEqualTo(new FieldRef("ssd_person", "pers_sex"))
        .isNotEqualTo(new FieldRef("pers_person_id", "ssd_person"))
        .isNotEqualTo("ssd_person.pers_person_id")
        .isNotEqualTo(null);
    assertThat(ref.hashCode()).isNotEqualTo(new FieldRef("pers_person_id", "ssd_person").hashCode());
  }

  @Test
  void onlyTableDotFieldParses() {
    assertThat(FieldRef.parse("ssd_person")).isEmpty();
    assertThat(FieldRef.parse("a.b.c")).isEmpty();
    assertThat(FieldRef.parse(".field")).isEmpty();
    assertThat(FieldRef.parse("table.")).isEmpty();
    assertThat(FieldRef.parse("1table.field")).isEmpty();
    assertThat(FieldRef.parse(null)).isEmpty();
    assertThat(FieldRef.parse(" t . f ")).contains(new FieldRef("t", "f"));
    assertThatNullPointerException().isThrownBy(() -> new FieldRef(null, "f"));
  }
}
