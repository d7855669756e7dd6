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
 * The SSD tables read straight from a database over JDBC. Connections are read-only and only
 * SELECT statements and metadata calls are sent. Rows come in primary-key order, streamed with a
 * fetch size, and each value is turned into the text a CSV export would hold, so the same rules
 * apply. Credentials never appear in {@link #describe()} or in messages.
 *
 * <p>Each table is read on a connection of its own, because the validator reads independent
 * tables at the same time: a JDBC connection is not meant for several threads, SQL Server buffers
 * a whole result in memory when another statement runs on its connection, and in PostgreSQL one
 * failed statement (a table the account may not read) aborts every later one in its transaction.
 */
public final class JdbcSource implements ExtractSource, AutoCloseable {

  static final int FETCH_SIZE = 10_000;

  private final String url;
  private final Properties credentials = new Properties();
  private final Redaction redaction;
  private final String schema;
  private final String prefix;
  private Connection connection;
  /** The schema as the database spells it, or null for the connection's default. */
  private String schemaName;
  private Map<String, String> tables;

  /**
   * A database holding the SSD tables; nothing connects until the validator asks.
   *
   * @param url the JDBC URL
   * @param user the account, or null when the URL or driver supplies it
   * @param password its password, or null
   * @param schema the schema holding the tables, or null for the connection's default
   * @param tablePrefix a prefix the tables carry before their SSD names, or null
   */
  public JdbcSource(String url, String user, String password, String schema, String tablePrefix) {
    this.url = url;
    if (user != null) {
      credentials.setProperty("user", user);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
    this.redaction = new Redaction(url, user, password);
    this.schema = schema == null || schema.isBlank() ? null : schema;
    this.prefix = tablePrefix == null ? "" : tablePrefix;
  }

  @Override
  public String describe() {
    return Redaction.url(url) + (schema == null ? "" : " schema " + schema);
  }

  @Override
  public synchronized Optional<String> unusable(Spec spec) {
    try {
      if (connection == null) {
        connection = connect();
      }
      DatabaseMetaData meta = connection.getMetaData();
      schemaName = schema == null ? connection.getSchema() : schemaAsSpelt(meta);
      if (schema != null && schemaName == null) {
        return Optional.of(describe() + ": no schema '" + schema + "' in the database");
      }
      tables = tables(meta);
      return Optional.empty();
    } catch (SQLException | RuntimeException e) {
      return Optional.of("cannot read " + Redaction.url(url) + ": " + redaction.message(e));
    }
  }

  @Override
  public Optional<TableReader> open(Table table, InputProblems problems) {
    String actual = tables == null ? null : tables.get((prefix + table.name()).toLowerCase(Locale.ROOT));
    if (actual == null) {
      return Optional.empty();
    }
    Connection c = null;
    try {
      c = connect();
      DatabaseMetaData meta = c.getMetaData();
      Map<String, ColumnInfo> columns = columns(meta, actual);
      List<String> present = new ArrayList<>();
      List<ColumnInfo> infos = new ArrayList<>();
      for (Field f : table.fields()) {
        ColumnInfo info = columns.remove(f.name().toLowerCase(Locale.ROOT));
        if (info != null) {
          present.add(f.name());
          infos.add(info.readFor(f));
          info.warnIfIncompatible(f, problems);
        }
      }
      if (present.isEmpty()) {
        problems.report(0, "input.database", true, actual + " has none of the table's columns");
        close(c);
        return Optional.empty();
      }
      List<String> unknown = columns.values().stream().map(ColumnInfo::name).toList();
      return Optional.of(new JdbcTableReader(c, redaction, query(meta, table, actual, infos), present, infos, unknown));
    } catch (SQLException | RuntimeException e) {
      close(c);
      problems.report(0, "input.database", true, "cannot read " + actual + ": " + redaction.message(e));
      return Optional.empty();
    }
  }

  @Override
  public synchronized List<String> unknownTables(Spec spec) {
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, String> t : tables == null ? Map.<String, String>of().entrySet() : tables.entrySet()) {
      String name = t.getKey();
      if (name.startsWith(prefix.toLowerCase(Locale.ROOT) + "ssd_")
          && spec.tables().stream().noneMatch(s -> (prefix + s.name()).equalsIgnoreCase(name))) {
        unknown.add(t.getValue());
      }
    }
    return unknown;
  }

  @Override
  public synchronized void close() {
    close(connection);
    connection = null;
  }

  private static void close(Connection c) {
    if (c == null) {
      return;
    }
    try (c) {
      c.rollback();
    } catch (SQLException ignored) {
      // a dropped connection has nothing left to roll back or close
    }
  }

  private Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url, credentials);
    try {
      c.setReadOnly(true);
      // PostgreSQL streams with a fetch size only outside autocommit
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  private String schemaAsSpelt(DatabaseMetaData meta) throws SQLException {
    String caseInsensitive = null;
    try (ResultSet rs = meta.getSchemas()) {
      while (rs.next()) {
        String s = rs.getString("TABLE_SCHEM");
        if (s.equals(schema)) {
          return s;
        }
        if (s.equalsIgnoreCase(schema) && caseInsensitive == null) {
          caseInsensitive = s;
        }
      }
    }
    return caseInsensitive;
  }

  /** Lower-case name to the name as the database spells it, for tables and views. */
  private Map<String, String> tables(DatabaseMetaData meta) throws SQLException {
    Map<String, String> found = new LinkedHashMap<>();
    try (ResultSet rs = meta.getTables(null, pattern(meta, schemaName), "%", tableTypes(meta))) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        found.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      }
    }
    return found;
  }

  /**
   * Every kind of relation rows can be selected from: besides TABLE and VIEW, PostgreSQL has
   * PARTITIONED TABLE, MATERIALIZED VIEW and FOREIGN TABLE, H2 BASE TABLE, others SYNONYM.
   */
  private static String[] tableTypes(DatabaseMetaData meta) throws SQLException {
    List<String> types = new ArrayList<>();
    try (ResultSet rs = meta.getTableTypes()) {
      while (rs.next()) {
        String type = rs.getString("TABLE_TYPE").strip();
        String upper = type.toUpperCase(Locale.ROOT);
        if (!upper.contains("INDEX") && !upper.contains("SEQUENCE") && !upper.equals("TYPE")) {
          types.add(type);
        }
      }
    }
    return types.isEmpty() ? new String[] {"TABLE", "VIEW"} : types.toArray(new String[0]);
  }

  private Map<String, ColumnInfo> columns(DatabaseMetaData meta, String table) throws SQLException {
    Map<String, ColumnInfo> out = new LinkedHashMap<>();
    try (ResultSet rs = meta.getColumns(null, pattern(meta, schemaName), pattern(meta, table), "%")) {
      while (rs.next()) {
        // a pattern still matches case variants on some databases; only the table itself counts
        if (!rs.getString("TABLE_NAME").equals(table)) {
          continue;
        }
        String name = rs.getString("COLUMN_NAME");
        out.putIfAbsent(name.toLowerCase(Locale.ROOT), new ColumnInfo(name, rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
      }
    }
    return out;
  }

  /** A name as a metadata search pattern, in which '_' and '%' would otherwise match any character. */
  private static String pattern(DatabaseMetaData meta, String name) throws SQLException {
    String escape = meta.getSearchStringEscape();
    if (name == null || escape == null || escape.isEmpty()) {
      return name;
    }
    return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
  }

  private String query(DatabaseMetaData meta, Table table, String actual, List<ColumnInfo> infos) throws SQLException {
    String q = meta.getIdentifierQuoteString();
    String quote = q == null || q.isBlank() ? "" : q.strip();
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < infos.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(quoted(quote, infos.get(i).name()));
    }
    sql.append(" FROM ");
    if (schema != null) {
      sql.append(quoted(quote, schemaName)).append('.');
    }
    sql.append(quoted(quote, actual));
    List<String> order = new ArrayList<>();
    for (String key : table.primaryKey()) {
      infos.stream().filter(c -> c.name().equalsIgnoreCase(key)).findFirst()
          .ifPresent(c -> order.add(quoted(quote, c.name())));
    }
    if (!order.isEmpty()) {
      sql.append(" ORDER BY ").append(String.join(", ", order));
    }
    return sql.toString();
  }

  /** A quote inside a name is doubled, as SQL writes it. */
  private static String quoted(String quote, String name) {
    return quote.isEmpty() ? name : quote + name.replace(quote, quote + quote) + quote;
  }
}
