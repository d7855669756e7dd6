package io.github.ssdkit.model.meta;

import io.github.ssdkit.model.runtime.TableInfo;
import io.github.ssdkit.model.table.ClaEpisode;
import java.util.List;

/**
 * Metadata of {@code ssd_cla_episodes}, whose rows are {@link ClaEpisode}.
 */
public final class ClaEpisodesTable {
    /**
     * The SSD table name.
     */
    public static final String NAME = "ssd_cla_episodes";

    /**
     * The primary key columns, in key order.
     */
    public static final List<String> PRIMARY_KEY = List.of("clae_cla_episode_id");

    /**
     * The columns, in extract order.
     */
    public static final List<String> COLUMNS = List.of("clae_cla_episode_id", "clae_person_id", "clae_cla_placement_type", "clae_cla_episode_start_date", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_factors_json");

    /**
     * The SSD item reference of each column, in column order.
     */
    public static final List<String> ITEMS = List.of("CLAE001A", "CLAE002A", "CLAE003A", "CLAE004A", "CLAE005A", "CLAE006A", "CLAE007A");

    /**
     * All of the above in one value.
     */
    public static final TableInfo INFO = new TableInfo(NAME, PRIMARY_KEY, COLUMNS, ITEMS, ClaEpisode.class);

    /**
     * The SSD name of the column (item CLAE001A) held in {@link ClaEpisode#claEpisodeId()}.
     */
    public static final String CLA_EPISODE_ID = "clae_cla_episode_id";

    /**
     * The SSD name of the column (item CLAE002A) held in {@link ClaEpisode#personId()}.
     */
    public static final String PERSON_ID = "clae_person_id";

    /**
     * The SSD name of the column (item CLAE003A) held in {@link ClaEpisode#claPlacementType()}.
     */
    public static final String CLA_PLACEMENT_TYPE = "clae_cla_placement_type";

    /**
     * The SSD name of the column (item CLAE004A) held in {@link ClaEpisode#claEpisodeStartDate()}.
     */
    public static final String CLA_EPISODE_START_DATE = "clae_cla_episode_start_date";

    /**
     * The SSD name of the column (item CLAE005A) held in {@link ClaEpisode#claEpisodeCeasedDate()}.
     */
    public static final String CLA_EPISODE_CEASED_DATE = "clae_cla_episode_ceased_date";

    /**
     * The SSD name of the column (item CLAE006A) held in {@link ClaEpisode#claEpisodeCeasedReason()}.
     */
    public static final String CLA_EPISODE_CEASED_REASON = "clae_cla_episode_ceased_reason";

    /**
     * The SSD name of the column (item CLAE007A) held in {@link ClaEpisode#factorsJson()}.
     */
    public static final String FACTORS_JSON = "clae_factors_json";

    private ClaEpisodesTable() {
    }
}
