package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.LegalStatusTable;
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

  private static final String EPISODE_START = ClaEpisodesTable.CLA_EPISODE_START_DATE;
  private static final String PLACEMENT_START = ClaPlacementTable.CLA_PLACEMENT_START_DATE;
  private static final String PLACEMENT_END = ClaPlacementTable.CLA_PLACEMENT_END_DATE;
  private static final String STATUS_START = LegalStatusTable.LEGAL_STATUS_START_DATE;
  private static final String STATUS_END = LegalStatusTable.LEGAL_STATUS_END_DATE;

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
    placementById = placements.indexBy(ClaPlacementTable.CLA_PLACEMENT_ID);
    placementsByChild = placements.groupBy(ClaPlacementTable.PERSON_ID);
    statusesByChild = legal.groupBy(LegalStatusTable.PERSON_ID);
  }

  /** The episode's placement row, or -1. */
  int placement(int episode) {
    String id = episodes.text(ClaEpisodesTable.CLA_PLACEMENT_ID, episode);
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
    return p < 0 ? "" : Ssda903Rules.upper(placements, ClaPlacementTable.CLA_PLACEMENT_TYPE, p);
  }

  /** The episode's legal status code (upper case), or "" when none is open. */
  String status(int episode) {
    int s = legalStatus(episode);
    return s < 0 ? "" : Ssda903Rules.upper(legal, LegalStatusTable.LEGAL_STATUS, s);
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
    for (String column : List.of(ClaPlacementTable.CLA_PLACEMENT_TYPE, ClaPlacementTable.CLA_PLACEMENT_POSTCODE, ClaPlacementTable.CLA_PLACEMENT_URN,
        ClaPlacementTable.CLA_PLACEMENT_PROVIDER)) {
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
    List<Integer> rows = byChild.get(episodes.text(ClaEpisodesTable.PERSON_ID, episode));
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
