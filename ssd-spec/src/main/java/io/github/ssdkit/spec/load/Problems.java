package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.SpecProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects problems as a spec is read, so that one pass reports all of them. */
final class Problems {

  private final List<SpecProblem> all = new ArrayList<>();
  private final Set<String> incompleteTables = new LinkedHashSet<>();
  private final Set<String> unreadableColumns = new LinkedHashSet<>();

  /** A table whose columns could not all be read, some not even by name. */
  void incompleteTable(String table) {
    incompleteTables.add(table);
  }

  /** A column whose name is known but whose declaration could not be read. */
  void unreadableColumn(String table, String column) {
    unreadableColumns.add(table + "." + column);
  }

  Set<String> incompleteTables() {
    return Set.copyOf(incompleteTables);
  }

  Set<String> unreadableColumns() {
    return Set.copyOf(unreadableColumns);
  }

  void error(String rule, SourceLocation at, String message) {
    all.add(SpecProblem.error(rule, at, message));
  }

  void warning(String rule, SourceLocation at, String message) {
    all.add(SpecProblem.warning(rule, at, message));
  }

  void add(SpecProblem problem) {
    all.add(problem);
  }

  List<SpecProblem> list() {
    return List.copyOf(all);
  }
}
