package io.github.ssdkit.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of an SSD table. Build with {@link #builder(String, LogicalType)}.
 *
 * @param name the exact SSD column name, for example {@code pers_person_id}
 * @param item the SSD item reference, for example {@code PERS001A}
 * @param type the logical type of its values
 * @param maxLength the longest text a value may have, or null when unbounded or not text
 * @param precision total digits of a decimal, or null
 * @param scale digits after the point of a decimal, or null
 * @param required whether every row must hold a value
 * @param unique whether no two rows may hold the same value
 * @param codeSet the id of the code set values come from, or null
 * @param references the column this one points to, or null
 * @param returns the statutory returns and local uses this column feeds
 * @param cms the case management systems known to hold the item
 * @param status whether the column is released, proposed or deprecated
 * @param since the spec version the column appeared in
 * @param description what the column holds, in a sentence
 * @param guidance longer guidance for those producing an extract, or empty
 * @param identifier the national identifier scheme the values follow, or null
 * @param pattern an anchored regular expression values must match, or null
 * @param range inclusive numeric bounds for values, or null
 * @param jsonKeys the keys of a {@link LogicalType#JSON_OBJECT} column, empty otherwise
 * @param notes why the column is as it is, where that is not obvious (decisions, sources)
 * @param location where the column is declared
 */
public record Field(
    String name,
    String item,
    LogicalType type,
    Integer maxLength,
    Integer precision,
    Integer scale,
    boolean required,
    boolean unique,
    String codeSet,
    FieldRef references,
    List<String> returns,
    List<String> cms,
    Lifecycle status,
    String since,
    String description,
    String guidance,
    IdentifierScheme identifier,
    String pattern,
    Range range,
    List<JsonKey> jsonKeys,
    String notes,
    SourceLocation location) {

  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    item = item == null ? "" : item;
    returns = List.copyOf(returns == null ? List.of() : returns);
    cms = List.copyOf(cms == null ? List.of() : cms);
    status = status == null ? Lifecycle.RELEASED : status;
    since = since == null ? "" : since;
    description = description == null ? "" : description;
    guidance = guidance == null ? "" : guidance;
    jsonKeys = List.copyOf(jsonKeys == null ? List.of() : jsonKeys);
    notes = notes == null ? "" : notes;
    location = location == null ? SourceLocation.NONE : location;
  }

  public static Builder builder(String name, LogicalType type) {
    return new Builder(name, type);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public Optional<String> codeSetId() {
    return Optional.ofNullable(codeSet);
  }

  public Optional<FieldRef> foreignKey() {
    return Optional.ofNullable(references);
  }

  public Optional<IdentifierScheme> identifierScheme() {
    return Optional.ofNullable(identifier);
  }

  /** A mutable builder; every setter returns the builder. */
  public static final class Builder {
    private String name;
    private LogicalType type;
    private String item;
    private Integer maxLength;
    private Integer precision;
    private Integer scale;
    private boolean required;
    private boolean unique;
    private String codeSet;
    private FieldRef references;
    private List<String> returns = List.of();
    private List<String> cms = List.of();
    private Lifecycle status = Lifecycle.RELEASED;
    private String since;
    private String description;
    private String guidance;
    private IdentifierScheme identifier;
    private String pattern;
    private Range range;
    private List<JsonKey> jsonKeys = List.of();
    private String notes;
    private SourceLocation location;

    private Builder(String name, LogicalType type) {
      this.name = name;
      this.type = type;
    }

    private Builder(Field f) {
      name = f.name;
      type = f.type;
      item = f.item;
      maxLength = f.maxLength;
      precision = f.precision;
      scale = f.scale;
      required = f.required;
      unique = f.unique;
      codeSet = f.codeSet;
      references = f.references;
      returns = f.returns;
      cms = f.cms;
      status = f.status;
      since = f.since;
      description = f.description;
      guidance = f.guidance;
      identifier = f.identifier;
      pattern = f.pattern;
      range = f.range;
      jsonKeys = f.jsonKeys;
      notes = f.notes;
      location = f.location;
    }

    public Builder name(String v) { name = v; return this; }
    public Builder type(LogicalType v) { type = v; return this; }
    public Builder item(String v) { item = v; return this; }
    public Builder maxLength(Integer v) { maxLength = v; return this; }
    public Builder precision(Integer v) { precision = v; return this; }
    public Builder scale(Integer v) { scale = v; return this; }
    public Builder required(boolean v) { required = v; return this; }
    public Builder unique(boolean v) { unique = v; return this; }
    public Builder codeSet(String v) { codeSet = v; return this; }
    public Builder references(FieldRef v) { references = v; return this; }
    public Builder returns(List<String> v) { returns = v; return this; }
    public Builder cms(List<String> v) { cms = v; return this; }
    public Builder status(Lifecycle v) { status = v; return this; }
    public Builder since(String v) { since = v; return this; }
    public Builder description(String v) { description = v; return this; }
    public Builder guidance(String v) { guidance = v; return this; }
    public Builder identifier(IdentifierScheme v) { identifier = v; return this; }
    public Builder pattern(String v) { pattern = v; return this; }
    public Builder range(Range v) { range = v; return this; }
    public Builder jsonKeys(List<JsonKey> v) { jsonKeys = v; return this; }
    public Builder notes(String v) { notes = v; return this; }
    public Builder location(SourceLocation v) { location = v; return this; }

    public Field build() {
      return new Field(name, item, type, maxLength, precision, scale, required, unique, codeSet,
          references, returns, cms, status, since, description, guidance, identifier, pattern,
          range, jsonKeys, notes, location);
    }
  }
}
