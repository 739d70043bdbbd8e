package io.newsflow.core.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newsflow.core.model.Json;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one serde of newsflow's records ({@link Json}'s mapping). It writes JSON text for the
 * topics people and other programs read ({@link #of}), or Smile for the repartition topics and
 * state stores only newsflow reads ({@link #compact}), and reads either, told apart by Smile's
 * header, so that stores written in one format stay readable after a change to the other.
 * Null stays null (tombstones); bytes that are neither become a {@link SerializationException}
 * so the Kafka handlers see them.
 */
public final class JsonSerde<T> implements Serde<T> {

  private static final byte[] SMILE_HEADER = {':', ')', '\n'};

  private final Class<T> type;
  private final ObjectReader reader;
  private final ObjectReader compactReader;
  private final ObjectWriter writer;

  private JsonSerde(Class<T> type, ObjectMapper writing) {
    this.type = type;
    this.reader = Json.mapper().readerFor(type);
    this.compactReader = Json.compactMapper().readerFor(type);
    this.writer = writing.writerFor(type);
  }

  /** Writes JSON text. */
  public static <T> JsonSerde<T> of(Class<T> type) {
    return new JsonSerde<>(type, Json.mapper());
  }

  /** Writes Smile: for records only newsflow reads, whose (de)serialisation costs about half as
   * much CPU as JSON text's for an article. */
  public static <T> JsonSerde<T> compact(Class<T> type) {
    return new JsonSerde<>(type, Json.compactMapper());
  }

  public T read(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return (isSmile(bytes) ? compactReader : reader).readValue(bytes);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  public byte[] write(T value) {
    if (value == null) {
      return null;
    }
    try {
      return writer.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new SerializationException("cannot write " + type.getSimpleName(), e);
    }
  }

  private static boolean isSmile(byte[] bytes) {
    if (bytes.length < SMILE_HEADER.length) {
      return false;
    }
    for (int i = 0; i < SMILE_HEADER.length; i++) {
      if (bytes[i] != SMILE_HEADER[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> write(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> read(bytes);
  }
}
