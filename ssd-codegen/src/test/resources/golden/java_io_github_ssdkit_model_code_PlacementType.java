package io.github.ssdkit.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Placement type
 *
 * <p>Code set {@code placement_type} (2025-26) of the SSD spec 1.0.0. Generated from the spec; do not edit.
 */
public enum PlacementType {
    /**
     * {@code U1}: Foster placement with relative or friend, long term
     */
    U1("U1", "Foster placement with relative or friend, long term", null, List.of()),

    /**
     * {@code K2}: Children's home
     */
    K2("K2", "Children's home", null, List.of()),

    /**
     * {@code 1A}: A code that starts with a digit
     */
    _1A("1A", "A code that starts with a digit", null, List.of()),

    /**
     * {@code H5}: Semi-independent living accommodation
     *
     * <p>Withdrawn on 2025-04-01; valid on records dated before then.
     */
    H5("H5", "Semi-independent living accommodation", LocalDate.parse("2025-04-01"), List.of());

    private static final Map<String, PlacementType> lookup = byCode();

    private final String code;

    private final String label;

    private final LocalDate withdrawn;

    private final List<String> aliases;

    PlacementType(String code, String label, LocalDate withdrawn, List<String> aliases) {
        this.code = code;
        this.label = label;
        this.withdrawn = withdrawn;
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
     * The first day this code is no longer valid for new records.
     *
     * @return the withdrawal date, or empty while the code is current
     */
    public Optional<LocalDate> withdrawnOn() {
        return Optional.ofNullable(withdrawn);
    }

    /**
     * Whether a record dated {@code date} may carry this code: a current code always, a
     * withdrawn one only on records dated before its withdrawal; an undated record only needs the code to exist.
     *
     * @param date the record's own date, or null when it has none
     * @return true when the code was valid on that date
     */
    public boolean isValidOn(LocalDate date) {
        return withdrawn == null || date == null || date.isBefore(withdrawn);
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
        PlacementType value = code == null ? null : lookup.get(code);
        if (value == null) {
            throw new IllegalArgumentException("'" + code + "' is not a code of placement_type; expected one of: U1, K2, 1A, H5");
        }
        return value;
    }

    private static Map<String, PlacementType> byCode() {
        Map<String, PlacementType> map = new HashMap<>();
        for (PlacementType value : values()) {
            map.put(value.code, value);
            for (String alias : value.aliases) {
                map.putIfAbsent(alias, value);
            }
        }
        return Map.copyOf(map);
    }

    @Override
    public String toString() {
        return code;
    }
}
