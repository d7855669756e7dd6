package io.github.ssdkit.codegen.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  static Spec miniSpec() throws IOException {
    try {
      return SpecLoader.load(Path.of(SqlDdlWriterTest.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent())
          .orThrow();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
