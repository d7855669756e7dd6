package io.github.ssdkit.codegen.sql;

import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.Generator;
import io.github.ssdkit.spec.Spec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code CREATE TABLE} scripts, one per dialect: {@code sql/<dialect>/ssd.sql}; for SQL Server also
 * {@code sql/sqlserver/ssd-descriptions.sql}, the descriptions as extended properties.
 */
public final class SqlDdlGenerator implements Generator {

  private final boolean foreignKeys;
  private final List<SqlDialect> dialects;

  /** Every dialect. */
  public SqlDdlGenerator(boolean foreignKeys) {
    this(foreignKeys, Arrays.asList(SqlDialect.values()));
  }

  public SqlDdlGenerator(boolean foreignKeys, List<SqlDialect> dialects) {
    this.foreignKeys = foreignKeys;
    this.dialects = List.copyOf(dialects);
  }

  @Override
  public String id() {
    return "sql";
  }

  @Override
  public List<GeneratedFile> generate(Spec spec) {
    List<GeneratedFile> files = new ArrayList<>();
    for (SqlDialect d : dialects) {
      files.add(new GeneratedFile("sql/" + d.id() + "/ssd.sql", new SqlDdlWriter(d, foreignKeys, null).write(spec)));
      if (d == SqlDialect.SQLSERVER) {
        files.add(new GeneratedFile("sql/sqlserver/ssd-descriptions.sql", new SqlServerDescriptionsWriter().write(spec)));
      }
    }
    return files;
  }
}
