package io.github.ssdkit.codegen.sql;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Origins;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one {@code CREATE TABLE} script for a dialect: tables in dependency order, primary keys,
 * unique constraints on required unique columns, and (when asked) foreign-key constraints added
 * after every table exists. Pure: the same spec gives the same text.
 */
public final class SqlDdlWriter {

  private final SqlDialect dialect;
  private final boolean foreignKeys;
  private final String schema;

  /**
   * @param dialect the database to write for
   * @param foreignKeys whether to add foreign-key constraints; off by default because real
   *     extracts are often loaded table by table, or hold history whose parents were purged
   * @param schema a schema to qualify table names with, or null for the connection's default
   */
  public SqlDdlWriter(SqlDialect dialect, boolean foreignKeys, String schema) {
    this.dialect = dialect;
    this.foreignKeys = foreignKeys;
    this.schema = schema == null || schema.isBlank() ? null : schema;
  }

  public String write(Spec spec) {
    StringBuilder sql = new StringBuilder();
    sql.append("-- Standard Safeguarding Dataset (SSD) ").append(spec.version())
        .append(" for ").append(dialect.displayName()).append('\n')
        .append("-- Generated from the SSD spec (upstream release ").append(spec.manifest().upstream())
        .append("); do not edit by hand.\n")
        .append("-- Tables are in dependency order: referenced tables come first.\n");
    List<Table> tables = spec.tablesInDependencyOrder();
    for (Table table : tables) {
      sql.append('\n');
      createTable(spec.origins(), table, sql);
    }
    if (foreignKeys) {
      sql.append("\n-- Foreign keys\n");
      for (Table table : tables) {
        for (Field f : table.foreignKeys()) {
          sql.append("ALTER TABLE ").append(name(table.name()))
              .append(" ADD CONSTRAINT ").append(dialect.quote(constraint("fk", table.name(), f.name())))
              .append(" FOREIGN KEY (").append(dialect.quote(f.name())).append(") REFERENCES ")
              .append(name(f.references().table())).append(" (").append(dialect.quote(f.references().field()))
              .append(");\n");
        }
      }
    }
    return sql.toString();
  }

  private void createTable(Origins origins, Table table, StringBuilder sql) {
    String tableText = origins.table(table.name()).describe(table.description());
    comment(tableText, "", sql);
    sql.append("CREATE TABLE ").append(name(table.name())).append(" (\n");
    List<String> lines = new ArrayList<>();
    for (Field f : table.fields()) {
      boolean notNull = f.required() || table.primaryKey().contains(f.name());
      lines.add("    " + dialect.quote(f.name()) + " " + dialect.type(f) + (notNull ? " NOT NULL" : " NULL"));
    }
    lines.add("    CONSTRAINT " + dialect.quote(constraint("pk", table.name(), null)) + " PRIMARY KEY ("
        + String.join(", ", table.primaryKey().stream().map(dialect::quote).toList()) + ")");
    for (Field f : table.fields()) {
      if (f.unique() && f.required() && !table.primaryKey().equals(List.of(f.name()))) {
        lines.add("    CONSTRAINT " + dialect.quote(constraint("uq", table.name(), f.name())) + " UNIQUE ("
            + dialect.quote(f.name()) + ")");
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i) + (i < lines.size() - 1 ? "," : "");
      if (i < table.fields().size()) {
        Field f = table.fields().get(i);
        String note = origins.column(table.name(), f.name())
            .describe((f.item().isEmpty() ? "" : f.item() + ": ") + f.description());
        line = line + (note.isBlank() ? "" : " -- " + oneLine(note));
      }
      sql.append(line).append('\n');
    }
    sql.append(");\n");
    if (dialect == SqlDialect.POSTGRES) {
      if (!tableText.isBlank()) {
        sql.append("COMMENT ON TABLE ").append(name(table.name())).append(" IS ")
            .append(literal(tableText)).append(";\n");
      }
      for (Field f : table.fields()) {
        String text = origins.column(table.name(), f.name()).describe(f.description());
        if (!text.isBlank()) {
          sql.append("COMMENT ON COLUMN ").append(name(table.name())).append('.').append(dialect.quote(f.name()))
              .append(" IS ").append(literal(text)).append(";\n");
        }
      }
    }
  }

  private String name(String table) {
    return schema == null ? dialect.quote(table) : dialect.quote(schema) + "." + dialect.quote(table);
  }

  /** Constraint names are kept under 63 characters, PostgreSQL's limit, by shortening the table name. */
  private static String constraint(String kind, String table, String column) {
    String name = kind + "_" + table + (column == null ? "" : "_" + column);
    if (name.length() <= 63) {
      return name;
    }
    String hash = Integer.toHexString(name.hashCode() & 0x7fffffff);
    return name.substring(0, 62 - hash.length()) + "_" + hash;
  }

  private static void comment(String text, String indent, StringBuilder sql) {
    if (!text.isBlank()) {
      sql.append(indent).append("-- ").append(oneLine(text)).append('\n');
    }
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String literal(String text) {
    return "'" + oneLine(text).replace("'", "''") + "'";
  }
}
