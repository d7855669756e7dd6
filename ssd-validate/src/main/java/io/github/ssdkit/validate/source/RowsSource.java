package io.github.ssdkit.validate.source;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ssdkit.model.meta.SsdTables;
import io.github.ssdkit.model.runtime.SsdJson;
import io.github.ssdkit.model.runtime.TableInfo;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.NearestName;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rows held by the caller, as maps from column name to value, for validating data that never was
 * a file: rows of a Java application, records converted to maps, test data. Values may be text or
 * Java values (numbers, booleans, {@link LocalDate}, {@link LocalDateTime}), and maps or lists for
 * JSON columns (written as JSON text); anything else is validated as its {@code toString()}.
 * Records of {@code ssd-model} are taken as they are by {@link #records}.
 *
 * <pre>{@code
 * ValidationResult result = Validator.of(SpecLoader.bundled().orThrow())
 *     .validate(RowsSource.named("our application").records(Person.class, people));
 * }</pre>
 */
public final class RowsSource implements ExtractSource {

  private static final TypeReference<Map<String, Object>> COLUMNS = new TypeReference<>() {};

  private final String description;
  private final Map<String, Iterable<? extends Map<String, ?>>> tables = new LinkedHashMap<>();

  private RowsSource(String description) {
    this.description = description;
  }

  /**
   * An empty source; add tables with {@link #table} or {@link #records}.
   *
   * @param description how reports name the source, for example the application's name
   * @return a new source
   */
  public static RowsSource named(String description) {
    return new RowsSource(description);
  }

  /**
   * Adds a table's rows; iterated once, lazily, so a stream of rows need not be held in memory.
   *
   * @param name the table name (case does not matter); a name the spec does not have makes the
   *     source unusable (see {@link #unusable})
   * @param rows maps from column name to value
   * @return this source
   */
  public RowsSource table(String name, Iterable<? extends Map<String, ?>> rows) {
    tables.put(name.toLowerCase(Locale.ROOT), rows);
    return this;
  }

  /**
   * Adds a table's rows as the generated records of {@code ssd-model}, read once, lazily, each
   * turned into its columns as {@link SsdJson} writes them (so the validator judges what a JSON or
   * CSV export of the records would hold).
   *
   * @param type the record class of the table, for example {@code Person.class}
   * @param rows the records
   * @param <R> the record type
   * @return this source
   * @throws IllegalArgumentException when {@code type} is not a table record of {@code ssd-model}
   */
  public <R extends Record> RowsSource records(Class<R> type, Iterable<? extends R> rows) {
    TableInfo info = SsdTables.ALL.stream().filter(t -> t.recordType() == type).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type.getName() + " is not the record of an SSD table; "
            + "expected a class of io.github.ssdkit.model.table"));
    ObjectMapper mapper = SsdJson.mapper();
    return table(info.name(), () -> new Iterator<Map<String, ?>>() {
      private final Iterator<? extends R> it = rows.iterator();

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Map<String, ?> next() {
        return mapper.convertValue(it.next(), COLUMNS);
      }
    });
  }

  @Override
  public String describe() {
    return description;
  }

  /**
   * A table name the caller passed that the spec does not have makes the whole source unusable:
   * in code, a misspelt name is a mistake to fix, not data to skip with a warning.
   */
  @Override
  public Optional<String> unusable(Spec spec) {
    List<String> unknown = unknownTables(spec);
    if (unknown.isEmpty()) {
      return Optional.empty();
    }
    Set<String> names = spec.tables().stream().map(Table::name).collect(Collectors.toSet());
    String name = unknown.get(0);
    return Optional.of("'" + name + "' is not a table of the SSD spec " + spec.version()
        + NearestName.among(name, names).map(n -> "; did you mean '" + n + "'?").orElse(""));
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

  /** Tables added under names the spec does not have; {@link #unusable} refuses the source when there is one. */
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
