package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.RuleIds;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.report.Issue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a file's columns map to a table's fields, matched by name without regard to case. Unknown
 * columns are ignored with a warning, a repeated column is checked once (an error), and a missing
 * column is reported (an error when required; a proposed column may be missing silently).
 */
final class HeaderMapping {

  private final Table table;
  private final int[] fieldOfColumn;
  private final boolean[] present;
  /** Whether the file's columns are the table's fields, all of them, in order. */
  private final boolean inFieldOrder;

  private HeaderMapping(Table table, int[] fieldOfColumn, boolean[] present) {
    this.table = table;
    this.fieldOfColumn = fieldOfColumn;
    this.present = present;
    boolean same = fieldOfColumn.length == present.length;
    for (int c = 0; same && c < fieldOfColumn.length; c++) {
      same = fieldOfColumn[c] == c;
    }
    this.inFieldOrder = same;
  }

  /** A table without a file: no column is present. */
  static HeaderMapping none(Table table) {
    return new HeaderMapping(table, new int[0], new boolean[table.fields().size()]);
  }

  /**
   * Maps a header, reporting its problems.
   *
   * @return the mapping, or empty when the header is empty and so unusable
   */
  static Optional<HeaderMapping> of(Table table, List<String> header, TableIssues issues) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    int fieldCount = table.fields().size();
    boolean[] present = new boolean[fieldCount];
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < fieldCount; i++) {
      byName.put(table.fields().get(i).name().toLowerCase(Locale.ROOT), i);
    }
    int[] map = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      Integer f = byName.get(name.toLowerCase(Locale.ROOT));
      map[c] = f == null ? -1 : f;
      if (f == null && name.isEmpty()) {
        issues.add(Issue.warning(RuleIds.INPUT_UNKNOWN_COLUMN).inTable(table.name())
            .saying("column " + (c + 1) + " of the header has no name (a trailing comma?) and was ignored"));
      } else if (f == null) {
        issues.add(Issue.warning(RuleIds.INPUT_UNKNOWN_COLUMN).inTable(table.name()).onField(name)
            .saying("column '" + name + "' is not in the spec for " + table.name() + " and was ignored"));
      } else if (present[f]) {
        issues.add(Issue.error(RuleIds.INPUT_DUPLICATE_COLUMN).inTable(table.name()).onField(name)
            .saying("column '" + name + "' appears twice in the header; only the first is checked"));
        map[c] = -1;
      } else {
        present[f] = true;
      }
    }
    for (int i = 0; i < fieldCount; i++) {
      Field f = table.fields().get(i);
      if (present[i] || f.status() == Lifecycle.PROPOSED) {
        continue;
      }
      issues.add(Issue.of(f.required() ? Severity.ERROR : Severity.WARNING,
          RuleIds.INPUT_MISSING_COLUMN).inTable(table.name()).onField(f.name())
          .saying("column '" + f.name() + "' is missing from the header" + (f.required() ? "; it is required" : "")));
    }
    return Optional.of(new HeaderMapping(table, map, present));
  }

  /** Whether the file has the column of a field. */
  boolean present(int field) {
    return present[field];
  }

  /** Per field, whether the file has its column; shared, not to be changed. */
  boolean[] presentFields() {
    return present;
  }

  /** The field a file column holds, or -1 for an ignored column (or one beyond the header). */
  int fieldOf(int column) {
    return column < fieldOfColumn.length ? fieldOfColumn[column] : -1;
  }

  /**
   * A file row's cells in field order (null for absent columns): the row itself when the file has
   * every field in order, as most do, else {@code cells} filled.
   */
  <T> T[] toFields(T[] raw, T[] cells) {
    if (inFieldOrder && raw.length == cells.length) {
      return raw;
    }
    Arrays.fill(cells, null);
    for (int c = 0; c < raw.length && c < fieldOfColumn.length; c++) {
      if (fieldOfColumn[c] >= 0) {
        cells[fieldOfColumn[c]] = raw[c];
      }
    }
    return cells;
  }

  /** Why a read table's keys are unknown: its key column is missing; empty when present. */
  Optional<String> missingKeyColumn(int[] pk) {
    for (int i : pk) {
      if (!present[i]) {
        return Optional.of("its key column " + table.fields().get(i).name() + " is missing, so its keys are unknown");
      }
    }
    return Optional.empty();
  }
}
