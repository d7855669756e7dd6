package io.github.ssdkit.rules.ssda903;

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
 * The rows of the SSD an SSDA903 return for the period would hold (decision 291): the episodes of
 * care not ceased before the year began (those starting after its end stay in, so that the rules
 * on dates after the year's end can see them), the
 * children with such an episode, and those children's rows in the other looked-after tables; their
 * missing periods only when not ended before the year. Care leavers are kept whole, as the care
 * leaver cohort is not limited to children looked after in the year.
 */
public final class Ssda903Scope implements Scope {

  private Set<String> children;

  /** The person column of each looked-after table the scope limits to the children in the return. */
  static final Map<String, String> PERSON_COLUMNS = Map.ofEntries(
      Map.entry("ssd_person", "pers_person_id"),
      Map.entry("ssd_legal_status", "lega_person_id"),
      Map.entry("ssd_cla_placement", "clap_person_id"),
      Map.entry("ssd_cla_reviews", "clar_cla_person_id"),
      Map.entry("ssd_permanence", "perm_person_id"),
      Map.entry("ssd_cla_previous_permanence", "lapp_person_id"),
      Map.entry("ssd_sdq_scores", "csdq_person_id"),
      Map.entry("ssd_missing", "miss_person_id"),
      Map.entry("ssd_mother", "moth_person_id"),
      Map.entry("ssd_involvements", "invo_person_id"),
      Map.entry("ssd_immigration_status", "immi_person_id"));

  @Override
  public Map<String, List<String>> columns() {
    Map<String, List<String>> out = new java.util.HashMap<>();
    PERSON_COLUMNS.forEach((t, c) -> out.put(t, List.of(c)));
    out.put("ssd_cla_episodes", List.of("clae_person_id", "clae_cla_episode_start_date", "clae_cla_episode_ceased_date"));
    out.put("ssd_missing", List.of("miss_person_id", "miss_missing_episode_end_date"));
    return out;
  }

  @Override
  public boolean includes(RuleInput in, Frame f, int i) {
    if (f.table().equals("ssd_cla_episodes")) {
      return openIn(in.period(), f.date("clae_cla_episode_start_date", i), f.date("clae_cla_episode_ceased_date", i));
    }
    String person = PERSON_COLUMNS.get(f.table());
    if (person == null) {
      return true;
    }
    if (!children(in).contains(f.text(person, i))) {
      return false;
    }
    if (f.table().equals("ssd_missing")) {
      LocalDate end = f.date("miss_missing_episode_end_date", i);
      return end == null || !end.isBefore(in.period().start());
    }
    return true;
  }

  private static boolean openIn(Period p, LocalDate start, LocalDate end) {
    return end == null || !end.isBefore(p.start());
  }

  private Set<String> children(RuleInput in) {
    if (children == null) {
      Frame e = in.table("ssd_cla_episodes");
      children = new HashSet<>();
      for (int i : in.rows(e)) {
        children.add(e.text("clae_person_id", i));
      }
    }
    return children;
  }
}
