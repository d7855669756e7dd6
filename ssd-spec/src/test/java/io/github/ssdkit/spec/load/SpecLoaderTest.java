package io.github.ssdkit.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.IdentifierScheme;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.TestSpecs;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoaderTest {

  @Test
  void loadsEveryPartOfASpecFromADirectory() {
    LoadResult result = SpecLoader.load(TestSpecs.miniSource());

    assertThat(result.problems()).isEmpty();
    Spec spec = result.orThrow();
    assertThat(spec.version()).isEqualTo("1.0.0");
    assertThat(spec.manifest().upstream()).isEqualTo("1.4.5");
    assertThat(spec.tables()).extracting(Table::name)
        .containsExactly("ssd_person", "ssd_cla_episodes", "ssd_disability");

    Table person = spec.table("ssd_person").orElseThrow();
    Field nhs = person.field("pers_nhs_number").orElseThrow();
    assertThat(nhs.identifier()).isEqualTo(IdentifierScheme.NHS_NUMBER);
    assertThat(nhs.maxLength()).isEqualTo(10);
    assertThat(person.field("pers_outcome_json").orElseThrow().jsonKeys())
        .extracting(k -> k.name()).containsExactly("OUTCOME_NFA_FLAG", "COMMENTS");
    assertThat(person.field("pers_sdq_score").orElseThrow().range().max()).isEqualByComparingTo("40");
  }

  @Test
  void keepsCodesAsWrittenAndReadsWithdrawalDates() {
    Spec spec = SpecLoader.load(TestSpecs.miniSource()).orThrow();

    assertThat(spec.codeSet("yes_no").orElseThrow().codes()).containsExactly("Y", "N");
    assertThat(spec.codeSet("placement_type").orElseThrow().find("H5").orElseThrow().withdrawn())
        .isEqualTo(LocalDate.of(2025, 4, 1));
  }

  @Test
  void readsEveryKindOfCheckAndCompositeKeys() {
    Spec spec = SpecLoader.load(TestSpecs.miniSource()).orThrow();

    Table episodes = spec.table("ssd_cla_episodes").orElseThrow();
    assertThat(episodes.checks()).extracting(Check::kind)
        .containsExactly("date_order", "presence", "no_overlap");
    assertThat(((Check.Presence) episodes.checks().get(1)).bothWays()).isTrue();
    assertThat(spec.table("ssd_disability").orElseThrow().primaryKey())
        .containsExactly("disa_person_id", "disa_disability_code");
    assertThat(episodes.field("clae_factors_json").orElseThrow().type()).isEqualTo(LogicalType.JSON_ARRAY);
  }

  @Test
  void ordersTablesSoThatReferencedTablesComeFirst(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "ssd.yaml", "  - ssd_person\n", "");
    TestSpecs.edit(dir, "ssd.yaml", "  - ssd_disability\n", "  - ssd_disability\n  - ssd_person\n");

    Spec spec = SpecLoader.load(dir).orThrow();

    assertThat(spec.tables().get(0).name()).isEqualTo("ssd_cla_episodes");
    assertThat(spec.tablesInDependencyOrder()).extracting(Table::name)
        .containsExactly("ssd_person", "ssd_cla_episodes", "ssd_disability");
  }

  @Test
  void refusesToHandOutASpecWithErrors(@TempDir Path dir) {
    TestSpecs.copyMini(dir);
    TestSpecs.edit(dir, "tables/ssd_person.yaml", "type: date", "type: when");

    LoadResult result = SpecLoader.load(dir);

    assertThat(result.hasErrors()).isTrue();
    assertThatThrownBy(result::orThrow)
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("tables/ssd_person.yaml:");
  }
}
