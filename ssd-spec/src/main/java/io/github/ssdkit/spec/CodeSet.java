package io.github.ssdkit.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A list of allowed codes for one or more columns.
 *
 * @param id the stable id columns refer to, snake_case, for example {@code placement_type}
 * @param title a short human title
 * @param description what the set is for and any caveats
 * @param source the statutory returns or guidance the codes come from
 * @param version the edition of the source the list was taken from, for example {@code 2025-26}
 * @param extensible whether a local authority may add local codes beside these
 * @param values the codes, in their published order
 * @param notes decisions about the list, where sources disagree
 * @param location where the set is declared
 */
public record CodeSet(
    String id,
    String title,
    String description,
    List<String> source,
    String version,
    boolean extensible,
    List<CodeValue> values,
    String notes,
    SourceLocation location) {

  public CodeSet {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    source = List.copyOf(source == null ? List.of() : source);
    version = version == null ? "" : version;
    values = List.copyOf(values == null ? List.of() : values);
    notes = notes == null ? "" : notes;
    location = location == null ? SourceLocation.NONE : location;
  }

  /** The value with this code, or with this code as an alias. */
  public Optional<CodeValue> find(String code) {
    for (CodeValue v : values) {
      if (v.code().equals(code)) {
        return Optional.of(v);
      }
    }
    for (CodeValue v : values) {
      if (v.aliases().contains(code)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  public List<String> codes() {
    return values.stream().map(CodeValue::code).toList();
  }
}
