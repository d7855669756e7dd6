package io.github.ssdkit.codegen.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden files for the DDL of the small test spec. When generation changes on purpose, rerun with
 * {@code -Dgolden.update=true} and review the diff of {@code src/test/resources/golden/sql}.
 */
class SqlDdlWriterTest {

  @ParameterizedTest
  @EnumSource(SqlDialect.class)
  void matchesTheGoldenScript(SqlDialect dialect) throws Exception {
    String sql = new SqlDdlWriter(dialect, true, null).write(miniSpec());

    Path golden = Path.of("src/test/resources/golden/sql/mini-" + dialect.id() + ".sql");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, sql, StandardCharsets.UTF_8);
    }
    assertThat(sql).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @EnumSource(SqlDialect.class)
  void isTheSameTextEveryTime(SqlDialect dialect) throws Exception {
    Spec spec = miniSpec();
    assertThat(new SqlDdlWriter(dialect, true, "ssd").write(spec))
        .isEqualTo(new SqlDdlWriter(dialect, true, "ssd").write(miniSpec()));
  }

  @ParameterizedTest
  @EnumSource(SqlDialect.class)
  void addsForeignKeysOnlyWhenAsked(SqlDialect dialect) throws Exception {
    assertThat(new SqlDdlWriter(dialect, false, null).write(miniSpec())).doesNotContain("FOREIGN KEY");
    assertThat(new SqlDdlWriter(dialect, true, null).write(miniSpec())).contains("FOREIGN KEY");
  }

  @Test
  void sqlServerDescriptionsMatchTheGoldenScript() throws Exception {
    String sql = new SqlServerDescriptionsWriter().write(miniSpec());

    Path golden = Path.of("src/test/resources/golden/sql/mini-sqlserver-descriptions.sql");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, sql, StandardCharsets.UTF_8);
    }
    assertThat(sql).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void sqlServerDescriptionsNameEveryDescribedTableAndColumnOnceWithQuotesDoubled() throws Exception {
    Spec spec = SpecLoader.bundled().orThrow();
    String sql = new SqlServerDescriptionsWriter().write(spec);
    List<String> statements = sql.lines().filter(l -> l.startsWith("EXEC ")).toList();

    long described = spec.tables().stream().filter(t -> !t.description().isBlank()).count()
        + spec.tables().stream().mapToLong(t -> t.fields().size()).sum();
    assertThat(statements).hasSize((int) described).doesNotHaveDuplicates();
    assertThat(statements).anySatisfy(s -> assertThat(s).contains("@level1name = N'ssd_person'")
        .contains("@level2name = N'pers_person_id'"));
    // every literal is closed: quotes outside N'...' come in pairs inside, so the count is even
    assertThat(statements).allSatisfy(s -> assertThat(s.chars().filter(c -> c == '\'').count() % 2).isZero());
    assertThat(sql).contains("children''s");
  }

  static Spec miniSpec() throws IOException {
    try {
      return SpecLoader.load(Path.of(SqlDdlWriterTest.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent())
          .orThrow();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
