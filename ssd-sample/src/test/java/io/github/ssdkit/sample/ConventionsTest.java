package io.github.ssdkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The returns' conventions file: checked against the spec, and followed by a bundled-spec sample. */
class ConventionsTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();

  @TempDir
  static Path sample;

  @BeforeAll
  static void generate() {
    assertThat(SampleGenerator.builder(SPEC).children(120).seed(3).build().generate(sample).problem()).isNull();
  }

  @Test
  void theBundledConventionsNameOnlyColumnsAndCodesTheSpecHolds() {
    assertThat(Conventions.lint(SPEC)).isEmpty();
  }

  @Test
  void aNameOrCodeTheSpecLacksIsReportedWithItsLine() {
    String text = """
        # a comment, then a blank line

        only ssd_person.pers_no_such_column N
        never ssd_person.pers_sex Q
        sometimes ssd_person.pers_sex M
        empty ssd_person.pers_person_id
        filled ssd_no_such_table.x
        """;

    assertThat(Conventions.parse(text, SPEC).problems()).containsExactly(
        Conventions.RESOURCE + " line 3: ssd_person has no column pers_no_such_column",
        Conventions.RESOURCE + " line 4: code Q is not in pers_sex's code set sex",
        Conventions.RESOURCE + " line 5: unknown directive sometimes",
        Conventions.RESOURCE + " line 6: ssd_person.pers_person_id is required, so it cannot be left empty",
        Conventions.RESOURCE + " line 7: the spec has no table ssd_no_such_table");
  }

  @Test
  void everyEpisodeStartsAPeriodOfCareAndAnOpenOneIsInTheLatestPlacementStillOpen() throws IOException {
    WrittenTable episodes = table("ssd_cla_episodes");
    WrittenTable placements = table("ssd_cla_placement");
    assertThat(episodes.rows()).isNotEmpty();
    assertThat(episodes.column("clae_cla_episode_start_reason")).containsOnly("S");
    List<String> openPlacements = placements.rows().stream()
        .filter(r -> r[placements.at("clap_cla_placement_end_date")].isEmpty())
        .map(r -> r[placements.at("clap_cla_placement_id")]).toList();
    for (String[] e : episodes.rows()) {
      if (e[episodes.at("clae_cla_episode_ceased_date")].isEmpty()
          && !e[episodes.at("clae_cla_placement_id")].isEmpty()) {
        assertThat(openPlacements).contains(e[episodes.at("clae_cla_placement_id")]);
      }
    }
  }

  @Test
  void aQuestionnaireHasAScoreOrAReasonForNoneNeverBoth() throws IOException {
    WrittenTable sdq = table("ssd_sdq_scores");
    assertThat(sdq.rows()).isNotEmpty().allSatisfy(r -> assertThat(
        r[sdq.at("csdq_sdq_score")].isEmpty() != r[sdq.at("csdq_sdq_reason")].isEmpty()).isTrue());
  }

  @Test
  void otherPlacementsTakeNoProviderAndParentsGoOnlyWithAPlacementWithParents() throws IOException {
    WrittenTable p = table("ssd_cla_placement");
    Set<String> other = Set.of("Z11", "Z12", "Z13", "Z14");
    for (String[] r : p.rows()) {
      String type = r[p.at("clap_cla_placement_type")];
      String provider = r[p.at("clap_cla_placement_provider")];
      if (other.contains(type)) {
        assertThat(provider).as("provider of %s", type).isEmpty();
      }
      if (provider.equals("PR0")) {
        assertThat(type).isEqualTo("P1");
      }
    }
  }

  @Test
  void noReferralIsMarkedNoFurtherActionAndEveryAssessmentIsAuthorised() throws IOException {
    // N, or its older spelling 0 that the code set accepts.
    WrittenTable referrals = table("ssd_cin_episodes");
    WrittenTable assessments = table("ssd_cin_assessments");
    assertThat(referrals.column("cine_referral_nfa")).isNotEmpty().allMatch(v -> v.equals("N") || v.equals("0"));
    assertThat(assessments.column("cina_assessment_auth_date")).isNotEmpty().noneMatch(String::isEmpty);
  }

  @Test
  void aProtectionPlanStartsOnTheDayOfTheConferenceThatLedToIt() throws IOException {
    WrittenTable plans = table("ssd_cp_plans");
    WrittenTable conferences = table("ssd_initial_cp_conference");
    Map<String, String> conferenceDay = new HashMap<>();
    conferences.rows().forEach(r -> conferenceDay.put(r[conferences.at("icpc_icpc_id")],
        r[conferences.at("icpc_icpc_date")].substring(0, 10)));
    List<String[]> linked = plans.rows().stream()
        .filter(r -> conferenceDay.containsKey(r[plans.at("cppl_icpc_id")])).toList();

    assertThat(linked).isNotEmpty().allSatisfy(r -> assertThat(r[plans.at("cppl_cp_plan_start_date")])
        .startsWith(conferenceDay.get(r[plans.at("cppl_icpc_id")])));
  }

  private static WrittenTable table(String name) throws IOException {
    return WrittenTable.read(sample, name);
  }
}
