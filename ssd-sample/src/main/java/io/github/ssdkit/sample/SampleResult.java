package io.github.ssdkit.sample;

import java.util.List;
import java.util.Map;

/**
 * What a generation run did: either the files written, or why nothing was written.
 *
 * @param problem why the sample was not written, in one line, or null on success
 * @param rowsPerTable data rows written per table, in spec order
 * @param injectedErrors the deliberate errors, in table then row order
 * @param notes rows the spec made impossible to generate validly, and why (empty normally)
 */
public record SampleResult(
    String problem, Map<String, Long> rowsPerTable, List<InjectedError> injectedErrors, List<String> notes) {

  public SampleResult {
    rowsPerTable = rowsPerTable == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(rowsPerTable));
    injectedErrors = List.copyOf(injectedErrors == null ? List.of() : injectedErrors);
    notes = List.copyOf(notes == null ? List.of() : notes);
  }

  static SampleResult refused(String problem) {
    return new SampleResult(problem, Map.of(), List.of(), List.of());
  }

  public boolean isWritten() {
    return problem == null;
  }

  public long totalRows() {
    return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
  }
}
