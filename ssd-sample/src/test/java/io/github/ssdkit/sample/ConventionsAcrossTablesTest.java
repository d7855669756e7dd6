package io.github.ssdkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conventions that tie a row to the child's rows of another table (decision 314), as a
 * bundled-spec sample follows them: plans that never run at once, enquiries done by their
 * assessment, codes that depend on another table, and dates set by a birthday or a parent's day.
 */
class ConventionsAcrossTablesTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();

  @TempDir
  static Path sample;

  @BeforeAll
  static void generate() {
    assertThat(SampleGenerator.builder(SPEC).children(800).seed(2).build().generate(sample).problem()).isNull();
  }

  @Test
  void aDirectiveAcrossTablesNamingWhatTheSpecLacksIsReportedWithItsLine() {
    String text = """
        takes-over ssd_cp_plans.cppl_cp_plan_start_date ssd_cp_plans.cppl_cp_plan_end_date ssd_cin_plans.cinp_cin_plan_id
        done-by ssd_s47_enquiry.s47e_s47_start_date ssd_s47_enquiry.s47e_s47_end_date ssd_s47_enquiry.s47e_person_id ssd_cin_assessments.cina_assessment_auth_date ssd_cin_assessments.cina_referral_id
        never-for ssd_cla_placement.clap_cla_placement_type P1 ssd_legal_status.lega_legal_status Q9
        until-age ssd_sdq_scores.csdq_sdq_score 17
        ages ssd_care_leavers.clea_care_leaver_accommodation extract-date 19-99 T
        unlike ssd_cla_placement.clap_cla_placement_postcode ssd_cla_placement.clap_cla_placement_urn
        """;

    assertThat(Conventions.parse(text, SPEC).problems()).containsExactly(
        Conventions.RESOURCE + " line 1: takes-over needs this table's start and end dates and another table's start and end dates",
        Conventions.RESOURCE + " line 2: done-by needs this table's start, end and reference, and another table's date and "
            + "reference to the same rows",
        Conventions.RESOURCE + " line 3: code Q9 is not in lega_legal_status's code set legal_status",
        Conventions.RESOURCE + " line 4: until-age needs a date column and an age in years",
        Conventions.RESOURCE + " line 6: unlike needs another table's column");
  }

  @Test
  void aChildsCinPlanAndProtectionPlanNeverRunAtOnce() throws IOException {
    WrittenTable cin = table("ssd_cin_plans");
    WrittenTable cp = table("ssd_cp_plans");
    Map<String, List<LocalDate[]>> cinByChild = periods(cin, "cinp_person_id", "cinp_cin_plan_start_date",
        "cinp_cin_plan_end_date");
    Map<String, List<LocalDate[]>> cpByChild = periods(cp, "cppl_person_id", "cppl_cp_plan_start_date",
        "cppl_cp_plan_end_date");
    assertThat(cpByChild).isNotEmpty();

    int together = 0;
    for (Map.Entry<String, List<LocalDate[]>> e : cpByChild.entrySet()) {
      for (LocalDate[] p : e.getValue()) {
        for (LocalDate[] c : cinByChild.getOrDefault(e.getKey(), List.of())) {
          together++;
          // an open plan runs on past the extract date; ending the day the other starts is apart
          assertThat(p[0].isBefore(c[1]) && c[0].isBefore(p[1])).as("plans of %s", e.getKey()).isFalse();
        }
      }
    }
    assertThat(together).as("children with both kinds of plan").isPositive();
  }

  @Test
  void anEnquiryEndsByTheAuthorisationOfAnAssessmentOfItsReferral() throws IOException {
    WrittenTable enquiries = table("ssd_s47_enquiry");
    WrittenTable assessments = table("ssd_cin_assessments");
    Map<String, LocalDate> latestAuthorised = new HashMap<>();
    for (String[] a : assessments.rows()) {
      latestAuthorised.merge(a[assessments.at("cina_referral_id")], day(a[assessments.at("cina_assessment_auth_date")]),
          (x, y) -> x.isAfter(y) ? x : y);
    }

    assertThat(enquiries.rows()).isNotEmpty().allSatisfy(s -> assertThat(day(s[enquiries.at("s47e_s47_end_date")]))
        .isBeforeOrEqualTo(latestAuthorised.get(s[enquiries.at("s47e_referral_id")])));
  }

  @Test
  void noChildUnderSingleSection20AccommodationIsPlacedWithParents() throws IOException {
    WrittenTable statuses = table("ssd_legal_status");
    WrittenTable placements = table("ssd_cla_placement");
    Set<String> underV2 = new HashSet<>();
    statuses.rows().stream().filter(r -> r[statuses.at("lega_legal_status")].equals("V2"))
        .forEach(r -> underV2.add(r[statuses.at("lega_person_id")]));
    assertThat(underV2).isNotEmpty();

    assertThat(placements.rows()).filteredOn(r -> underV2.contains(r[placements.at("clap_person_id")]))
        .isNotEmpty().noneMatch(r -> r[placements.at("clap_cla_placement_type")].equals("P1"));
  }

  @Test
  void aProtectionPlanIsReviewedOnlyAfterTheDayItStarts() throws IOException {
    WrittenTable plans = table("ssd_cp_plans");
    WrittenTable reviews = table("ssd_cp_reviews");
    Map<String, LocalDate> planStart = new HashMap<>();
    plans.rows().forEach(r -> planStart.put(r[plans.at("cppl_cp_plan_id")], day(r[plans.at("cppl_cp_plan_start_date")])));

    assertThat(reviews.rows()).isNotEmpty().allSatisfy(r -> assertThat(day(r[reviews.at("cppr_cp_review_date")]))
        .isAfter(planStart.get(r[reviews.at("cppr_cp_plan_id")])));
  }

  @Test
  void noQuestionnaireIsDatedFromTheSeventeenthBirthday() throws IOException {
    WrittenTable sdq = table("ssd_sdq_scores");
    WrittenTable people = table("ssd_person");
    Map<String, LocalDate> birth = new HashMap<>();
    people.rows().forEach(r -> birth.put(r[people.at("pers_person_id")], day(r[people.at("pers_dob")])));

    assertThat(sdq.rows()).isNotEmpty().allSatisfy(r -> assertThat(day(r[sdq.at("csdq_sdq_completed_date")]))
        .isBefore(birth.get(r[sdq.at("csdq_person_id")]).plusYears(17)));
  }

  /** Each child's periods, start and end; an open period ends after every date a sample holds. */
  private static Map<String, List<LocalDate[]>> periods(WrittenTable t, String person, String start, String end) {
    Map<String, List<LocalDate[]>> out = new HashMap<>();
    for (String[] r : t.rows()) {
      if (!r[t.at(start)].isEmpty()) {
        LocalDate last = r[t.at(end)].isEmpty() ? LocalDate.MAX : day(r[t.at(end)]);
        out.computeIfAbsent(r[t.at(person)], k -> new ArrayList<>()).add(new LocalDate[] {day(r[t.at(start)]), last});
      }
    }
    return out;
  }

  private static LocalDate day(String cell) {
    return LocalDate.parse(cell.substring(0, 10));
  }

  private static WrittenTable table(String name) throws IOException {
    return WrittenTable.read(sample, name);
  }
}
