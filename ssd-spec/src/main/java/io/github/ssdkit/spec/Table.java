package io.github.ssdkit.spec;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One SSD table: its columns in order, its primary key and its table-level checks.
 *
 * @param name the SSD table name, for example {@code ssd_person}
 * @param rowName the type name of one row in generated code ({@code Contact} for {@code ssd_contacts}),
 *     or empty when the table's name in PascalCase reads as one row already (see {@link #rowTypeName()})
 * @param description what one row stands for
 * @param domain the area of practice it belongs to, for example {@code cla} or {@code identity}
 * @param status whether the table is released, proposed or deprecated
 * @param since the spec version the table appeared in
 * @param primaryKey the columns that identify a row, in order (one or more)
 * @param fields the columns, in extract order
 * @param checks the table-level rules
 * @param notes why the table is as it is, where that is not obvious
 * @param location where the table is declared
 */
public record Table(
    String name,
    String rowName,
    String description,
    String domain,
    Lifecycle status,
    String since,
    List<String> primaryKey,
    List<Field> fields,
    List<Check> checks,
    String notes,
    SourceLocation location) {

  /**
   * Checks the components and puts defaults in place of nulls; lists are copied, so the value stays immutable.
   *
   * @param name the SSD table name, for example {@code ssd_person}
   * @param rowName the type name of one row in generated code, or empty for the name derived from the table's
   * @param description what one row stands for
   * @param domain the area of practice it belongs to, for example {@code cla} or {@code identity}
   * @param status whether the table is released, proposed or deprecated
   * @param since the spec version the table appeared in
   * @param primaryKey the columns that identify a row, in order (one or more)
   * @param fields the columns, in extract order
   * @param checks the table-level rules
   * @param notes why the table is as it is, where that is not obvious
   * @param location where the table is declared
   */
  public Table {
    Objects.requireNonNull(name, "name");
    rowName = rowName == null ? "" : rowName;
    description = description == null ? "" : description;
    domain = domain == null ? "" : domain;
    status = status == null ? Lifecycle.RELEASED : status;
    since = since == null ? "" : since;
    primaryKey = List.copyOf(primaryKey == null ? List.of() : primaryKey);
    fields = List.copyOf(fields == null ? List.of() : fields);
    checks = List.copyOf(checks == null ? List.of() : checks);
    notes = notes == null ? "" : notes;
    location = location == null ? SourceLocation.NONE : location;
  }

  /**
   * A table without a {@code row_name}: its rows are named after the table.
   *
   * @param name the SSD table name, for example {@code ssd_person}
   * @param description what one row stands for
   * @param domain the area of practice it belongs to, for example {@code cla} or {@code identity}
   * @param status whether the table is released, proposed or deprecated
   * @param since the spec version the table appeared in
   * @param primaryKey the columns that identify a row, in order (one or more)
   * @param fields the columns, in extract order
   * @param checks the table-level rules
   * @param notes why the table is as it is, where that is not obvious
   * @param location where the table is declared
   */
  public Table(String name, String description, String domain, Lifecycle status, String since, List<String> primaryKey,
      List<Field> fields, List<Check> checks, String notes, SourceLocation location) {
    this(name, "", description, domain, status, since, primaryKey, fields, checks, notes, location);
  }

  /**
   * The type name of one row in generated code: the spec's {@code row_name} when it has one, else
   * the table name as {@link #typeNameOf} gives it ({@code ssd_cla_episodes} to
   * {@code ClaEpisodes}). Generators may still have to
   * resolve a clash with other generated names; the linter keeps these unique among tables.
   *
   * @return the row's type name
   */
  public String rowTypeName() {
    return rowName.isEmpty() ? typeNameOf(name) : rowName;
  }

  /**
   * The PascalCase type name of an SSD table or code set name, which generators use where the spec
   * gives no other: {@code ssd_} dropped, each word capitalised and the rest lower case
   * ({@code ssd_cla_episodes} to {@code ClaEpisodes}), {@code _} before a leading digit,
   * {@code Value} for a name without letters or digits.
   *
   * @param ssdName a table name or code set id
   * @return the type name
   */
  public static String typeNameOf(String ssdName) {
    String base = ssdName.startsWith("ssd_") ? ssdName.substring(4) : ssdName;
    StringBuilder b = new StringBuilder();
    for (String part : base.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    if (b.isEmpty()) {
      return "Value";
    }
    return Character.isDigit(b.charAt(0)) ? "_" + b : b.toString();
  }

  /**
   * A column by its exact name.
   *
   * @param fieldName the column name
   * @return the column, or empty
   */
  public Optional<Field> field(String fieldName) {
    for (Field f : fields) {
      if (f.name().equals(fieldName)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The fields of the primary key, in key order (skipping names that do not resolve).
   *
   * @return the key columns
   */
  public List<Field> primaryKeyFields() {
    return primaryKey.stream().flatMap(k -> field(k).stream()).toList();
  }

  /** {@return the column names, in extract order} */
  public List<String> fieldNames() {
    return fields.stream().map(Field::name).toList();
  }

  /**
   * The columns that point at another table.
   *
   * @return those columns, in extract order
   */
  public List<Field> foreignKeys() {
    return fields.stream().filter(f -> f.references() != null).toList();
  }
}
