package io.github.ssdkit.spec.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CheckInfo;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Range;
import io.github.ssdkit.spec.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each test diffs the hand-made base spec against one edit of it. */
class SpecDifferTest {

  private static final Fixture BASE = Fixture.base();

  private static List<Change> changes(Fixture after) {
    return SpecDiffer.diff(BASE.spec(), after.spec()).changes();
  }

  /** The one change an edit makes; fails when it makes more or none. */
  private static Change only(Fixture after) {
    List<Change> changes = changes(after);
    assertThat(changes).as("changes").hasSize(1);
    return changes.get(0);
  }

  private static Check.DateOrder birthBeforeDeath(boolean allowEqual) {
    return new Check.DateOrder(CheckInfo.of("birth-before-death", "Born before dying."), "pers_dob", "pers_death_date", allowEqual);
  }

  @Test
  void aSpecDiffedWithItselfHasNoChanges() {
    SpecDiff diff = SpecDiffer.diff(BASE.spec(), BASE.spec());

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.impact()).isEmpty();
    assertThat(diff.requiredBump()).isEmpty();
  }

  @Test
  void aRowNameRenamesTheGeneratedTypeSoItBreaksCodeButNotData() {
    Fixture after = BASE.table("ssd_cla_episodes", t -> new Table(t.name(), "ClaEpisode", t.description(), t.domain(),
        t.status(), t.since(), t.primaryKey(), t.fields(), t.checks(), t.notes(), t.location()));

    Change change = only(after);

    assertThat(change.kind()).isEqualTo("table.row-name.changed");
    assertThat(change.impact()).isEqualTo(Impact.BREAKING_CODE);
    assertThat(change.toString()).contains("ClaEpisodes", "ClaEpisode");
    Fixture same = BASE.table("ssd_cla_episodes", t -> new Table(t.name(), "ClaEpisodes", t.description(), t.domain(),
        t.status(), t.since(), t.primaryKey(), t.fields(), t.checks(), t.notes(), t.location()));
    assertThat(changes(same)).isEmpty();
  }

  @Test
  void theWorstChangeDecidesTheBumpAndComesFirst() {
    Fixture after = BASE.field("ssd_person", "pers_dob", f -> f.description("Birthday."))
        .field("ssd_person", "pers_person_id", f -> f.maxLength(64))
        .field("ssd_person", "pers_score", f -> f.required(true));

    SpecDiff diff = SpecDiffer.diff(BASE.spec(), after.spec());

    assertThat(diff.changes()).extracting(Change::impact)
        .containsExactly(Impact.BREAKING_DATA, Impact.COMPATIBLE, Impact.DOCS_ONLY);
    assertThat(diff.impact()).contains(Impact.BREAKING_DATA);
    assertThat(diff.requiredBump()).contains(SemVer.Level.MAJOR);
    assertThat(diff.oldVersion()).isEqualTo("1.0.0");
  }

  @Nested
  class BreakingForData {

    @Test
    void aTableRemoved() {
      Change c = only(BASE.withoutTable("ssd_cla_episodes"));

      assertThat(c.impact()).isEqualTo(Impact.BREAKING_DATA);
      assertThat(c.kind()).isEqualTo("table.removed");
      assertThat(c.subject()).isEqualTo("table ssd_cla_episodes");
    }

    @Test
    void aColumnRemoved() {
      Change c = only(BASE.withoutField("ssd_person", "pers_sex"));

      assertThat(c).extracting(Change::impact, Change::kind, Change::subject)
          .containsExactly(Impact.BREAKING_DATA, "column.removed", "column ssd_person.pers_sex");
    }

    @Test
    void aCodeRemovedWithoutAnAlias() {
      Change c = only(BASE.codeSet("sex", s -> Fixture.withValues(s, s.values().subList(0, 2))));

      assertThat(c.impact()).isEqualTo(Impact.BREAKING_DATA);
      assertThat(c.kind()).isEqualTo("code.removed");
      assertThat(c.subject()).isEqualTo("code sex.U");
    }

    @Test
    void aTypeNarrowed() {
      Change c = only(BASE.field("ssd_person", "pers_person_id", f -> f.type(LogicalType.INTEGER)));

      assertThat(c.impact()).isEqualTo(Impact.BREAKING_DATA);
      assertThat(c.kind()).isEqualTo("column.type.changed");
      assertThat(c.values()).isEqualTo("string -> integer");
    }

    @Test
    void aMaxLengthReducedOrAdded() {
      Change reduced = only(BASE.field("ssd_person", "pers_person_id", f -> f.maxLength(20)));
      Change added = only(BASE.field("ssd_person", "pers_dob", f -> f.maxLength(10)));

      assertThat(reduced.impact()).isEqualTo(Impact.BREAKING_DATA);
      assertThat(reduced.kind()).isEqualTo("column.max-length.reduced");
      assertThat(reduced.values()).isEqualTo("48 -> 20");
      assertThat(added.kind()).isEqualTo("column.max-length.reduced");
      assertThat(added.values()).isEqualTo("none -> 10");
    }

    @Test
    void aColumnMadeRequiredOrUnique() {
      assertThat(only(BASE.field("ssd_person", "pers_dob", f -> f.required(true))))
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_DATA, "column.required.added");
      assertThat(only(BASE.field("ssd_person", "pers_dob", f -> f.unique(true))))
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_DATA, "column.unique.added");
    }

    @Test
    void aRequiredColumnAddedButNotAProposedOne() {
      Field required = Field.builder("pers_upn", LogicalType.STRING).item("PERS010A").required(true).build();

      assertThat(only(BASE.plusField("ssd_person", required)))
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_DATA, "column.added");
      assertThat(only(BASE.plusField("ssd_person", required.toBuilder().status(Lifecycle.PROPOSED).build())).impact())
          .isEqualTo(Impact.COMPATIBLE);
    }

    @Test
    void aRequiredProposedColumnReleased() {
      Fixture proposed = BASE.field("ssd_person", "pers_dob", f -> f.status(Lifecycle.PROPOSED).required(true));

      SpecDiff diff = SpecDiffer.diff(proposed.spec(), proposed.field("ssd_person", "pers_dob",
          f -> f.status(Lifecycle.RELEASED)).spec());

      assertThat(diff.changes()).singleElement()
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_DATA, "column.status.changed");
    }

    @Test
    void aNewCheck() {
      Check check = new Check.DateOrder(CheckInfo.of("start-before-end", "Starts before it ends."), "clae_start_date", "clae_end_date", false);

      Change c = only(BASE.checks("ssd_cla_episodes", cs -> {
        cs.add(check);
        return cs;
      }));

      assertThat(c.impact()).isEqualTo(Impact.BREAKING_DATA);
      assertThat(c.kind()).isEqualTo("check.added");
      assertThat(c.reason()).contains("rows with clae_end_date before clae_start_date are now errors");
    }

    @Test
    void aTightenedCheck() {
      Change dates = only(BASE.checks("ssd_person", cs -> List.of(birthBeforeDeath(false), cs.get(1))));
      Change range = only(BASE.checks("ssd_person", cs -> List.of(cs.get(0),
          new Check.ValueRange(CheckInfo.of("score-range", "A score of 0 to 40."), "pers_score", Fixture.range(0, 30)))));
      Change groups = only(BASE.checks("ssd_cla_episodes", cs -> List.of(cs.get(0),
          new Check.NoOverlap(CheckInfo.of("episodes-do-not-overlap", "One episode at a time."), List.of(), "clae_start_date", "clae_end_date"))));

      assertThat(List.of(dates, range, groups)).extracting(Change::impact, Change::kind).containsOnly(
          org.assertj.core.groups.Tuple.tuple(Impact.BREAKING_DATA, "check.tightened"));
      assertThat(dates.values()).isEqualTo("date_order pers_dob <= pers_death_date -> date_order pers_dob < pers_death_date");
    }

    @Test
    void aCheckThatReadsOtherColumns() {
      Change c = only(BASE.checks("ssd_person", cs -> List.of(new Check.DateOrder(CheckInfo.of("birth-before-death", "Born before dying."), "pers_dob", "pers_score", true), cs.get(1))));

      assertThat(c).extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_DATA, "check.changed");
    }

    @Test
    void aCodeWithdrawnOrWithdrawnEarlier() {
      LocalDate date = LocalDate.of(2026, 4, 1);
      Fixture withdrawn = BASE.codeSet("sex", s -> Fixture.editValue(s, "U",
          v -> new CodeValue(v.code(), v.label(), date, null, v.aliases(), v.description(), null, null, v.location())));

      assertThat(only(withdrawn)).extracting(Change::impact, Change::kind)
          .containsExactly(Impact.BREAKING_DATA, "code.withdrawn");
      SpecDiff earlier = SpecDiffer.diff(withdrawn.spec(), withdrawn.codeSet("sex", s -> Fixture.editValue(s, "U",
          v -> new CodeValue(v.code(), v.label(), date.minusYears(1), null, v.aliases(), "", null, null, null))).spec());
      assertThat(earlier.changes()).singleElement().extracting(Change::kind).isEqualTo("code.withdrawn.earlier");
    }

    @Test
    void aClosedCodeSetOrALostAlias() {
      Fixture open = BASE.codeSet("sex", s -> new CodeSet(s.id(), s.title(), s.description(), s.source(), s.version(), true, null, null, null, null, s.values(), s.notes(), s.location()));
      Fixture alias = BASE.codeSet("sex", s -> Fixture.editValue(s, "U",
          v -> new CodeValue("U", v.label(), null, null, List.of("X"), "", null, null, null)));

      assertThat(SpecDiffer.diff(open.spec(), BASE.spec()).changes()).singleElement()
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_DATA, "codeset.extensible.removed");
      assertThat(SpecDiffer.diff(alias.spec(), BASE.spec()).changes()).singleElement()
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_DATA, "code.alias.removed");
    }

    @Test
    void aNewForeignKeyPatternOrIdentifier() {
      assertThat(only(BASE.field("ssd_cla_episodes", "clae_cla_episode_id", f -> f.pattern("[0-9]+"))))
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_DATA, "column.pattern.added");
      assertThat(only(BASE.field("ssd_person", "pers_score", f -> f.references(
          new FieldRef("ssd_cla_episodes", "clae_cla_episode_id")))))
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_DATA, "column.references.added");
    }

    @Test
    void aNarrowerColumnRangeOrANarrowerKey() {
      assertThat(only(BASE.field("ssd_person", "pers_score", f -> f.range(new Range(BigDecimal.ZERO, null)))))
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_DATA, "column.range.narrowed");
      Fixture wideKey = BASE.table("ssd_person", t -> new Table(t.name(), t.description(), t.domain(), t.status(),
          t.since(), List.of("pers_person_id", "pers_dob"), t.fields(), t.checks(), t.notes(), t.location()));
      assertThat(only(wideKey)).extracting(Change::impact, Change::kind)
          .containsExactly(Impact.COMPATIBLE, "table.key.widened");
      assertThat(SpecDiffer.diff(wideKey.spec(), BASE.spec()).changes()).singleElement()
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_DATA, "table.key.changed");
    }
  }

  @Nested
  class BreakingForCode {

    @Test
    void aTypeWidenedKeepsDataButChangesTheJavaType() {
      Change c = only(BASE.field("ssd_person", "pers_score", f -> f.type(LogicalType.DECIMAL)));

      assertThat(c).extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_CODE, "column.type.widened");
    }

    @Test
    void aCodeRenamedWithTheOldCodeAsAnAliasRemovesAnEnumConstant() {
      Change c = only(BASE.codeSet("sex", s -> Fixture.editValue(s, "U",
          v -> new CodeValue("X", v.label(), null, null, List.of("U"), "", null, null, null))));

      assertThat(c).extracting(Change::impact, Change::kind, Change::values)
          .containsExactly(Impact.BREAKING_CODE, "code.renamed", "U -> X");
    }

    @Test
    void aCodeSetDroppedFromAColumnOrMadeExtensible() {
      assertThat(only(BASE.field("ssd_person", "pers_sex", f -> f.codeSet(null))))
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_CODE, "column.code-set.removed");
      assertThat(only(BASE.codeSet("sex", s -> new CodeSet(s.id(), s.title(), s.description(), s.source(), s.version(), true, null, null, null, null, s.values(), s.notes(), s.location()))))
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_CODE, "codeset.extensible.added");
    }
  }

  @Nested
  class Compatible {

    @Test
    void anOptionalColumnATableOrACodeAdded() {
      assertThat(only(BASE.plusField("ssd_person", Field.builder("pers_upn", LogicalType.STRING).item("PERS010A")
          .build()))).extracting(Change::impact, Change::kind).containsExactly(Impact.COMPATIBLE, "column.added");
      assertThat(only(BASE.plusTable(new Table("ssd_family", "", "", null, "", List.of("fami_id"),
          List.of(Field.builder("fami_id", LogicalType.STRING).item("FAMI001A").build()), List.of(), "", null))))
          .extracting(Change::impact, Change::kind).containsExactly(Impact.COMPATIBLE, "table.added");
      assertThat(only(BASE.codeSet("sex", s -> {
        List<CodeValue> values = new java.util.ArrayList<>(s.values());
        values.add(CodeValue.of("I", "Indeterminate"));
        return Fixture.withValues(s, values);
      }))).extracting(Change::impact, Change::kind).containsExactly(Impact.COMPATIBLE, "code.added");
    }

    @Test
    void aLengthWidenedOrARequirementDropped() {
      assertThat(only(BASE.field("ssd_person", "pers_person_id", f -> f.maxLength(64))))
          .extracting(Change::impact, Change::kind, Change::values)
          .containsExactly(Impact.COMPATIBLE, "column.max-length.widened", "48 -> 64");
      assertThat(only(BASE.field("ssd_person", "pers_person_id", f -> f.maxLength(null))).values())
          .isEqualTo("48 -> none");
      assertThat(only(BASE.field("ssd_person", "pers_person_id", f -> f.required(false))))
          .extracting(Change::impact, Change::kind).containsExactly(Impact.COMPATIBLE, "column.required.removed");
    }

    @Test
    void aLoosenedOrRemovedCheck() {
      SpecDiff diff = SpecDiffer.diff(BASE.checks("ssd_person", cs -> List.of(birthBeforeDeath(false), cs.get(1)))
          .spec(), BASE.spec());
      Change oneWay = only(BASE.checks("ssd_cla_episodes", cs -> List.of(new Check.Presence(CheckInfo.of("end-with-reason", "An end comes with its reason."), "clae_end_date", "clae_end_reason", false), cs.get(1))));
      Change finer = only(BASE.checks("ssd_cla_episodes", cs -> List.of(cs.get(0), new Check.NoOverlap(CheckInfo.of("episodes-do-not-overlap", "One episode at a time."), List.of("clae_person_id", "clae_end_reason"), "clae_start_date", "clae_end_date"))));
      Change removed = only(BASE.checks("ssd_person", cs -> List.of(cs.get(0))));

      assertThat(diff.changes()).singleElement().extracting(Change::impact, Change::kind)
          .containsExactly(Impact.COMPATIBLE, "check.loosened");
      assertThat(List.of(oneWay, finer)).extracting(Change::kind).containsOnly("check.loosened");
      assertThat(removed).extracting(Change::impact, Change::kind).containsExactly(Impact.COMPATIBLE, "check.removed");
    }
  }

  @Nested
  class DocumentationOnly {

    @Test
    void descriptionsNotesLabelsAndSources() {
      Fixture after = BASE.field("ssd_person", "pers_dob", f -> f.description("Date of birth.").guidance("As recorded."))
          .table("ssd_cla_episodes", t -> new Table(t.name(), "Periods of care.", t.domain(), t.status(), t.since(),
              t.primaryKey(), t.fields(), t.checks(), "Decision 12.", t.location()))
          .codeSet("sex", s -> Fixture.editValue(s, "U", v -> CodeValue.of("U", "Unknown")));

      assertThat(changes(after)).extracting(Change::impact).containsOnly(Impact.DOCS_ONLY);
      assertThat(changes(after)).extracting(Change::kind).containsExactlyInAnyOrder("column.description.changed",
          "column.guidance.changed", "table.description.changed", "table.notes.changed", "code.label.changed");
    }
  }

  @Nested
  class Renames {

    @Test
    void aColumnRenamedKeepingItsItemIsOneRenameAndItsCheckFollows() {
      Fixture after = BASE.field("ssd_person", "pers_dob", f -> f.name("pers_birth_date"))
          .checks("ssd_person", cs -> List.of(new Check.DateOrder(CheckInfo.of("birth-before-death", "Born before dying."), "pers_birth_date", "pers_death_date", true), cs.get(1)));

      Change c = only(after);

      assertThat(c).extracting(Change::impact, Change::kind, Change::subject, Change::values).containsExactly(
          Impact.BREAKING_DATA, "column.renamed", "column ssd_person.pers_birth_date", "pers_dob -> pers_birth_date");
      assertThat(c.reason()).contains("PERS005A");
    }

    @Test
    void aRenamedColumnThatAlsoChangedReportsBoth() {
      List<Change> changes = changes(BASE.field("ssd_person", "pers_person_id",
          f -> f.name("pers_id").maxLength(64)).table("ssd_person", t -> new Table(t.name(), t.description(),
          t.domain(), t.status(), t.since(), List.of("pers_id"), t.fields(), t.checks(), t.notes(), t.location()))
          .field("ssd_cla_episodes", "clae_person_id", f -> f.references(new FieldRef("ssd_person", "pers_id"))));

      assertThat(changes).extracting(Change::kind).containsExactly("column.renamed", "column.max-length.widened");
    }

    @Test
    void aColumnWithANewNameAndANewItemIsRemovedAndAdded() {
      List<Change> changes = changes(BASE.field("ssd_person", "pers_score", f -> f.name("pers_points").item("PERS099A"))
          .checks("ssd_person", cs -> List.of(cs.get(0))));

      assertThat(changes).extracting(Change::kind).containsExactlyInAnyOrder("column.removed", "column.added",
          "check.removed");
    }

    @Test
    void aTableRenamedIsFoundThroughItsColumnsItems() {
      Fixture after = BASE.table("ssd_cla_episodes", t -> new Table("ssd_care_episodes", t.description(), t.domain(),
          t.status(), t.since(), t.primaryKey(), t.fields(), t.checks(), t.notes(), t.location()));

      Change c = only(after);

      assertThat(c).extracting(Change::impact, Change::kind, Change::values)
          .containsExactly(Impact.BREAKING_DATA, "table.renamed", "ssd_cla_episodes -> ssd_care_episodes");
    }

    @Test
    void aForeignKeyToARenamedTableAndColumnFollowsIt() {
      Fixture after = BASE.field("ssd_person", "pers_person_id", f -> f.name("pers_id"))
          .table("ssd_person", t -> new Table("ssd_people", t.description(), t.domain(), t.status(), t.since(),
              List.of("pers_id"), t.fields(), t.checks(), t.notes(), t.location()))
          .field("ssd_cla_episodes", "clae_person_id", f -> f.references(new FieldRef("ssd_people", "pers_id")));

      assertThat(changes(after)).extracting(Change::kind).containsExactly("column.renamed", "table.renamed");
    }

    @Test
    void aCodeSetRenamedIsFoundThroughItsCodesAndItsColumnsFollow() {
      Fixture after = BASE.codeSet("sex", s -> new CodeSet("gender", s.title(), s.description(), s.source(), s.version(), s.extensible(), null, null, null, null, s.values(), s.notes(), s.location()))
          .field("ssd_person", "pers_sex", f -> f.codeSet("gender"))
          .field("ssd_extra", "extr_code", f -> f.codeSet("gender"));

      Change c = only(after);

      assertThat(c).extracting(Change::impact, Change::kind, Change::values)
          .containsExactly(Impact.BREAKING_CODE, "codeset.renamed", "sex -> gender");
    }

    @Test
    void aCodeRenamedInAnExtensibleSetIsCompatible() {
      Fixture open = BASE.codeSet("sex", s -> new CodeSet(s.id(), s.title(), s.description(), s.source(), s.version(), true, null, null, null, null, s.values(), s.notes(), s.location()));

      SpecDiff diff = SpecDiffer.diff(open.spec(), open.codeSet("sex", s -> Fixture.editValue(s, "U",
          v -> new CodeValue("X", v.label(), null, null, List.of("U"), "", null, null, null))).spec());

      assertThat(diff.changes()).singleElement().extracting(Change::impact, Change::kind)
          .containsExactly(Impact.COMPATIBLE, "code.renamed");
    }

    @Test
    void aCheckRenamedIsCompatible() {
      Change c = only(BASE.checks("ssd_person", cs -> List.of(new Check.DateOrder(CheckInfo.of("born-before-death", "Born before dying."), "pers_dob", "pers_death_date", true), cs.get(1))));

      assertThat(c).extracting(Change::impact, Change::kind, Change::values)
          .containsExactly(Impact.COMPATIBLE, "check.renamed", "birth-before-death -> born-before-death");
    }
  }

  @Nested
  class KindsOfCheck {

    private Change extra(Check replacement) {
      return only(BASE.checks("ssd_extra", cs -> {
        cs.replaceAll(c -> c.id().equals(replacement.id()) ? replacement : c);
        return cs;
      }));
    }

    @Test
    void presenceWhenCodeTightensWithMoreCodes() {
      assertThat(extra(new Check.PresenceWhenCode(CheckInfo.of("male-needs-date", "M needs a date."), "extr_code",
          List.of("M", "F"), "extr_date"))).extracting(Change::impact, Change::kind)
          .containsExactly(Impact.BREAKING_DATA, "check.tightened");
    }

    @Test
    void anyPresentLoosensWithMoreColumns() {
      assertThat(extra(new Check.AnyPresent(CheckInfo.of("code-or-date", "One of them."),
          List.of("extr_code", "extr_date", "extr_id")))).extracting(Change::impact, Change::kind)
          .containsExactly(Impact.COMPATIBLE, "check.loosened");
    }

    @Test
    void aNewPatternIsAChangedCheck() {
      assertThat(extra(new Check.TextPattern(CheckInfo.of("id-shape", "Upper-case ids."), "extr_id", "[A-Z0-9]+")))
          .extracting(Change::impact, Change::kind).containsExactly(Impact.BREAKING_DATA, "check.changed");
    }

    @Test
    void aCheckLoweredToAQueryIsCompatibleAndANewQueryToo() {
      CheckInfo query = new CheckInfo("id-shape", "Upper-case ids.", io.github.ssdkit.spec.Severity.WARNING, "", null);

      assertThat(extra(new Check.TextPattern(query, "extr_id", "[A-Z]+"))).extracting(Change::impact, Change::kind)
          .containsExactly(Impact.COMPATIBLE, "check.severity.lowered");
      assertThat(only(BASE.checks("ssd_person", cs -> {
        cs.add(new Check.TextPattern(new CheckInfo("dob-query", "", io.github.ssdkit.spec.Severity.WARNING, "", null),
            "pers_person_id", "[0-9]+"));
        return cs;
      }))).extracting(Change::impact, Change::kind).containsExactly(Impact.COMPATIBLE, "check.added");
    }
  }
}
