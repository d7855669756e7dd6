package io.github.ssdkit.validate.source;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rows held by the caller, as maps from column name to value, for validating data that never was
 * a file: rows of a Java application, records converted to maps, test data. Values may be text or
 * Java values (numbers, booleans, {@link LocalDate}, {@link LocalDateTime}), and maps or lists for
 * JSON columns (written as JSON text); anything else is validated as its {@code toString()}. Records
 * of {@code ssd-model} become such maps with {@code SsdJson.mapper().convertValue(record, Map.class)}.
 */
public final class RowsSource implements ExtractSource {

  private final String description;
  private final Map<String, Iterable<? extends Map<String, ?>>> tables = new LinkedHashMap<>();

  private RowsSource(String description) {
    this.description = description;
  }

  public static RowsSource named(String description) {
    return new RowsSource(description);
  }

  /** Adds a table's rows; iterated once, lazily, so a stream of rows need not be held in memory. */
  public RowsSource table(String name, Iterable<? extends Map<String, ?>> rows) {
    tables.put(name.toLowerCase(Locale.ROOT), rows);
    return this;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public Optional<String> unusable(Spec spec) {
    return Optional.empty();
  }

  @Override
  public Optional<TableReader> open(Table table, InputProblems problems) {
    Iterable<? extends Map<String, ?>> rows = tables.get(table.name().toLowerCase(Locale.ROOT));
    if (rows == null) {
      return Optional.empty();
    }
    List<String> header = table.fields().stream().map(Field::name).toList();
    Iterator<? extends Map<String, ?>> it = rows.iterator();
    return Optional.of(new TableReader() {
      private long row;

      @Override
      public List<String> header() {
        return header;
      }

      @Override
      public String[] next(InputProblems p) {
        if (!it.hasNext()) {
          return null;
        }
        Map<String, ?> values = it.next();
        row++;
        String[] cells = new String[header.size()];
        for (Map.Entry<String, ?> e : values.entrySet()) {
          int at = header.indexOf(e.getKey());
          if (at < 0) {
            p.report(row, "input.unknown-column", false, "row " + row + ": '" + e.getKey() + "' is not a column of "
                + table.name() + " and was ignored");
          } else {
            cells[at] = text(e.getValue());
          }
        }
        return cells;
      }

      @Override
      public long rowNumber() {
        return row;
      }

      @Override
      public void close() {
        // nothing to release
      }
    });
  }

  @Override
  public List<String> unknownTables(Spec spec) {
    List<String> unknown = new ArrayList<>();
    for (String name : tables.keySet()) {
      if (spec.table(name).isEmpty() && spec.tables().stream().noneMatch(t -> t.name().equalsIgnoreCase(name))) {
        unknown.add(name);
      }
    }
    return unknown;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDateTime dt) {
      return dt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
    if (value instanceof Enum<?> e) {
      return e.toString();
    }
    if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
      return JsonText.of(value);
    }
    String s = value.toString();
    return s.isEmpty() ? null : s;
  }
}
