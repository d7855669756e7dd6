package io.github.ssdkit.codegen.naming;

import com.palantir.javapoet.NameAllocator;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Stable, legal Java names for SSD names. The same spec always gives the same names, and a
 * name depends only on what it names and its siblings, so adding a column never renames another.
 */
public final class JavaNames {

  private JavaNames() {}

  /**
   * {@code ssd_cla_episodes} to {@code ClaEpisodes}, as {@link Table#typeNameOf} spells it.
   *
   * @param tableOrSet a table name or code set id
   * @return the PascalCase name
   */
  public static String typeName(String tableOrSet) {
    return Table.typeNameOf(tableOrSet);
  }

  /**
   * The enum name of a code set, as {@link TypeNames} gives it: its {@link #typeName} unless a
   * table or an earlier generated type has that name, when {@code Code} is added
   * ({@code disability} beside {@code ssd_disability} is {@code DisabilityCode}), so a record and
   * the enum of its own codes never need qualified names.
   *
   * @param spec the spec
   * @param codeSet the code set id
   * @return the enum's simple name
   */
  public static String codeSetTypeName(Spec spec, String codeSet) {
    return TypeNames.of(spec).codeSet(codeSet);
  }

  /**
   * Component names of a table's columns, in column order: the table prefix dropped and the rest
   * in camelCase ({@code pers_person_id} to {@code personId}); a name that would clash with
   * another column keeps its full form ({@code persPersonId}).
   */
  public static Map<String, String> componentNames(Table table) {
    String prefix = commonPrefix(table.fields());
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Field f : table.fields()) {
      counts.merge(shortName(f.name(), prefix), 1, Integer::sum);
    }
    for (Field f : table.fields()) {
      String shortName = shortName(f.name(), prefix);
      String name = legal(camel(counts.get(shortName) > 1 ? f.name() : shortName));
      while (!used.add(name)) {
        name = name + "_";
      }
      out.put(f.name(), name);
    }
    return out;
  }

  /** Constants every generated table metadata class has besides its columns' ones. */
  public static final List<String> TABLE_CONSTANTS = List.of("NAME", "PRIMARY_KEY", "COLUMNS", "ITEMS", "INFO");

  /**
   * Names of the column-name constants of a table's metadata class, in column order: the column's
   * name without the table prefix in upper case ({@code cont_contact_date} to {@code CONTACT_DATE});
   * the full column name where that is taken, by another column or by one of
   * {@link #TABLE_CONSTANTS} ({@code dept_name} would be {@code DEPT_NAME}); {@code _} added after
   * that, through a {@link NameAllocator}. Like component names, a constant depends only on its
   * table's columns.
   *
   * @param table the table
   * @return constant names by SSD column name
   */
  public static Map<String, String> columnConstantNames(Table table) {
    String prefix = commonPrefix(table.fields());
    Map<String, Integer> counts = new HashMap<>();
    for (Field f : table.fields()) {
      counts.merge(shortName(f.name(), prefix), 1, Integer::sum);
    }
    NameAllocator allocator = new NameAllocator();
    Set<String> given = new HashSet<>();
    TABLE_CONSTANTS.forEach(n -> given.add(allocator.newName(n, "table:" + n)));
    Map<String, String> out = new LinkedHashMap<>();
    for (Field f : table.fields()) {
      String shortName = shortName(f.name(), prefix);
      String bare = upperSnake(counts.get(shortName) > 1 ? f.name() : shortName);
      String name = allocator.newName(given.contains(bare) ? upperSnake(f.name()) : bare, f.name());
      given.add(name);
      out.put(f.name(), name);
    }
    return out;
  }

  private static String upperSnake(String name) {
    String upper = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    return upper.isEmpty() || Character.isDigit(upper.charAt(0)) ? "_" + upper : upper;
  }

  /** camelCase of a JSON key such as {@code NFA_FLAG}. */
  public static String keyName(String key) {
    return legal(camel(key.toLowerCase(Locale.ROOT)));
  }

  /**
   * Names a record component cannot take: the generated {@code builder()}, {@code toBuilder()}
   * and {@code build()}, and the methods every record has or inherits.
   */
  static final Set<String> RESERVED_COMPONENTS = Set.of("builder", "toBuilder", "build", "equals", "hashCode",
      "toString", "getClass", "clone", "finalize", "notify", "notifyAll", "wait");

  /**
   * Enum constant names for codes, in order: upper case, other characters as {@code _}, a leading
   * {@code _} before a digit ({@code 1A} to {@code _1A}), and {@code _2}, {@code _3}... for codes
   * that would otherwise share a name (such as {@code k3} beside {@code K3}).
   */
  public static Map<String, String> constantNames(List<String> codes) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String code : codes) {
      String base = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
      if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
        base = "_" + base;
      }
      if (base.equals("_") || SourceVersion.isKeyword(base.toLowerCase(Locale.ROOT)) && base.equals(base.toLowerCase(Locale.ROOT))) {
        base = base + "_";
      }
      String name = base;
      for (int n = 2; !used.add(name); n++) {
        name = base + "_" + n;
      }
      out.put(code, name);
    }
    return out;
  }

  private static String commonPrefix(List<Field> fields) {
    if (fields.isEmpty()) {
      return "";
    }
    String first = fields.get(0).name();
    int u = first.indexOf('_');
    if (u <= 0) {
      return "";
    }
    String prefix = first.substring(0, u + 1);
    long sharing = fields.stream().filter(f -> f.name().startsWith(prefix)).count();
    return sharing * 2 >= fields.size() ? prefix : "";
  }

  private static String shortName(String column, String prefix) {
    return !prefix.isEmpty() && column.startsWith(prefix) && column.length() > prefix.length()
        ? column.substring(prefix.length()) : column;
  }

  static String pascal(String snake) {
    StringBuilder b = new StringBuilder();
    for (String part : snake.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return b.toString();
  }

  static String camel(String snake) {
    String p = pascal(snake);
    return p.isEmpty() ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1);
  }

  private static String legal(String name) {
    if (name.isEmpty()) {
      return "value";
    }
    if (Character.isDigit(name.charAt(0))) {
      name = "_" + name;
    }
    return SourceVersion.isKeyword(name) || RESERVED_COMPONENTS.contains(name) ? name + "Value" : name;
  }
}
