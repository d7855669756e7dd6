package io.github.ssdkit.validate.source.jdbc;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.InputProblems;
import io.github.ssdkit.validate.source.TableReader;
import java.util.List;
import java.util.Optional;

/** Placeholder: the SSD tables read straight from a database over JDBC (being written). */
public final class JdbcSource implements ExtractSource {

  private final String url;

  public JdbcSource(String url, String user, String password, String schema, String tablePrefix) {
    this.url = url;
  }

  @Override
  public String describe() {
    return url;
  }

  @Override
  public Optional<String> unusable(Spec spec) {
    return Optional.of("reading from a database is not implemented yet");
  }

  @Override
  public Optional<TableReader> open(Table table, InputProblems problems) {
    return Optional.empty();
  }

  @Override
  public List<String> unknownTables(Spec spec) {
    return List.of();
  }
}
