package io.github.ssdkit.spec.diff;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CheckInfo;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Range;
import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecManifest;
import io.github.ssdkit.spec.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small hand-made spec (a person table, an episode table pointing at it, two code sets) and
 * one-line edits of it, so that each test diffs the base against one change.
 */
record Fixture(String version, List<Table> tables, List<CodeSet> codeSets) {

  static Fixture base() {
    Table person = new Table("ssd_person", "One row per child.", "identity", null, "1.0.0", List.of("pers_person_id"),
        List.of(
            Field.builder("pers_person_id", LogicalType.STRING).item("PERS001A").maxLength(48).required(true).build(),
            Field.builder("pers_sex", LogicalType.CODE).item("PERS002A").codeSet("sex").maxLength(1).build(),
            Field.builder("pers_dob", LogicalType.DATE).item("PERS005A").build(),
            Field.builder("pers_death_date", LogicalType.DATE).item("PERS008A").build(),
            Field.builder("pers_score", LogicalType.INTEGER).item("PERS012A").build()),
        List.of(new Check.DateOrder(CheckInfo.of("birth-before-death", "Born before dying."), "pers_dob", "pers_death_date", true),
            new Check.ValueRange(CheckInfo.of("score-range", "A score of 0 to 40."), "pers_score", range(0, 40))),
        "", null);
    Table episodes = new Table("ssd_cla_episodes", "Episodes of care.", "cla", null, "1.0.0",
        List.of("clae_cla_episode_id"),
        List.of(
            Field.builder("clae_cla_episode_id", LogicalType.STRING).item("CLAE001A").maxLength(48).required(true)
                .build(),
            Field.builder("clae_person_id", LogicalType.STRING).item("CLAE002A").maxLength(48).required(true)
                .references(new FieldRef("ssd_person", "pers_person_id")).build(),
            Field.builder("clae_start_date", LogicalType.DATE).item("CLAE003A").build(),
            Field.builder("clae_end_date", LogicalType.DATE).item("CLAE005A").build(),
            Field.builder("clae_end_reason", LogicalType.CODE).item("CLAE006A").codeSet("reason_ceased").build()),
        List.of(new Check.Presence(CheckInfo.of("end-with-reason", "An end comes with its reason."), "clae_end_date", "clae_end_reason", true),
            new Check.NoOverlap(CheckInfo.of("episodes-do-not-overlap", "One episode at a time."), List.of("clae_person_id"), "clae_start_date", "clae_end_date")),
        "", null);
    CodeSet sex = new CodeSet("sex", "Sex", "", List.of("CIN"), "2025-26", false, null, null, null, null, List.of(CodeValue.of("M", "Male"), CodeValue.of("F", "Female"), CodeValue.of("U", "Not known")), "", null);
    CodeSet reasons = new CodeSet("reason_ceased", "Reason ceased", "", List.of("SSDA903"), "2025-26", false, null, null, null, null, List.of(CodeValue.of("E11", "Adopted"), CodeValue.of("E12", "Adopted, contested"),
            CodeValue.of("E2", "Died"), CodeValue.of("E3", "Care leaver")), "", null);
    Table extra = new Table("ssd_extra", "A table holding the other kinds of check.", "test", null, "1.0.0",
        List.of("extr_id"),
        List.of(
            Field.builder("extr_id", LogicalType.STRING).item("EXTR001A").required(true).build(),
            Field.builder("extr_code", LogicalType.CODE).item("EXTR002A").codeSet("sex").build(),
            Field.builder("extr_date", LogicalType.DATE).item("EXTR003A").build()),
        List.of(new Check.PresenceWhenCode(CheckInfo.of("male-needs-date", "M needs a date."), "extr_code",
                List.of("M"), "extr_date"),
            new Check.AnyPresent(CheckInfo.of("code-or-date", "One of them."), List.of("extr_code", "extr_date")),
            new Check.TextPattern(CheckInfo.of("id-shape", "Upper-case ids."), "extr_id", "[A-Z]+")),
        "", null);
    Table visits = new Table("ssd_visits", "A table holding the cross-table kinds of check.", "test", null, "1.0.0",
        List.of("visi_id"),
        List.of(
            Field.builder("visi_id", LogicalType.STRING).item("VISI001A").required(true).build(),
            // no foreign key: the rename tests follow the person table's references one by one
            Field.builder("visi_person_id", LogicalType.STRING).item("VISI002A").build(),
            Field.builder("visi_start", LogicalType.DATE).item("VISI003A").build(),
            Field.builder("visi_end", LogicalType.DATE).item("VISI004A").build()),
        List.of(new Check.ParentDate(CheckInfo.of("visit-after-birth", "Not before birth."), "visi_person_id",
                "visi_start", Check.Bound.NOT_BEFORE, "pers_dob"),
            new Check.WithinParent(CheckInfo.of("visit-within-life", "Within the child's life."), "visi_person_id",
                "visi_start", "visi_end", "pers_dob", "pers_death_date")),
        "", null);
    return new Fixture("1.0.0", List.of(person, episodes, extra, visits), List.of(sex, reasons));
  }

  static Range range(long min, long max) {
    return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }

  Spec spec() {
    SpecManifest manifest = new SpecManifest("ssd", "Test", version, "draft", LocalDate.of(2026, 1, 1), "1.4.5",
        tables.stream().map(Table::name).toList(), codeSets.stream().map(CodeSet::id).toList(), SourceLocation.NONE);
    return new Spec(manifest, tables, codeSets);
  }

  Fixture version(String v) {
    return new Fixture(v, tables, codeSets);
  }

  Fixture table(String name, UnaryOperator<Table> edit) {
    return new Fixture(version, tables.stream().map(t -> t.name().equals(name) ? edit.apply(t) : t).toList(), codeSets);
  }

  Fixture withoutTable(String name) {
    return new Fixture(version, tables.stream().filter(t -> !t.name().equals(name)).toList(), codeSets);
  }

  Fixture plusTable(Table t) {
    List<Table> all = new ArrayList<>(tables);
    all.add(t);
    return new Fixture(version, all, codeSets);
  }

  Fixture field(String table, String field, UnaryOperator<Field.Builder> edit) {
    return table(table, t -> withFields(t, t.fields().stream()
        .map(f -> f.name().equals(field) ? edit.apply(f.toBuilder()).build() : f).toList()));
  }

  Fixture withoutField(String table, String field) {
    return table(table, t -> withFields(t, t.fields().stream().filter(f -> !f.name().equals(field)).toList()));
  }

  Fixture plusField(String table, Field field) {
    return table(table, t -> {
      List<Field> all = new ArrayList<>(t.fields());
      all.add(field);
      return withFields(t, all);
    });
  }

  Fixture checks(String table, UnaryOperator<List<Check>> edit) {
    return table(table, t -> new Table(t.name(), t.rowName(), t.description(), t.domain(), t.status(), t.since(), t.primaryKey(),
        t.fields(), edit.apply(new ArrayList<>(t.checks())), t.notes(), t.location()));
  }

  Fixture codeSet(String id, UnaryOperator<CodeSet> edit) {
    return new Fixture(version, tables, codeSets.stream().map(c -> c.id().equals(id) ? edit.apply(c) : c).toList());
  }

  Fixture plusCodeSet(CodeSet set) {
    List<CodeSet> all = new ArrayList<>(codeSets);
    all.add(set);
    return new Fixture(version, tables, all);
  }

  static Table withFields(Table t, List<Field> fields) {
    return new Table(t.name(), t.rowName(), t.description(), t.domain(), t.status(), t.since(), t.primaryKey(), fields, t.checks(),
        t.notes(), t.location());
  }

  static CodeSet withValues(CodeSet c, List<CodeValue> values) {
    return new CodeSet(c.id(), c.title(), c.description(), c.source(), c.version(), c.extensible(), c.localCodes(),
        c.withdrawalBasis(), c.status(), c.since(), values, c.notes(), c.location());
  }

  /** A code set's values with one edited. */
  static CodeSet editValue(CodeSet c, String code, UnaryOperator<CodeValue> edit) {
    return withValues(c, c.values().stream().map(v -> v.code().equals(code) ? edit.apply(v) : v).toList());
  }
}
