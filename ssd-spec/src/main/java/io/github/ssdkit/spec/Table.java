package io.github.ssdkit.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SSD table: its columns in order, its primary key and its table-level checks.
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
public record Table(
    String name,
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
