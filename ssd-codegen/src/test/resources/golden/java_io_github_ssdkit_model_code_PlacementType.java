package io.github.ssdkit.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * Placement type
 *
 * <p>Code set {@code placement_type} (2025-26) of the SSD spec 1.0.0. Generated from the spec; do not edit.
 */
public enum PlacementType {
    /**
     * {@code U1}: Foster placement with relative or friend, long term
     */
    U1("U1", "Foster placement with relative or friend, long term", List.of()),

    /**
     * {@code K2}: Children's home
     */
    K2("K2", "Children's home", List.of()),

    /**
     * {@code 1A}: A code that starts with a digit
     */
    _1A("1A", "A code that starts with a digit", List.of()),

    /**
     * {@code H5}: Semi-independent living accommodation Withdrawn on 2025-04-01; valid for records dated before then.
     */
    H5("H5", "Semi-independent living accommodation", List.of());

    private final String code;

    private final String label;

    private final List<String> aliases;

    PlacementType(String code, String label, List<String> aliases) {
        this.code = code;
        this.label = label;
        this.aliases = aliases;
    }

    /**
     * The code as written in extracts.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * What the code means.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The constant for a code, or for another spelling of it.
     *
     * @param code the code as written in an extract
     * @return the constant
     * @throws IllegalArgumentException when the code is not in this code set
     */
    @JsonCreator
    public static PlacementType fromCode(String code) {
        for (PlacementType value : values()) {
            if (value.code.equals(code) || value.aliases.contains(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a code of placement_type; expected one of: U1, K2, 1A, H5");
    }

    @Override
    public String toString() {
        return code;
    }
}
