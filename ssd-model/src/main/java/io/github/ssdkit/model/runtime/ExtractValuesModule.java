package io.github.ssdkit.model.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.github.ssdkit.model.meta.SsdTables;
import io.github.ssdkit.spec.format.ExtractFormat;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * How {@link SsdJson} reads and writes values the way extracts hold them: date-times with a space
 * or as a date alone, dates as midnight date-times, empty strings as null, JSON columns also as a
 * string of JSON; date-times written with seconds and a fraction only when not zero. The date and
 * date-time grammar is {@link ExtractFormat}'s, shared with the validator and the JSON Schemas.
 */
final class ExtractValuesModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Date-times as written: seconds always, a fraction only when not zero, every digit kept. */
  private static final DateTimeFormatter DATETIME_OUT = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
      .appendPattern("HH:mm:ss")
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, ExtractFormat.MAX_FRACTION_DIGITS, true)
      .toFormatter();

  ExtractValuesModule() {
    super("ssd-extract-values");
    addDeserializer(LocalDateTime.class, new DateTimeReader());
    addDeserializer(LocalDate.class, new DateReader());
    addSerializer(LocalDateTime.class, new DateTimeWriter());
    setDeserializerModifier(new Leniency());
  }

  /**
   * Date-times as extracts hold them: {@code T} or a space, a fraction, or a date alone; not
   * trimmed, as the validator does not trim them either.
   */
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
      String text = p.getText();
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
      if (!ExtractFormat.isDateTime(text)) {
        return null;
      }
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
      String text = p.getText();
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
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
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
