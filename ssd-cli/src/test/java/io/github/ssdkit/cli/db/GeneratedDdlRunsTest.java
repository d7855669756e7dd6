package io.github.ssdkit.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.codegen.sql.SqlDdlWriter;
import io.github.ssdkit.codegen.sql.SqlDialect;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated DDL of the whole bundled spec runs in each dialect's test database. */
class GeneratedDdlRunsTest {

  private final Spec spec = SpecLoader.bundled().orThrow();

  @Test
  void postgresScriptCreatesEveryTableWithForeignKeys() throws SQLException {
    String url = Databases.freshPostgresUrl("ddl_test");
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
      Databases.runScript(c, new SqlDdlWriter(SqlDialect.POSTGRES, true, null).write(spec));

      assertThat(columnCounts(c, "public")).isEqualTo(expectedColumnCounts());
    }
  }

  @Test
  void sqlServerScriptRunsInSqlServerMode() throws SQLException {
    try (Connection c = Databases.h2SqlServer("ddl_mssql")) {
      Databases.runScript(c, new SqlDdlWriter(SqlDialect.SQLSERVER, true, null).write(spec));

      assertThat(columnCounts(c, "PUBLIC")).isEqualTo(expectedColumnCounts());
    }
  }

  @Test
  void sqlServerScriptRunsIntoANamedSchemaWithoutForeignKeys() throws SQLException {
    try (Connection c = Databases.h2SqlServer("ddl_mssql_schema")) {
      c.createStatement().execute("CREATE SCHEMA [ssd]");
      Databases.runScript(c, new SqlDdlWriter(SqlDialect.SQLSERVER, false, "ssd").write(spec));

      assertThat(columnCounts(c, "ssd")).isEqualTo(expectedColumnCounts());
    }
  }

  private Map<String, Integer> expectedColumnCounts() {
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (Table t : spec.tables()) {
      expected.put(t.name(), t.fields().size());
    }
    return expected;
  }

  private Map<String, Integer> columnCounts(Connection c, String schema) throws SQLException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Table t : spec.tables()) {
      int n = 0;
      for (String name : new String[] {t.name(), t.name().toUpperCase(Locale.ROOT)}) {
        try (ResultSet rs = c.getMetaData().getColumns(null, schema, name, null)) {
          while (rs.next()) {
            n++;
          }
        }
        if (n > 0) {
          break;
        }
      }
      counts.put(t.name(), n);
    }
    return counts;
  }
}
