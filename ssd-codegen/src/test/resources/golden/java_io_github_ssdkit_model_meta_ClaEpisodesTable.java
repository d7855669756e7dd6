package io.github.ssdkit.model.meta;

import io.github.ssdkit.model.runtime.TableInfo;
import io.github.ssdkit.model.table.ClaEpisodes;
import java.util.List;

/**
 * Metadata of {@code ssd_cla_episodes}, whose rows are {@link ClaEpisodes}.
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
    public static final TableInfo INFO = new TableInfo(NAME, PRIMARY_KEY, COLUMNS, ITEMS, ClaEpisodes.class);

    private ClaEpisodesTable() {
    }
}
