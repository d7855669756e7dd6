package io.github.ssdkit.cli.db;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

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

  /**
   * Creates the tables with {@code ddl} in the PostgreSQL database at {@code url}, then copies in
   * every table file of a CSV extract, by its own header, so the database holds the same data.
   */
  static void loadCsvExtract(String url, String ddl, Spec spec, Path dir) throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
      runScript(c, ddl);
      for (Table t : spec.tables()) {
        Path csv = dir.resolve(t.name() + ".csv");
        if (!Files.exists(csv)) {
          continue;
        }
        String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
          c.unwrap(PGConnection.class).getCopyAPI().copyIn(
              "COPY " + t.name() + " (" + header + ") FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
      }
    }
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

  /**
   * Splits a script on semicolons outside string literals and comments, so an apostrophe in a
   * {@code --} comment (a description such as "the child's") does not open a literal.
   */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      if (!quoted && c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
        int end = script.indexOf('\n', i);
        i = (end < 0 ? script.length() : end) - 1;
        continue;
      }
      if (c == '\'') {
        quoted = !quoted;
      }
      if (!quoted && c == ';') {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
          out.add(statement);
        }
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
