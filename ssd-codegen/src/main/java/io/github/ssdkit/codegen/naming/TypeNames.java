package io.github.ssdkit.codegen.naming;

import com.palantir.javapoet.NameAllocator;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The type names of one spec's generated code, shared by every language's generator so that Java,
 * TypeScript and Python name the same thing alike (decisions 274 and 275). Names are given in one
 * pass through a {@link NameAllocator}, in an order that keeps them stable:
 *
 * <ol>
 *   <li>row types, in table order: the table's {@link Table#rowTypeName() row type name}
 *       ({@code row_name}, or the table name in PascalCase);
 *   <li>table metadata classes: the table name in PascalCase and {@code Table}
 *       ({@code ContactsTable}: the class describes the table, not a row);
 *   <li>structured JSON columns, in table and column order: the column's name without its table
 *       prefix and {@code _json} ending ({@code cont_contact_outcome_json} is {@code ContactOutcome});
 *       a name already given keeps the {@code Json} ending ({@code addr_address_json} beside the
 *       {@code Address} row is {@code AddressJson}, as its record component {@code addressJson});
 *   <li>code sets, in spec order: the id in PascalCase, with {@code Code} added while a table's
 *       PascalCase name, another set's or an earlier type holds it ({@code DisabilityCode}).
 * </ol>
 *
 * <p>Names the generated files use from their languages (Java's {@code String}, Python's
 * {@code Optional}, TypeScript's {@code Array}) are never given. A name that would still clash
 * gets {@code _} added. Renaming a row or adding a table can move a later name; the spec's
 * version gate sees row renames, and golden files show the rest.
 */
public final class TypeNames {

  /** Types the generated Java, TypeScript and Python files refer to by simple name. */
  private static final Set<String> LANGUAGE_NAMES = Set.of(
      "Object", "String", "Integer", "Boolean", "Record", "Enum", "Class", "Override", "Deprecated",
      "IllegalStateException", "IllegalArgumentException", "List", "Map", "Optional", "BigDecimal",
      "LocalDate", "LocalDateTime", "Literal", "TypedDict", "Union", "Decimal", "NotRequired", "True", "False",
      "None", "Array", "Date", "Number", "Symbol", "Partial", "Readonly", "SsdTables", "SsdJson");

  private final NameAllocator allocator = new NameAllocator();
  private final Set<String> given = new HashSet<>(LANGUAGE_NAMES);

  private TypeNames(Spec spec) {
    LANGUAGE_NAMES.stream().sorted().forEach(n -> allocator.newName(n, "language:" + n));
    for (Table t : spec.tables()) {
      give(t.rowTypeName(), rowTag(t.name()));
    }
    for (Table t : spec.tables()) {
      give(JavaNames.typeName(t.name()) + "Table", tableTag(t.name()));
    }
    for (Table t : spec.tables()) {
      Map<String, String> components = JavaNames.componentNames(t);
      for (Field f : t.fields()) {
        if (f.type() == LogicalType.JSON_OBJECT) {
          String component = components.get(f.name());
          String full = Character.toUpperCase(component.charAt(0)) + component.substring(1);
          String bare = full.endsWith("Json") && full.length() > 4 ? full.substring(0, full.length() - 4) : full;
          give(given.contains(bare) ? full : bare, jsonTag(t.name(), f.name()));
        }
      }
    }
    Set<String> tableNames = new HashSet<>();
    spec.tables().forEach(t -> tableNames.add(JavaNames.typeName(t.name())));
    for (CodeSet set : spec.codeSets()) {
      Set<String> others = new HashSet<>(tableNames);
      spec.codeSets().stream().filter(o -> !o.id().equals(set.id())).forEach(o -> others.add(JavaNames.typeName(o.id())));
      String name = JavaNames.typeName(set.id());
      while (others.contains(name) || given.contains(name)) {
        name = name + "Code";
      }
      give(name, codeSetTag(set.id()));
    }
  }

  /**
   * The names of a spec's generated types.
   *
   * @param spec the spec
   * @return its names
   */
  public static TypeNames of(Spec spec) {
    return new TypeNames(Objects.requireNonNull(spec, "spec"));
  }

  /**
   * The row type of a table: its record, TypeScript interface and Python typed dict.
   *
   * @param table the SSD table name
   * @return the simple type name
   */
  public String row(String table) {
    return allocator.get(rowTag(table));
  }

  /**
   * The Java metadata class of a table ({@code ContactsTable}).
   *
   * @param table the SSD table name
   * @return the simple class name
   */
  public String table(String table) {
    return allocator.get(tableTag(table));
  }

  /**
   * The type of a structured JSON column's value.
   *
   * @param table the SSD table name
   * @param column the column's SSD name
   * @return the simple type name
   */
  public String json(String table, String column) {
    return allocator.get(jsonTag(table, column));
  }

  /**
   * The enum (or literal union) of a code set.
   *
   * @param codeSet the code set id
   * @return the simple type name
   */
  public String codeSet(String codeSet) {
    return allocator.get(codeSetTag(codeSet));
  }

  private void give(String suggestion, String tag) {
    given.add(allocator.newName(suggestion, tag));
  }

  private static String rowTag(String table) {
    return "row:" + table;
  }

  private static String tableTag(String table) {
    return "table:" + table;
  }

  private static String jsonTag(String table, String column) {
    return "json:" + table + "." + column;
  }

  private static String codeSetTag(String codeSet) {
    return "code:" + codeSet;
  }
}
