package io.github.ssdkit.sample;

/**
 * One deliberate error in a generated extract.
 *
 * @param table the table file it is in
 * @param row the 1-based data row (the header is not counted)
 * @param column the column changed
 * @param kind the rule kind a validator reports it under, one of {@link io.github.ssdkit.spec.RuleIds}'
 *     kinds: type, required, length, code, pattern, range, primary-key, foreign-key or check
 * @param original the clean value, or empty for an empty cell
 * @param injected the value written instead, or empty for an empty cell
 */
public record InjectedError(
    String table, long row, String column, String kind, String original, String injected) {}
