package io.github.ssdkit.validate.source.jdbc;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.InputProblems;
import io.github.ssdkit.validate.source.TableReader;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The SSD tables read straight from a database over JDBC. The connection is read-only and only
 * SELECT statements and metadata calls are sent. Rows come in primary-key order, streamed with a
 * fetch size, and each value is turned into the text a CSV export would hold, so the same rules
 * apply. Credentials never appear in {@link #describe()} or in messages.
 */
public final class JdbcSource implements ExtractSource, AutoCloseable {

  static final int FETCH_SIZE = 10_000;

  private final String url;
  private final Properties credentials = new Properties();
  private final String schema;
  private final String prefix;
  private Connection connection;
  private Map<String, String> tables;

  public JdbcSource(String url, String user, String password, String schema, String tablePrefix) {
    this.url = url;
    if (user != null) {
      credentials.setProperty("user", user);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
    this.schema = schema == null || schema.isBlank() ? null : schema;
    this.prefix = tablePrefix == null ? "" : tablePrefix;
  }

  @Override
  public String describe() {
    return Redaction.url(url) + (schema == null ? "" : " schema " + schema);
  }

  @Override
  public Optional<String> unusable(Spec spec) {
    try {
      connection();
      if (schema != null && !schemaExists()) {
        return Optional.of(describe() + ": no schema '" + schema + "' in the database");
      }
      tables();
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of("cannot read " + Redaction.url(url) + ": " + Redaction.message(e, credentials));
    }
  }

  @Override
  public Optional<TableReader> open(Table table, InputProblems problems) {
    try {
      String actual = tables().get((prefix + table.name()).toLowerCase(Locale.ROOT));
      if (actual == null) {
        return Optional.empty();
      }
      Map<String, ColumnInfo> columns = columns(actual);
      List<Field> present = new ArrayList<>();
      List<ColumnInfo> infos = new ArrayList<>();
      for (Field f : table.fields()) {
        ColumnInfo info = columns.get(f.name().toLowerCase(Locale.ROOT));
        if (info != null) {
          present.add(f);
          infos.add(info);
          info.warnIfIncompatible(f, problems);
        }
      }
      if (present.isEmpty()) {
        problems.report(0, "input.database", true, actual + " has none of the table's columns");
        return Optional.empty();
      }
      return Optional.of(new JdbcTableReader(connection(), query(table, actual, infos), present, infos));
    } catch (SQLException e) {
      problems.report(0, "input.database", true, "cannot read " + table.name() + ": " + Redaction.message(e, credentials));
      return Optional.empty();
    }
  }

  @Override
  public List<String> unknownTables(Spec spec) {
    List<String> unknown = new ArrayList<>();
    try {
      for (Map.Entry<String, String> t : tables().entrySet()) {
        String name = t.getKey();
        if (name.startsWith(prefix.toLowerCase(Locale.ROOT) + "ssd_")
            && spec.tables().stream().noneMatch(s -> (prefix + s.name()).equalsIgnoreCase(name))) {
          unknown.add(t.getValue());
        }
      }
    } catch (SQLException e) {
      // already reported as unusable, or reported per table
    }
    return unknown;
  }

  @Override
  public void close() throws SQLException {
    if (connection != null) {
      try {
        connection.rollback();
      } finally {
        connection.close();
        connection = null;
      }
    }
  }

  private Connection connection() throws SQLException {
    if (connection == null) {
      Connection c = DriverManager.getConnection(url, credentials);
      c.setReadOnly(true);
      // PostgreSQL streams with a fetch size only outside autocommit
      c.setAutoCommit(false);
      connection = c;
    }
    return connection;
  }

  private boolean schemaExists() throws SQLException {
    try (ResultSet rs = connection().getMetaData().getSchemas()) {
      while (rs.next()) {
        if (rs.getString("TABLE_SCHEM").equalsIgnoreCase(schema)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Lower-case name to the name as the database spells it, for tables and views. */
  private Map<String, String> tables() throws SQLException {
    if (tables == null) {
      Map<String, String> found = new LinkedHashMap<>();
      DatabaseMetaData meta = connection().getMetaData();
      try (ResultSet rs = meta.getTables(null, schemaPattern(meta), "%", new String[] {"TABLE", "VIEW"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          found.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
      }
      tables = found;
    }
    return tables;
  }

  private String schemaPattern(DatabaseMetaData meta) throws SQLException {
    if (schema == null) {
      return connection().getSchema();
    }
    try (ResultSet rs = meta.getSchemas()) {
      while (rs.next()) {
        String s = rs.getString("TABLE_SCHEM");
        if (s.equalsIgnoreCase(schema)) {
          return s;
        }
      }
    }
    return schema;
  }

  private Map<String, ColumnInfo> columns(String table) throws SQLException {
    Map<String, ColumnInfo> out = new LinkedHashMap<>();
    DatabaseMetaData meta = connection().getMetaData();
    try (ResultSet rs = meta.getColumns(null, schemaPattern(meta), table, "%")) {
      while (rs.next()) {
        String name = rs.getString("COLUMN_NAME");
        out.putIfAbsent(name.toLowerCase(Locale.ROOT), new ColumnInfo(name, rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
      }
    }
    return out;
  }

  private String query(Table table, String actual, List<ColumnInfo> infos) throws SQLException {
    String q = connection().getMetaData().getIdentifierQuoteString();
    String quote = q == null || q.isBlank() ? "" : q.strip();
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < infos.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(quote).append(infos.get(i).name()).append(quote);
    }
    sql.append(" FROM ");
    if (schema != null) {
      sql.append(quote).append(schemaPattern(connection().getMetaData())).append(quote).append('.');
    }
    sql.append(quote).append(actual).append(quote);
    List<String> order = new ArrayList<>();
    for (String key : table.primaryKey()) {
      infos.stream().filter(c -> c.name().equalsIgnoreCase(key)).findFirst()
          .ifPresent(c -> order.add(quote + c.name() + quote));
    }
    if (!order.isEmpty()) {
      sql.append(" ORDER BY ").append(String.join(", ", order));
    }
    return sql.toString();
  }
}
