package io.github.ssdkit.model.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.ssdkit.model.code.YesNo;

/**
 * The structure held in {@code ssd_person.pers_outcome_json}: A structured test column.
 *
 * @param outcomeNfaFlag No further action.
 * @param comments Free text.
 */
@JsonPropertyOrder({"OUTCOME_NFA_FLAG", "COMMENTS"})
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record Outcome(@JsonProperty("OUTCOME_NFA_FLAG") YesNo outcomeNfaFlag,
        @JsonProperty("COMMENTS") String comments) {
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
        b.outcomeNfaFlag = outcomeNfaFlag;
        b.comments = comments;
        return b;
    }

    /**
     * Builds a {@link Outcome}; every setter returns the builder.
     */
    public static final class Builder {
        private YesNo outcomeNfaFlag;

        private String comments;

        private Builder() {
        }

        /**
         * Sets {@code OUTCOME_NFA_FLAG}. No further action.
         *
         * @param outcomeNfaFlag the value, or null
         * @return this builder
         */
        public Builder outcomeNfaFlag(YesNo outcomeNfaFlag) {
            this.outcomeNfaFlag = outcomeNfaFlag;
            return this;
        }

        /**
         * Sets {@code COMMENTS}. Free text.
         *
         * @param comments the value, or null
         * @return this builder
         */
        public Builder comments(String comments) {
            this.comments = comments;
            return this;
        }

        /**
         * The record.
         *
         * @return a new record with the values set so far
         */
        public Outcome build() {
            return new Outcome(outcomeNfaFlag, comments);
        }
    }
}
