package io.newsflow.core.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one mapping of newsflow's records: ISO-8601 times, unknown fields ignored. It is written
 * as JSON text wherever people or other programs read it, and as Smile (Jackson's binary JSON:
 * the same fields, no quoting or escaping to do) where only newsflow does.
 */
public final class Json {

  private static final ObjectMapper MAPPER = configured(JsonMapper.builder());
  private static final ObjectMapper COMPACT = configured(SmileMapper.builder());

  private Json() {}

  /** The shared JSON mapper; it is thread-safe and must not be reconfigured. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The same mapping in Smile, for records only newsflow reads; thread-safe, not to be reconfigured. */
  public static ObjectMapper compactMapper() {
    return COMPACT;
  }

  private static ObjectMapper configured(MapperBuilder<?, ?> builder) {
    return builder
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }
}
