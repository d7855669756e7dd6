package io.github.ssdkit.cli.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Real databases for tests: one embedded PostgreSQL server per test run (its binaries come from
 * Maven Central, so nothing needs installing), and in-memory H2 in SQL Server mode.
 */
final class Databases {

  private static EmbeddedPostgres postgres;

  private Databases() {}

  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is exiting anyway
        }
      }));
    }
    return postgres;
  }

  /** A fresh PostgreSQL database of its own, so tests do not see each other's tables. */
  static String freshPostgresUrl(String name) throws SQLException {
    try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    }
    return postgres().getJdbcUrl("postgres", name);
  }

  static Connection h2SqlServer(String name) throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:" + name + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
  }

  /** Runs a generated script one statement at a time, so a failure names the statement. */
  static void runScript(Connection connection, String script) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String statement : statements(script)) {
        try {
          s.execute(statement);
        } catch (SQLException e) {
          throw new SQLException(e.getMessage() + "\nin statement:\n" + statement, e);
        }
      }
    }
  }

  /** Splits on semicolons at line ends outside quotes; generated scripts keep to that shape. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (!quoted && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
        continue;
      }
      for (char c : line.toCharArray()) {
        if (c == '\'') {
          quoted = !quoted;
        }
      }
      current.append(line).append('\n');
      if (!quoted && trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        out.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    return out;
  }
}
