package io.newsflow.core.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterHandlerTest {

  private static final byte[] KEY = "doc-7".getBytes(StandardCharsets.UTF_8);

  @Test
  void deadLettersAnOutputTooLargeToWriteWithItsOriginalBytes() {
    byte[] original = "{\"id\":\"doc-7\"}".getBytes(StandardCharsets.UTF_8);
    ProductionExceptionHandler.Response response = handler(Map.of())
        .handleError(context(original), output(), new RecordTooLargeException("The message is 3236969 bytes"));

    assertEquals(ProductionExceptionHandler.Result.RESUME, response.result());
    ProducerRecord<byte[], byte[]> deadLetter = response.deadLetterQueueRecords().get(0);
    assertEquals("dead", deadLetter.topic());
    assertArrayEquals(KEY, deadLetter.key());
    assertArrayEquals(original, deadLetter.value());
    assertEquals("enrich", DeadLetters.header(deadLetter.headers(), DeadLetters.STAGE));
    assertEquals("RecordTooLargeException: The message is 3236969 bytes",
        DeadLetters.header(deadLetter.headers(), DeadLetters.ERROR));
    assertEquals("raw", DeadLetters.header(deadLetter.headers(), DeadLetters.SOURCE_TOPIC));
    assertEquals("42", DeadLetters.header(deadLetter.headers(), DeadLetters.SOURCE_OFFSET));
  }

  @Test
  void leavesOutAnOriginalTooLargeToWriteAndSaysWhereItIs() {
    byte[] original = new byte[2 * 1024 * 1024];
    ProducerRecord<byte[], byte[]> deadLetter = handler(Map.of()).handleSerializationError(context(original),
        output(), new SerializationException("not a RawDocument"), ProductionExceptionHandler.SerializationExceptionOrigin.VALUE)
        .deadLetterQueueRecords().get(0);

    assertNull(deadLetter.value());
    assertArrayEquals(KEY, deadLetter.key());
    assertEquals("SerializationException: not a RawDocument (the original 2097152 bytes are left out, too large"
        + " to write: see the source offset)", DeadLetters.header(deadLetter.headers(), DeadLetters.ERROR));
  }

  @Test
  void keepsAnOriginalThatTheConfiguredRequestSizeAllows() {
    byte[] original = new byte[2 * 1024 * 1024];
    Arrays.fill(original, (byte) 'x');
    ProducerRecord<byte[], byte[]> deadLetter = handler(Map.of("producer.max.request.size", "8388608"))
        .handleError(context(original), output(), new RecordTooLargeException("too large for the topic"))
        .deadLetterQueueRecords().get(0);

    assertArrayEquals(original, deadLetter.value());
  }

  @Test
  void retriesWhatMayPassLaterAndFailsOnWhatNoRecordCanFix() {
    DeadLetterHandler handler = handler(Map.of("max.request.size", 2_000_000));

    assertEquals(ProductionExceptionHandler.Result.RETRY,
        handler.handleError(context(KEY), output(), new NotLeaderOrFollowerException("moved")).result());
    ProductionExceptionHandler.Response invalid =
        handler.handleError(context(KEY), output(), new InvalidTopicException("bad name"));
    assertEquals(ProductionExceptionHandler.Result.FAIL, invalid.result());
    assertEquals(List.of(), invalid.deadLetterQueueRecords());
  }

  private static DeadLetterHandler handler(Map<String, Object> extra) {
    DeadLetterHandler handler = new DeadLetterHandler();
    Map<String, Object> configs = new java.util.HashMap<>(extra);
    configs.put(DeadLetterHandler.STAGE_CONFIG, "enrich");
    configs.put(DeadLetterHandler.TOPIC_CONFIG, "dead");
    handler.configure(configs);
    return handler;
  }

  private static ProducerRecord<byte[], byte[]> output() {
    return new ProducerRecord<>("by-content-repartition", KEY, new byte[10]);
  }

  /** Where the failed record came from: offset 42 of raw, partition 0. */
  private static ErrorHandlerContext context(byte[] sourceValue) {
    return new ErrorHandlerContext() {
      @Override
      public String topic() {
        return "raw";
      }

      @Override
      public int partition() {
        return 0;
      }

      @Override
      public long offset() {
        return 42;
      }

      @Override
      public Headers headers() {
        return new RecordHeaders();
      }

      @Override
      public String processorNodeId() {
        return "clean";
      }

      @Override
      public TaskId taskId() {
        return new TaskId(0, 0);
      }

      @Override
      public long timestamp() {
        return 0;
      }

      @Override
      public byte[] sourceRawKey() {
        return KEY;
      }

      @Override
      public byte[] sourceRawValue() {
        return sourceValue;
      }
    };
  }
}
