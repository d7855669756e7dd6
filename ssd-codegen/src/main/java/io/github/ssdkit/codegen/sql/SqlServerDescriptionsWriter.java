package io.github.ssdkit.codegen.sql;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;

/**
 * SQL Server keeps table and column comments as {@code MS_Description} extended properties, which
 * Management Studio and data catalogues show. They cannot go inside {@code CREATE TABLE}, so they
 * get a script of their own, run once after {@code ssd.sql} in the same schema.
 */
public final class SqlServerDescriptionsWriter {

  public String write(Spec spec) {
    StringBuilder sql = new StringBuilder();
    sql.append("-- Standard Safeguarding Dataset (SSD) ").append(spec.version())
        .append(": table and column descriptions for SQL Server\n")
        .append("-- Run once after ssd.sql, connected with the schema that holds the tables as default schema.\n")
        .append("-- Generated from the SSD spec; do not edit by hand.\n")
        .append("DECLARE @schema sysname = SCHEMA_NAME();\n");
    for (Table table : spec.tablesInDependencyOrder()) {
      sql.append('\n');
      String tableText = spec.origins().table(table.name()).describe(table.description());
      if (!tableText.isBlank()) {
        property(tableText, table.name(), null, sql);
      }
      for (Field f : table.fields()) {
        String text = spec.origins().column(table.name(), f.name())
            .describe((f.item().isEmpty() ? "" : f.item() + ": ") + f.description());
        if (!text.isBlank()) {
          property(text, table.name(), f.name(), sql);
        }
      }
    }
    return sql.toString();
  }

  private static void property(String text, String table, String column, StringBuilder sql) {
    sql.append("EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = ").append(literal(text))
        .append(", @level0type = N'SCHEMA', @level0name = @schema, @level1type = N'TABLE', @level1name = ")
        .append(literal(table));
    if (column != null) {
      sql.append(", @level2type = N'COLUMN', @level2name = ").append(literal(column));
    }
    sql.append(";\n");
  }

  /** A Unicode string literal; extended property values hold at most 7,500 characters, far above any description. */
  private static String literal(String text) {
    return "N'" + text.strip().replaceAll("\\s+", " ").replace("'", "''") + "'";
  }
}
