package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An SSDA903 episode row holds its placement and legal status; the SSD keeps them in their own
 * tables. This joins each episode of care to its placement (the one its clae_cla_placement_id
 * names, else the child's placement open on the day the episode starts) and to the child's legal
 * status open on that day (the latest started, when two meet on a handover day). Either may be
 * missing (-1). Rules using it list {@link #READS} under reads. Memory: two maps by child.
 */
final class EpisodeLinks {

  /** The columns the join reads, as the catalogue spells them. */
  static final String READS = "ssd_cla_episodes.clae_person_id, ssd_cla_episodes.clae_cla_episode_start_date, "
      + "ssd_cla_episodes.clae_cla_placement_id, ssd_cla_placement.clap_cla_placement_id, "
      + "ssd_cla_placement.clap_person_id, ssd_cla_placement.clap_cla_placement_start_date, "
      + "ssd_cla_placement.clap_cla_placement_end_date, ssd_legal_status.lega_person_id, "
      + "ssd_legal_status.lega_legal_status, ssd_legal_status.lega_legal_status_start_date, "
      + "ssd_legal_status.lega_legal_status_end_date";

  private static final String EPISODE_START = "clae_cla_episode_start_date";
  private static final String PLACEMENT_START = "clap_cla_placement_start_date";
  private static final String PLACEMENT_END = "clap_cla_placement_end_date";
  private static final String STATUS_START = "lega_legal_status_start_date";
  private static final String STATUS_END = "lega_legal_status_end_date";

  final Frame episodes;
  final Frame placements;
  final Frame legal;
  private final Map<String, Integer> placementById;
  private final Map<String, List<Integer>> placementsByChild;
  private final Map<String, List<Integer>> statusesByChild;

  EpisodeLinks(RuleInput in) {
    episodes = in.table(Ssda903Rules.EPISODES);
    placements = in.table(Ssda903Rules.PLACEMENTS);
    legal = in.table(Ssda903Rules.LEGAL);
    placementById = placements.indexBy("clap_cla_placement_id");
    placementsByChild = placements.groupBy("clap_person_id");
    statusesByChild = legal.groupBy("lega_person_id");
  }

  /** The episode's placement row, or -1. */
  int placement(int episode) {
    String id = episodes.text("clae_cla_placement_id", episode);
    Integer linked = id == null ? null : placementById.get(id);
    if (linked != null) {
      return linked;
    }
    return openOn(placements, placementsByChild, PLACEMENT_START, PLACEMENT_END, episode);
  }

  /** The legal status row open when the episode starts, or -1. */
  int legalStatus(int episode) {
    return openOn(legal, statusesByChild, STATUS_START, STATUS_END, episode);
  }

  /** The episode's placement type (upper case), or "" when it has none. */
  String placementType(int episode) {
    int p = placement(episode);
    return p < 0 ? "" : Ssda903Rules.upper(placements, "clap_cla_placement_type", p);
  }

  /** The episode's legal status code (upper case), or "" when none is open. */
  String status(int episode) {
    int s = legalStatus(episode);
    return s < 0 ? "" : Ssda903Rules.upper(legal, "lega_legal_status", s);
  }

  /**
   * Whether two episodes' placements agree in type, postcode, URN and provider (an empty value
   * equal to an empty value); the return's four placement items.
   */
  boolean samePlacement(int a, int b) {
    int p = placement(a);
    int q = placement(b);
    if (p == q) {
      return true;
    }
    for (String column : List.of("clap_cla_placement_type", "clap_cla_placement_postcode", "clap_cla_placement_urn",
        "clap_cla_placement_provider")) {
      if (!Objects.equals(value(column, p), value(column, q))) {
        return false;
      }
    }
    return true;
  }

  /** A placement cell, upper case, or null when the placement or the cell is missing. */
  String value(String column, int placement) {
    return placement < 0 || !placements.has(column, placement) ? null
        : Ssda903Rules.upper(placements, column, placement);
  }

  private int openOn(Frame f, Map<String, List<Integer>> byChild, String start, String end, int episode) {
    LocalDate day = episodes.date(EPISODE_START, episode);
    List<Integer> rows = byChild.get(episodes.text("clae_person_id", episode));
    int best = -1;
    if (day == null || rows == null) {
      return best;
    }
    for (int i : rows) {
      if (SequenceTimeline.openOn(f, start, end, i, day)
          && (best < 0 || f.date(start, i).isAfter(f.date(start, best)))) {
        best = i;
      }
    }
    return best;
  }
}
