package io.github.ssdkit.rules.cin;

import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Period;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.Scope;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the SSD a CIN census for the period would hold (decision 290): the referrals not
 * closed before the census year began (those received after its end stay in, so that the rules on
 * dates after the census end can see them), the
 * children with such a referral, and the assessments, section 47 enquiries, conferences and plans
 * of those referrals, except those that ended before the year began; reviews of the plans in
 * scope; the disabilities of the children in scope; the factors of the assessments in scope.
 */
public final class CinScope implements Scope {

  static final String EPISODES = "ssd_cin_episodes";
  private Set<String> referrals;
  private Set<String> persons;
  private Set<String> assessments;
  private Set<String> cpPlans;

  @Override
  public Map<String, List<String>> columns() {
    return Map.of(
        EPISODES, List.of("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_close_date"),
        "ssd_cin_assessments", List.of("cina_assessment_id", "cina_referral_id", "cina_assessment_auth_date"),
        "ssd_cin_plans", List.of("cinp_referral_id", "cinp_cin_plan_end_date"),
        "ssd_cp_plans", List.of("cppl_cp_plan_id", "cppl_referral_id", "cppl_cp_plan_end_date"),
        "ssd_s47_enquiry", List.of("s47e_referral_id", "s47e_s47_end_date"),
        "ssd_initial_cp_conference", List.of("icpc_referral_id", "icpc_icpc_date"),
        "ssd_cp_reviews", List.of("cppr_cp_plan_id"),
        "ssd_person", List.of("pers_person_id"),
        "ssd_disability", List.of("disa_person_id"),
        "ssd_assessment_factors", List.of("cinf_assessment_id"));
  }

  @Override
  public boolean includes(RuleInput in, Frame f, int i) {
    Period p = in.period();
    return switch (f.table()) {
      case EPISODES -> openIn(p, f.date("cine_referral_date", i), f.date("cine_close_date", i));
      // a child without an id cannot be linked, but is kept so that the rule on missing ids sees it
      case "ssd_person" -> f.text("pers_person_id", i) == null || persons(in).contains(f.text("pers_person_id", i));
      case "ssd_disability" -> persons(in).contains(f.text("disa_person_id", i));
      case "ssd_cin_assessments" -> ofReferral(in, f, i, "cina_referral_id", "cina_assessment_auth_date");
      case "ssd_cin_plans" -> ofReferral(in, f, i, "cinp_referral_id", "cinp_cin_plan_end_date");
      case "ssd_cp_plans" -> ofReferral(in, f, i, "cppl_referral_id", "cppl_cp_plan_end_date");
      case "ssd_s47_enquiry" -> ofReferral(in, f, i, "s47e_referral_id", "s47e_s47_end_date");
      case "ssd_initial_cp_conference" -> ofReferral(in, f, i, "icpc_referral_id", "icpc_icpc_date");
      case "ssd_cp_reviews" -> cpPlans(in).contains(f.text("cppr_cp_plan_id", i));
      case "ssd_assessment_factors" -> assessments(in).contains(f.text("cinf_assessment_id", i));
      default -> true;
    };
  }

  private static boolean openIn(Period p, LocalDate start, LocalDate end) {
    return end == null || !end.isBefore(p.start());
  }

  private boolean ofReferral(RuleInput in, Frame f, int i, String referral, String end) {
    LocalDate ended = f.date(end, i);
    return referrals(in).contains(f.text(referral, i)) && (ended == null || !ended.isBefore(in.period().start()));
  }

  private Set<String> referrals(RuleInput in) {
    if (referrals == null) {
      Frame e = in.table(EPISODES);
      referrals = new HashSet<>();
      persons = new HashSet<>();
      for (int i : in.rows(e)) {
        referrals.add(e.text("cine_referral_id", i));
        persons.add(e.text("cine_person_id", i));
      }
    }
    return referrals;
  }

  private Set<String> persons(RuleInput in) {
    referrals(in);
    return persons;
  }

  private Set<String> assessments(RuleInput in) {
    if (assessments == null) {
      assessments = ids(in, "ssd_cin_assessments", "cina_assessment_id");
    }
    return assessments;
  }

  private Set<String> cpPlans(RuleInput in) {
    if (cpPlans == null) {
      cpPlans = ids(in, "ssd_cp_plans", "cppl_cp_plan_id");
    }
    return cpPlans;
  }

  private static Set<String> ids(RuleInput in, String table, String column) {
    Frame f = in.table(table);
    Set<String> out = new HashSet<>();
    for (int i : in.rows(f)) {
      out.add(f.text(column, i));
    }
    return out;
  }
}
