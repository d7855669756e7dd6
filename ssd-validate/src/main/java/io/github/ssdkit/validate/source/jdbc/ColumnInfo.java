package io.github.ssdkit.validate.source.jdbc;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.validate.source.InputProblems;
import java.sql.Types;

/**
 * A database column: its name as the database spells it and its JDBC type.
 *
 * @param yesNo read a BIT or BOOLEAN as {@code Y}/{@code N}: set for the spec's flag columns, which
 *     many reporting databases store as bits
 */
record ColumnInfo(String name, int jdbcType, String typeName, boolean yesNo) {

  ColumnInfo(String name, int jdbcType, String typeName) {
    this(name, jdbcType, typeName, false);
  }

  /** This column as read for a field of the spec: a bit holding a flag reads as Y or N. */
  ColumnInfo readFor(Field field) {
    return field.type() == LogicalType.FLAG && isBit() ? new ColumnInfo(name, jdbcType, typeName, true) : this;
  }

  boolean isBit() {
    return jdbcType == Types.BIT || jdbcType == Types.BOOLEAN;
  }

  /** SQL Server's DATETIMEOFFSET, which mssql-jdbc reports with a type code of its own. */
  static final int SQLSERVER_DATETIMEOFFSET = -155;

  boolean isText() {
    return switch (jdbcType) {
      case Types.CHAR, Types.NCHAR, Types.VARCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR,
          Types.CLOB, Types.NCLOB -> true;
      default -> false;
    };
  }

  /** PostgreSQL's driver reports a TIMESTAMPTZ as a plain TIMESTAMP; only its type name tells. */
  boolean isOffsetDateTime() {
    String type = typeName == null ? "" : typeName.toLowerCase(java.util.Locale.ROOT);
    return jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || jdbcType == SQLSERVER_DATETIMEOFFSET
        || (jdbcType == Types.TIMESTAMP && (type.equals("timestamptz") || type.contains("with time zone")));
  }

  boolean isBinary() {
    return jdbcType == Types.BINARY || jdbcType == Types.VARBINARY || jdbcType == Types.LONGVARBINARY
        || jdbcType == Types.BLOB;
  }

  boolean isFixedWidthText() {
    return jdbcType == Types.CHAR || jdbcType == Types.NCHAR;
  }

  /** A column whose database type cannot hold the spec's values is reported once; its values are still checked. */
  void warnIfIncompatible(Field field, InputProblems problems) {
    if (!compatible(field.type())) {
      problems.report(0, "input.column-type", false, "column " + name + " is " + typeName + " in the database but "
          + field.type().specName() + " in the spec; its values are checked as text");
    }
  }

  private boolean compatible(LogicalType type) {
    boolean text = isText();
    boolean number = switch (jdbcType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL,
          Types.REAL, Types.FLOAT, Types.DOUBLE -> true;
      default -> false;
    };
    boolean temporal = jdbcType == Types.DATE || jdbcType == Types.TIMESTAMP || isOffsetDateTime();
    return switch (type) {
      case STRING, CODE -> text;
      case FLAG -> text || isBit();
      case INTEGER, DECIMAL -> number;
      case DATE, DATETIME -> temporal;
      case BOOLEAN -> isBit() || number;
      case JSON_OBJECT, JSON_ARRAY -> text || jdbcType == Types.OTHER || jdbcType == Types.JAVA_OBJECT
          || jdbcType == Types.SQLXML;
    };
  }
}
