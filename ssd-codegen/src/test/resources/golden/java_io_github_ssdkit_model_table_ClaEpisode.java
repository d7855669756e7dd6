package io.github.ssdkit.model.table;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.ssdkit.model.code.DisabilityCode;
import io.github.ssdkit.model.code.PlacementType;
import io.github.ssdkit.model.meta.ClaEpisodesTable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One row per period of care (episode) of a looked-after child.
 *
 * <p>One row of {@code ssd_cla_episodes} (SSD spec 1.0.0). Generated from the spec; do not edit.
 *
 * <p>Table metadata (name, key, columns): {@link ClaEpisodesTable}.
 *
 * @param claEpisodeId CLAE001A: Episode identifier. Required.
 * @param personId CLAE002A: The child. Required.
 * @param claPlacementType CLAE003A: Placement type.
 * @param claEpisodeStartDate CLAE004A: Start of the episode. Required.
 * @param claEpisodeCeasedDate CLAE005A: End of the episode.
 * @param claEpisodeCeasedReason CLAE006A: Why the episode ended.
 * @param factorsJson CLAE007A: A test array of codes.
 */
@JsonPropertyOrder({"clae_cla_episode_id", "clae_person_id", "clae_cla_placement_type", "clae_cla_episode_start_date", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_factors_json"})
public record ClaEpisode(@JsonProperty("clae_cla_episode_id") String claEpisodeId,
        @JsonProperty("clae_person_id") String personId,
        @JsonProperty("clae_cla_placement_type") PlacementType claPlacementType,
        @JsonProperty("clae_cla_episode_start_date") LocalDateTime claEpisodeStartDate,
        @JsonProperty("clae_cla_episode_ceased_date") LocalDateTime claEpisodeCeasedDate,
        @JsonProperty("clae_cla_episode_ceased_reason") String claEpisodeCeasedReason,
        @JsonProperty("clae_factors_json") List<DisabilityCode> factorsJson) {
    /**
     * A builder with every component unset (null).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, for making a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.claEpisodeId = claEpisodeId;
        b.personId = personId;
        b.claPlacementType = claPlacementType;
        b.claEpisodeStartDate = claEpisodeStartDate;
        b.claEpisodeCeasedDate = claEpisodeCeasedDate;
        b.claEpisodeCeasedReason = claEpisodeCeasedReason;
        b.factorsJson = factorsJson;
        return b;
    }

    /**
     * Builds a {@link ClaEpisode}; every setter returns the builder.
     */
    public static final class Builder {
        private String claEpisodeId;

        private String personId;

        private PlacementType claPlacementType;

        private LocalDateTime claEpisodeStartDate;

        private LocalDateTime claEpisodeCeasedDate;

        private String claEpisodeCeasedReason;

        private List<DisabilityCode> factorsJson;

        private Builder() {
        }

        /**
         * Sets {@code clae_cla_episode_id}. CLAE001A: Episode identifier. Required.
         *
         * @param claEpisodeId the value, or null
         * @return this builder
         */
        public Builder claEpisodeId(String claEpisodeId) {
            this.claEpisodeId = claEpisodeId;
            return this;
        }

        /**
         * Sets {@code clae_person_id}. CLAE002A: The child. Required.
         *
         * @param personId the value, or null
         * @return this builder
         */
        public Builder personId(String personId) {
            this.personId = personId;
            return this;
        }

        /**
         * Sets {@code clae_cla_placement_type}. CLAE003A: Placement type.
         *
         * @param claPlacementType the value, or null
         * @return this builder
         */
        public Builder claPlacementType(PlacementType claPlacementType) {
            this.claPlacementType = claPlacementType;
            return this;
        }

        /**
         * Sets {@code clae_cla_episode_start_date}. CLAE004A: Start of the episode. Required.
         *
         * @param claEpisodeStartDate the value, or null
         * @return this builder
         */
        public Builder claEpisodeStartDate(LocalDateTime claEpisodeStartDate) {
            this.claEpisodeStartDate = claEpisodeStartDate;
            return this;
        }

        /**
         * Sets {@code clae_cla_episode_ceased_date}. CLAE005A: End of the episode.
         *
         * @param claEpisodeCeasedDate the value, or null
         * @return this builder
         */
        public Builder claEpisodeCeasedDate(LocalDateTime claEpisodeCeasedDate) {
            this.claEpisodeCeasedDate = claEpisodeCeasedDate;
            return this;
        }

        /**
         * Sets {@code clae_cla_episode_ceased_reason}. CLAE006A: Why the episode ended.
         *
         * @param claEpisodeCeasedReason the value, or null
         * @return this builder
         */
        public Builder claEpisodeCeasedReason(String claEpisodeCeasedReason) {
            this.claEpisodeCeasedReason = claEpisodeCeasedReason;
            return this;
        }

        /**
         * Sets {@code clae_factors_json}. CLAE007A: A test array of codes.
         *
         * @param factorsJson the value, or null
         * @return this builder
         */
        public Builder factorsJson(List<DisabilityCode> factorsJson) {
            this.factorsJson = factorsJson;
            return this;
        }

        /**
         * The record, failing fast when a required column is unset.
         *
         * @return a new record with the values set so far
         * @throws IllegalStateException naming the first required column that is unset
         */
        public ClaEpisode build() {
            if (claEpisodeId == null) {
                throw new IllegalStateException("clae_cla_episode_id is required: set claEpisodeId before build()");
            }
            if (personId == null) {
                throw new IllegalStateException("clae_person_id is required: set personId before build()");
            }
            if (claEpisodeStartDate == null) {
                throw new IllegalStateException("clae_cla_episode_start_date is required: set claEpisodeStartDate before build()");
            }
            return new ClaEpisode(claEpisodeId, personId, claPlacementType, claEpisodeStartDate, claEpisodeCeasedDate, claEpisodeCeasedReason, factorsJson);
        }
    }
}
