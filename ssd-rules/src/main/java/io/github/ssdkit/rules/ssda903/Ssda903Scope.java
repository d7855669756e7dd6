package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.ClaPreviousPermanenceTable;
import io.github.ssdkit.model.meta.ClaReviewsTable;
import io.github.ssdkit.model.meta.ImmigrationStatusTable;
import io.github.ssdkit.model.meta.InvolvementsTable;
import io.github.ssdkit.model.meta.LegalStatusTable;
import io.github.ssdkit.model.meta.MissingTable;
import io.github.ssdkit.model.meta.MotherTable;
import io.github.ssdkit.model.meta.PermanenceTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.model.meta.SdqScoresTable;
import io.github.ssdkit.rules.run.CellSet;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the SSD an SSDA903 return for the period would hold (decision 291): the episodes of
 * care not ceased before the year began (those starting after its end stay in, so that the rules
 * on dates after the year's end can see them), the
 * children with such an episode, and those children's rows in the other looked-after tables; their
 * missing periods only when not ended before the year. Care leavers are kept whole, as the care
 * leaver cohort is not limited to children looked after in the year.
 */
public final class Ssda903Scope implements Scope {

  private CellSet children;

  /** The person column of each looked-after table the scope limits to the children in the return. */
  static final Map<String, String> PERSON_COLUMNS = Map.ofEntries(
      Map.entry(PersonTable.NAME, PersonTable.PERSON_ID),
      Map.entry(LegalStatusTable.NAME, LegalStatusTable.PERSON_ID),
      Map.entry(ClaPlacementTable.NAME, ClaPlacementTable.PERSON_ID),
      Map.entry(ClaReviewsTable.NAME, ClaReviewsTable.CLA_PERSON_ID),
      Map.entry(PermanenceTable.NAME, PermanenceTable.PERSON_ID),
      Map.entry(ClaPreviousPermanenceTable.NAME, ClaPreviousPermanenceTable.PERSON_ID),
      Map.entry(SdqScoresTable.NAME, SdqScoresTable.PERSON_ID),
      Map.entry(MissingTable.NAME, MissingTable.PERSON_ID),
      Map.entry(MotherTable.NAME, MotherTable.PERSON_ID),
      Map.entry(InvolvementsTable.NAME, InvolvementsTable.PERSON_ID),
      Map.entry(ImmigrationStatusTable.NAME, ImmigrationStatusTable.PERSON_ID));

  @Override
  public Map<String, List<String>> columns() {
    Map<String, List<String>> out = new HashMap<>();
    PERSON_COLUMNS.forEach((t, c) -> out.put(t, List.of(c)));
    out.put(ClaEpisodesTable.NAME, List.of(ClaEpisodesTable.PERSON_ID, ClaEpisodesTable.CLA_EPISODE_START_DATE, ClaEpisodesTable.CLA_EPISODE_CEASED_DATE));
    out.put(MissingTable.NAME, List.of(MissingTable.PERSON_ID, MissingTable.MISSING_EPISODE_END_DATE));
    return out;
  }

  @Override
  public boolean includes(RuleInput in, Frame f, int i) {
    if (f.table().equals(ClaEpisodesTable.NAME)) {
      return in.period().notEndedBefore(f.day(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, i));
    }
    String person = PERSON_COLUMNS.get(f.table());
    if (person == null) {
      return true;
    }
    if (!children(in).contains(f, person, i)) {
      return false;
    }
    return !f.table().equals(MissingTable.NAME) || in.period().notEndedBefore(f.day(MissingTable.MISSING_EPISODE_END_DATE, i));
  }

  private CellSet children(RuleInput in) {
    if (children == null) {
      Frame e = in.table(ClaEpisodesTable.NAME);
      children = e.cellSet(ClaEpisodesTable.PERSON_ID, in.rows(e));
    }
    return children;
  }
}
