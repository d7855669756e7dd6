package io.github.ssdkit.model.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ssdkit.model.meta.SsdTables;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Reads and writes SSD records as JSON keyed by SSD column names.
 *
 * <pre>{@code
 * String json = SsdJson.write(person);
 * Person back = SsdJson.read(json, Person.class);
 * }</pre>
 *
 * <p>Written: dates as {@code yyyy-MM-dd}, date-times as {@code yyyy-MM-ddTHH:mm:ss} with a
 * fraction only when there is one (every digit, so no value is cut), codes as their code, nulls
 * included.
 *
 * <p>Read as the validator reads extracts: date-times with {@code T} or a space, with or without a
 * fraction, or a date alone (midnight); dates also as a midnight date-time; codes or their
 * aliases, withdrawn codes too; an empty string as null; a structured JSON column as a JSON value
 * or as a string holding one (how SQL Server exports them); undeclared keys inside a JSON column are
 * ignored. A column the table does not have fails {@link #read}, and is skipped by
 * {@link #readIgnoringUnknownColumns}. Every failure is an {@link SsdJsonException} naming the
 * table and column.
 */
public final class SsdJson {

  private static final ObjectMapper MAPPER = build(true);
  private static final ObjectMapper LENIENT = build(false);

  private SsdJson() {}

  private static ObjectMapper build(boolean failOnUnknownColumns) {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new ExtractValuesModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, failOnUnknownColumns)
        .build();
  }

  /**
   * A mapper configured for SSD records, failing on columns a table does not have; copy it before
   * changing its settings.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes one row.
   *
   * @param row a record of {@code io.github.ssdkit.model.table} or {@code io.github.ssdkit.model.json}
   * @return the row as a JSON object keyed by SSD column names, nulls included
   * @throws IllegalArgumentException when the record cannot be written
   */
  public static String write(Record row) {
    Objects.requireNonNull(row, "row");
    try {
      return MAPPER.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the record cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads one row, failing on any column the table does not have.
   *
   * @param json a JSON object keyed by SSD column names
   * @param type the record class of the row
   * @param <T> the record type
   * @return the record
   * @throws SsdJsonException naming the table and column, when the text is not JSON, holds an
   *     unknown column, a bad date or number, or a value that is not in the column's code set
   */
  public static <T extends Record> T read(String json, Class<T> type) {
    return read(MAPPER, json, type);
  }

  /**
   * Reads one row as {@link #read} does, but skips columns the table does not have (local
   * additions to an extract), as the validator does with a warning.
   *
   * @param json a JSON object keyed by SSD column names
   * @param type the record class of the row
   * @param <T> the record type
   * @return the record
   * @throws SsdJsonException naming the table and column, when a known column's value is wrong
   */
  public static <T extends Record> T readIgnoringUnknownColumns(String json, Class<T> type) {
    return read(LENIENT, json, type);
  }

  private static <T extends Record> T read(ObjectMapper mapper, String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    String table = SsdTables.ALL.stream().filter(t -> t.recordType() == type).map(TableInfo::name).findFirst()
        .orElse(type.getSimpleName());
    try {
      T value = mapper.readValue(json, type);
      if (value == null) {
        throw new SsdJsonException(table, "", "expected a JSON object, not null", null);
      }
      return value;
    } catch (JsonMappingException e) {
      throw new SsdJsonException(table, path(e), problem(e, table), e);
    } catch (JsonProcessingException e) {
      // Jackson keeps the source text out of locations (it may hold personal data) and says so in each one.
      String message = e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "[");
      throw new SsdJsonException(table, "", "not valid JSON: " + message + where(e), e);
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String problem(JsonMappingException e, String table) {
    if (e instanceof UnrecognizedPropertyException) {
      return "not a column of " + table + " (readIgnoringUnknownColumns skips such columns)";
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
      return e.getCause().getMessage();
    }
    if (e instanceof InvalidFormatException f && f.getValue() != null) {
      return "'" + f.getValue() + "' is not " + expected(f.getTargetType());
    }
    return e.getOriginalMessage() + where(e);
  }

  private static String expected(Class<?> type) {
    if (type == LocalDateTime.class) {
      return "a date-time (yyyy-MM-ddTHH:mm:ss, a space for the T, an optional fraction, or a date alone)";
    }
    if (type == LocalDate.class) {
      return "a date (yyyy-MM-dd, or a date-time at midnight)";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == java.math.BigDecimal.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return "a " + type.getSimpleName();
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
