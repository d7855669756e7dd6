package io.github.ssdkit.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The generated type names of a spec, as every language's generator uses them. */
class TypeNamesTest {

  private static final Spec BUNDLED = SpecLoader.bundled().orThrow();

  @Test
  void aRowIsNamedByItsRowNameAndItsTableClassByTheTable() {
    TypeNames names = TypeNames.of(BUNDLED);

    assertThat(names.row("ssd_contacts")).isEqualTo("Contact");
    assertThat(names.row("ssd_missing")).isEqualTo("MissingEpisode");
    assertThat(names.row("ssd_person")).isEqualTo("Person");
    assertThat(names.table("ssd_contacts")).isEqualTo("ContactsTable");
    assertThat(names.table("ssd_missing")).isEqualTo("MissingTable");
  }

  @Test
  void aJsonColumnIsNamedByTheColumnAndKeepsItsJsonEndingWhereARowHasTheName() {
    TypeNames names = TypeNames.of(BUNDLED);

    assertThat(names.json("ssd_contacts", "cont_contact_outcome_json")).isEqualTo("ContactOutcome");
    assertThat(names.json("ssd_cin_episodes", "cine_referral_outcome_json")).isEqualTo("ReferralOutcome");
    assertThat(names.json("ssd_address", "addr_address_json")).isEqualTo("AddressJson");
    assertThat(names.json("ssd_cla_care_plan", "lacp_cla_care_plan_json")).isEqualTo("ClaCarePlanJson");
  }

  @Test
  void everyTypeOfTheBundledSpecHasANameOfItsOwn() {
    TypeNames names = TypeNames.of(BUNDLED);
    List<String> all = new ArrayList<>();
    BUNDLED.tables().forEach(t -> {
      all.add(names.row(t.name()));
      all.add(names.table(t.name()));
      t.fields().stream().filter(f -> f.type() == LogicalType.JSON_OBJECT)
          .forEach(f -> all.add(names.json(t.name(), f.name())));
    });
    BUNDLED.codeSets().forEach(c -> all.add(names.codeSet(c.id())));

    assertThat(new HashSet<>(all)).hasSameSizeAs(all);
    assertThat(names.codeSet("assessment_factors")).isEqualTo("AssessmentFactorsCode");
    assertThat(names.codeSet("disability")).isEqualTo("DisabilityCode");
  }

  @Test
  void aRowNamedLikeALanguageTypeOrAnotherRowGetsAnUnderscore() {
    Table optional = table("ssd_optional", "");
    Table one = table("ssd_contacts", "Contact");
    Table other = table("ssd_contact", "");
    Spec spec = new Spec(BUNDLED.manifest(), List.of(optional, one, other), List.of());

    TypeNames names = TypeNames.of(spec);

    assertThat(names.row("ssd_optional")).isEqualTo("Optional_");
    assertThat(names.row("ssd_contacts")).isEqualTo("Contact");
    assertThat(names.row("ssd_contact")).isEqualTo("Contact_");
    assertThat(Stream.of("ssd_optional", "ssd_contacts", "ssd_contact").map(names::table))
        .containsExactly("OptionalTable", "ContactsTable", "ContactTable");
  }

  @Test
  void columnConstantsDropTheTablePrefixAndNeverTakeATableConstant() {
    Set<String> constants = new HashSet<>(JavaNames.columnConstantNames(BUNDLED.table("ssd_contacts").orElseThrow()).values());
    assertThat(constants).contains("CONTACT_ID", "PERSON_ID", "CONTACT_DATE", "CONTACT_OUTCOME_JSON");

    Table named = new Table("ssd_thing", "", "", null, "", List.of("thng_id"),
        List.of(field("thng_id"), field("thng_name"), field("thng_info"), field("thng_items")), List.of(), "", null);
    assertThat(JavaNames.columnConstantNames(named)).containsExactly(
        Map.entry("thng_id", "ID"), Map.entry("thng_name", "THNG_NAME"),
        Map.entry("thng_info", "THNG_INFO"), Map.entry("thng_items", "THNG_ITEMS"));
  }

  private static Table table(String name, String rowName) {
    return new Table(name, rowName, "", "", null, "", List.of("x_id"), List.of(field("x_id")), List.of(), "", null);
  }

  private static Field field(String name) {
    return Field.builder(name, LogicalType.STRING).build();
  }
}
