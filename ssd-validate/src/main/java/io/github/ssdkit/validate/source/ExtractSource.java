package io.github.ssdkit.validate.source;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * An extract to validate: a directory of CSV or JSON Lines files, rows held in memory, a
 * database... Implementations never put credentials into {@link #describe()} or messages.
 */
public interface ExtractSource {

  /**
   * What is being validated, for the report.
   *
   * @return a description without credentials
   */
  String describe();

  /**
   * Why the source cannot be used at all (a missing directory, a refused connection), in one
   * line, or empty when it can be read. The validator checks this before anything else.
   *
   * @param spec the spec validated against
   * @return the reason, or empty
   */
  Optional<String> unusable(Spec spec);

  /**
   * Opens a table's rows.
   *
   * @param table the spec's table
   * @param problems where input problems go
   * @return the reader, or empty when the extract has no such table (read as an empty table)
   * @throws IOException when the table cannot be read
   */
  Optional<TableReader> open(Table table, InputProblems problems) throws IOException;

  /**
   * Tables the source holds that the spec does not know; reported as warnings and skipped.
   *
   * @param spec the spec validated against
   * @return their names as the source spells them
   * @throws IOException when the source cannot be listed
   */
  List<String> unknownTables(Spec spec) throws IOException;

  /**
   * The spec version the extract says it follows, when it says.
   *
   * @return the version, or empty
   * @throws IOException when the declaration cannot be read
   */
  default Optional<String> declaredSpecVersion() throws IOException {
    return Optional.empty();
  }
}
