package io.github.ssdkit.spec;

import java.util.List;
import java.util.Objects;

/**
 * One overlay as written: a local or supplier extension of the core SSD, read from a directory
 * (its manifest {@code overlay.yaml}, tables in {@code tables/}, code sets in {@code codesets/}) or
 * from a single YAML file. Reading does not judge it against the core; the overlay merger does
 * (see {@code io.github.ssdkit.spec.overlay.Overlays} and docs/overlays.md).
 *
 * @param id a short stable id, lower snake_case, for example {@code la801}
 * @param name a human name, for example the authority's
 * @param version the overlay's own semantic version
 * @param coreRange the core spec versions it applies to, as a Maven-style range such as
 *     {@code [1.0.0,2.0.0)}, or a single version
 * @param prefix what all its local names start with, for example {@code la801_}
 * @param description what the overlay is for, or empty
 * @param tables tables it declares: new tables, or (to be judged) a core table declared again
 * @param codeSets code sets it declares: new sets, or (to be judged) a core set declared again
 * @param tableExtensions columns and checks it adds to, and tightenings it makes of, tables it does not own
 * @param codeSetExtensions codes it adds to code sets it does not own
 * @param location where the manifest is
 * @param coreRangeAt where the core version range is written
 * @param prefixAt where the prefix is written
 */
public record Overlay(
    String id,
    String name,
    String version,
    String coreRange,
    String prefix,
    String description,
    List<Table> tables,
    List<CodeSet> codeSets,
    List<TableExtension> tableExtensions,
    List<CodeSetExtension> codeSetExtensions,
    SourceLocation location,
    SourceLocation coreRangeAt,
    SourceLocation prefixAt) {

  public Overlay {
    Objects.requireNonNull(id, "id");
    name = Objects.requireNonNullElse(name, "");
    version = Objects.requireNonNullElse(version, "");
    coreRange = Objects.requireNonNullElse(coreRange, "");
    prefix = Objects.requireNonNullElse(prefix, "");
    description = Objects.requireNonNullElse(description, "");
    tables = List.copyOf(tables);
    codeSets = List.copyOf(codeSets);
    tableExtensions = List.copyOf(tableExtensions);
    codeSetExtensions = List.copyOf(codeSetExtensions);
    location = Objects.requireNonNullElse(location, SourceLocation.NONE);
    coreRangeAt = Objects.requireNonNullElse(coreRangeAt, location);
    prefixAt = Objects.requireNonNullElse(prefixAt, location);
  }

  /** The origin its items carry in a merged spec. */
  public Origin origin() {
    return new Origin(id, version, prefix);
  }

  /**
   * What an overlay does to a table it does not own: new columns (appended, in order), tightenings
   * of existing columns, and new checks.
   */
  public record TableExtension(
      String table, List<Field> addFields, List<Tightening> tighten, List<Check> addChecks, SourceLocation location) {

    public TableExtension {
      Objects.requireNonNull(table, "table");
      addFields = List.copyOf(addFields);
      tighten = List.copyOf(tighten);
      addChecks = List.copyOf(addChecks);
      location = Objects.requireNonNullElse(location, SourceLocation.NONE);
    }
  }

  /**
   * A change to one existing column, of the properties an overlay may make stricter. A null
   * property is left as it is. Whether a given value is in fact stricter is judged by the merger
   * (through the spec differ), not here: {@code required: false} on a required column reads fine
   * and is reported as a loosening.
   */
  public record Tightening(
      String column,
      Boolean required,
      Boolean unique,
      Integer maxLength,
      Integer precision,
      Integer scale,
      String pattern,
      Range range,
      SourceLocation location) {

    public Tightening {
      Objects.requireNonNull(column, "column");
      location = Objects.requireNonNullElse(location, SourceLocation.NONE);
    }

    /** The column with this tightening's properties set. */
    public Field applyTo(Field field) {
      Field.Builder b = field.toBuilder();
      if (required != null) {
        b.required(required);
      }
      if (unique != null) {
        b.unique(unique);
      }
      if (maxLength != null) {
        b.maxLength(maxLength);
      }
      if (precision != null) {
        b.precision(precision);
      }
      if (scale != null) {
        b.scale(scale);
      }
      if (pattern != null) {
        b.pattern(pattern);
      }
      if (range != null) {
        b.range(range);
      }
      return b.build();
    }
  }

  /** Codes an overlay adds to a code set it does not own. */
  public record CodeSetExtension(String codeSet, List<CodeValue> addValues, SourceLocation location) {

    public CodeSetExtension {
      Objects.requireNonNull(codeSet, "codeSet");
      addValues = List.copyOf(addValues);
      location = Objects.requireNonNullElse(location, SourceLocation.NONE);
    }
  }
}
