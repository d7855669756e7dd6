package io.github.ssdkit.codegen.avro;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.diff.Impact;
import io.github.ssdkit.spec.diff.SpecDiffer;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.spec.release.ReleasedSpecs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvroCompatibilityTest {

  private static final Spec RELEASED = ReleasedSpecs.load("1.0.0").orElseThrow().orThrow();

  /** The 1.0.0 spec with one column added to ssd_person. */
  private static Spec withPersonColumn(Field column) {
    List<Table> tables = RELEASED.tables().stream().map(t -> {
      if (!t.name().equals("ssd_person")) {
        return t;
      }
      List<Field> fields = new ArrayList<>(t.fields());
      fields.add(column);
      return new Table(t.name(), t.description(), t.domain(), t.status(), t.since(), t.primaryKey(), fields,
          t.checks(), t.notes(), t.location());
    }).toList();
    return new Spec(RELEASED.manifest(), tables, RELEASED.codeSets());
  }

  @Test
  void theBundledSpecReadsDataOfEveryReleaseOfItsMajorVersion() {
    Spec bundled = SpecLoader.bundled().orThrow();
    for (String version : ReleasedSpecs.versions()) {
      Spec release = ReleasedSpecs.load(version).orElseThrow().orThrow();
      if (release.manifest().majorVersion() != bundled.manifest().majorVersion()) {
        continue; // a new major version has a new namespace; its records are new types
      }
      boolean compatible = SpecDiffer.diff(release, bundled).impact().filter(Impact::isBreaking).isEmpty();
      assertThat(AvroCompatibility.check(release, bundled, compatible)).as(version).isEmpty();
    }
  }

  @Test
  void anOptionalColumnResolvesBothWaysARequiredOneDoesNot() {
    Spec optional = withPersonColumn(Field.builder("pers_new_note", LogicalType.STRING).build());
    Spec required = withPersonColumn(Field.builder("pers_new_note", LogicalType.STRING).required(true).build());

    assertThat(AvroCompatibility.check(RELEASED, optional, true)).isEmpty();
    assertThat(AvroCompatibility.check(RELEASED, required, false)).singleElement()
        .satisfies(p -> {
          assertThat(p.table()).isEqualTo("ssd_person");
          assertThat(p.direction()).isEqualTo("new reads old");
          assertThat(p.why()).contains("READER_FIELD_MISSING_DEFAULT_VALUE").contains("pers_new_note");
        });
  }
}
