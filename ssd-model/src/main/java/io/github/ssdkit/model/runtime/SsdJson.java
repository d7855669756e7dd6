package io.github.ssdkit.model.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ssdkit.model.meta.SsdTables;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
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
 * fraction of up to 7 digits only when there is one, codes as their code, nulls included.
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

  /** Date-times as written: seconds always, a fraction of at most 7 digits (SQL Server's) only when not zero. */
  private static final DateTimeFormatter DATETIME_OUT = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
      .appendPattern("HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 7, true)
      .toFormatter();

  private static final ObjectMapper MAPPER = build(true);
  private static final ObjectMapper LENIENT = build(false);

  private SsdJson() {}

  private static ObjectMapper build(boolean failOnUnknownColumns) {
    SimpleModule ssd = new SimpleModule("ssd");
    ssd.addDeserializer(LocalDateTime.class, new DateTimeReader());
    ssd.addDeserializer(LocalDate.class, new DateReader());
    ssd.addSerializer(LocalDateTime.class, new DateTimeWriter());
    ssd.setDeserializerModifier(new Leniency());
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(ssd)
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

  /** Date-times as extracts hold them: {@code T} or a space, any fraction, or a date alone. */
  private static final class DateTimeReader extends StdScalarDeserializer<LocalDateTime> {
    private static final long serialVersionUID = 1L;

    DateTimeReader() {
      super(LocalDateTime.class);
    }

    @Override
    public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return LocalDateTime.class.cast(ctxt.handleUnexpectedToken(LocalDateTime.class, p));
      }
      String text = p.getText().strip();
      if (text.isEmpty()) {
        return null;
      }
      LocalDateTime value = parse(text);
      if (value == null) {
        throw InvalidFormatException.from(p, "not a date-time", text, LocalDateTime.class);
      }
      return value;
    }

    static LocalDateTime parse(String text) {
      try {
        if (text.length() == 10) {
          return LocalDate.parse(text).atStartOfDay();
        }
        if (text.length() > 10 && text.charAt(10) == ' ') {
          text = text.substring(0, 10) + 'T' + text.substring(11);
        }
        return LocalDateTime.parse(text);
      } catch (DateTimeException e) {
        return null;
      }
    }
  }

  /** Dates, also as a midnight date-time (how SQL Server exports DATETIME columns holding dates). */
  private static final class DateReader extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    DateReader() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return LocalDate.class.cast(ctxt.handleUnexpectedToken(LocalDate.class, p));
      }
      String text = p.getText().strip();
      if (text.isEmpty()) {
        return null;
      }
      LocalDateTime value = DateTimeReader.parse(text);
      if (value == null || !value.toLocalTime().equals(LocalTime.MIDNIGHT)) {
        throw InvalidFormatException.from(p, "not a date", text, LocalDate.class);
      }
      return value.toLocalDate();
    }
  }

  private static final class DateTimeWriter extends StdScalarSerializer<LocalDateTime> {
    private static final long serialVersionUID = 1L;

    DateTimeWriter() {
      super(LocalDateTime.class);
    }

    @Override
    public void serialize(LocalDateTime value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeString(DATETIME_OUT.format(value));
    }
  }

  /**
   * Empty strings as null for codes, and JSON columns also from a string holding their JSON: the
   * code enums, the records of structured JSON columns and the lists of coded JSON columns.
   */
  private static final class Leniency extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, com.fasterxml.jackson.databind.JavaType type,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return new EmptyAsNull(deserializer, false);
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
        JsonDeserializer<?> deserializer) {
      Class<?> type = beanDesc.getBeanClass();
      boolean jsonColumn = type.isRecord() && SsdTables.ALL.stream().noneMatch(t -> t.recordType() == type)
          && type.getPackageName().startsWith("io.github.ssdkit.model.");
      return jsonColumn ? new EmptyAsNull(deserializer, true) : deserializer;
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return new EmptyAsNull(deserializer, true);
    }
  }

  /** Null for an empty string, and optionally the JSON a string holds. */
  private static final class EmptyAsNull extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    private final boolean jsonInString;

    EmptyAsNull(JsonDeserializer<?> delegate, boolean jsonInString) {
      super(delegate);
      this.jsonInString = jsonInString;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new EmptyAsNull(newDelegatee, jsonInString);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String text = p.getText();
        if (text.isBlank()) {
          return null;
        }
        String t = text.strip();
        if (jsonInString && (t.startsWith("{") || t.startsWith("["))) {
          try (JsonParser inner = p.getCodec().getFactory().createParser(t)) {
            inner.setCodec(p.getCodec());
            inner.nextToken();
            return _delegatee.deserialize(inner, ctxt);
          }
        }
      }
      return _delegatee.deserialize(p, ctxt);
    }
  }
}
