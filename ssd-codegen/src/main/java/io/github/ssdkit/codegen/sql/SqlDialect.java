package io.github.ssdkit.codegen.sql;

import io.github.ssdkit.spec.Field;
import java.util.Arrays;
import java.util.Optional;

/**
 * The databases we generate DDL for, and how each spells the spec's logical types.
 *
 * <p>SQL Server types follow the deployed SSD scripts (NVARCHAR, NCHAR(1) flags, DATETIME), since
 * that is what authorities' reporting databases hold; PostgreSQL gets the nearest native types
 * (JSON columns become JSONB there, NVARCHAR(MAX) on SQL Server, which has no JSON type).
 */
public enum SqlDialect {
  SQLSERVER("sqlserver", "SQL Server") {
    @Override
    String type(Field f) {
      return switch (f.type()) {
        case STRING, CODE -> f.maxLength() == null || f.maxLength() > 4000 ? "NVARCHAR(MAX)" : "NVARCHAR(" + f.maxLength() + ")";
        case FLAG -> "NCHAR(" + (f.maxLength() == null ? 1 : f.maxLength()) + ")";
        case INTEGER -> "INT";
        case DECIMAL -> f.precision() == null ? "FLOAT" : "DECIMAL(" + f.precision() + "," + scale(f) + ")";
        case DATE -> "DATE";
        case DATETIME -> "DATETIME";
        case BOOLEAN -> "BIT";
        case JSON_OBJECT, JSON_ARRAY -> "NVARCHAR(MAX)";
      };
    }

    @Override
    String quote(String identifier) {
      return "[" + identifier + "]";
    }
  },
  POSTGRES("postgres", "PostgreSQL") {
    @Override
    String type(Field f) {
      return switch (f.type()) {
        case STRING, CODE -> f.maxLength() == null ? "TEXT" : "VARCHAR(" + f.maxLength() + ")";
        case FLAG -> "CHAR(" + (f.maxLength() == null ? 1 : f.maxLength()) + ")";
        case INTEGER -> "INTEGER";
        case DECIMAL -> f.precision() == null ? "DOUBLE PRECISION" : "NUMERIC(" + f.precision() + "," + scale(f) + ")";
        case DATE -> "DATE";
        case DATETIME -> "TIMESTAMP(3)";
        case BOOLEAN -> "BOOLEAN";
        case JSON_OBJECT, JSON_ARRAY -> "JSONB";
      };
    }

    @Override
    String quote(String identifier) {
      return "\"" + identifier + "\"";
    }
  };

  private final String id;
  private final String displayName;

  SqlDialect(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** The name used on the command line and in file paths: {@code sqlserver} or {@code postgres}. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** The column type for a field. */
  abstract String type(Field f);

  /** Quotes an identifier; SSD names are plain snake_case, but a quoted name never clashes with a keyword. */
  abstract String quote(String identifier);

  private static int scale(Field f) {
    return f.scale() == null ? 0 : f.scale();
  }

  public static Optional<SqlDialect> fromId(String id) {
    return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
  }
}
