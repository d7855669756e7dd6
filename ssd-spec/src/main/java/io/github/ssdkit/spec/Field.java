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

  /**
   * Checks the name and type and puts every other null to its default: empty text, empty lists,
   * {@link Lifecycle#RELEASED}, {@link SourceLocation#NONE}.
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

  /**
   * A builder of a column with only its name and type set.
   *
   * @param name the column name
   * @param type its logical type
   * @return a new builder
   */
  public static Builder builder(String name, LogicalType type) {
    return new Builder(name, type);
  }

  /**
   * A builder holding every component of this column, to make a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The code set's id, when the column has one.
   *
   * @return {@link #codeSet()}, or empty
   */
  public Optional<String> codeSetId() {
    return Optional.ofNullable(codeSet);
  }

  /**
   * The column this one points to, when it is a foreign key.
   *
   * @return {@link #references()}, or empty
   */
  public Optional<FieldRef> foreignKey() {
    return Optional.ofNullable(references);
  }

  /**
   * The national identifier scheme of the values, when there is one.
   *
   * @return {@link #identifier()}, or empty
   */
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

    /**
     * Sets {@link Field#name()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder name(String v) { name = v; return this; }
    /**
     * Sets {@link Field#type()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder type(LogicalType v) { type = v; return this; }
    /**
     * Sets {@link Field#item()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder item(String v) { item = v; return this; }
    /**
     * Sets {@link Field#maxLength()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder maxLength(Integer v) { maxLength = v; return this; }
    /**
     * Sets {@link Field#precision()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder precision(Integer v) { precision = v; return this; }
    /**
     * Sets {@link Field#scale()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder scale(Integer v) { scale = v; return this; }
    /**
     * Sets {@link Field#required()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder required(boolean v) { required = v; return this; }
    /**
     * Sets {@link Field#unique()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder unique(boolean v) { unique = v; return this; }
    /**
     * Sets {@link Field#codeSet()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder codeSet(String v) { codeSet = v; return this; }
    /**
     * Sets {@link Field#references()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder references(FieldRef v) { references = v; return this; }
    /**
     * Sets {@link Field#returns()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder returns(List<String> v) { returns = v; return this; }
    /**
     * Sets {@link Field#cms()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder cms(List<String> v) { cms = v; return this; }
    /**
     * Sets {@link Field#status()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder status(Lifecycle v) { status = v; return this; }
    /**
     * Sets {@link Field#since()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder since(String v) { since = v; return this; }
    /**
     * Sets {@link Field#description()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder description(String v) { description = v; return this; }
    /**
     * Sets {@link Field#guidance()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder guidance(String v) { guidance = v; return this; }
    /**
     * Sets {@link Field#identifier()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder identifier(IdentifierScheme v) { identifier = v; return this; }
    /**
     * Sets {@link Field#pattern()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder pattern(String v) { pattern = v; return this; }
    /**
     * Sets {@link Field#range()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder range(Range v) { range = v; return this; }
    /**
     * Sets {@link Field#jsonKeys()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder jsonKeys(List<JsonKey> v) { jsonKeys = v; return this; }
    /**
     * Sets {@link Field#notes()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder notes(String v) { notes = v; return this; }
    /**
     * Sets {@link Field#location()}.
     *
     * @param v the value
     * @return this builder
     */
    public Builder location(SourceLocation v) { location = v; return this; }

    /**
     * The column with the values set.
     *
     * @return a new column
     */
    public Field build() {
      return new Field(name, item, type, maxLength, precision, scale, required, unique, codeSet,
          references, returns, cms, status, since, description, guidance, identifier, pattern,
          range, jsonKeys, notes, location);
    }
  }
}
