package io.github.ssdkit.model.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes SSD records as JSON keyed by SSD column names, with dates as
 * {@code yyyy-MM-dd} and date-times as {@code yyyy-MM-ddTHH:mm:ss}.
 *
 * <pre>{@code
 * String json = SsdJson.write(person);
 * Person back = SsdJson.read(json, Person.class);
 * }</pre>
 */
public final class SsdJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private SsdJson() {}

  /** A mapper configured for SSD records; copy it before changing its settings. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String write(Record row) {
    try {
      return MAPPER.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the record cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads one row; unknown columns, bad dates and unknown codes fail with Jackson's message. */
  public static <T extends Record> T read(String json, Class<T> type) throws JsonProcessingException {
    return MAPPER.readValue(json, type);
  }
}
