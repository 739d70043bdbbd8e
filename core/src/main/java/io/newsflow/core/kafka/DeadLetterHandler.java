package io.newsflow.core.kafka;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a record that a Streams stage cannot read, process or write into a dead letter (the
 * original bytes, with the stage, the error and the source topic, partition and offset as
 * headers) written in the same transaction, and lets the stream go on.
 */
public final class DeadLetterHandler
    implements DeserializationExceptionHandler, ProcessingExceptionHandler, ProductionExceptionHandler {

  /** Streams config key naming the stage in the headers. */
  public static final String STAGE_CONFIG = "newsflow.stage";
  /** Streams config key naming the dead-letter topic. */
  public static final String TOPIC_CONFIG = "newsflow.deadLetterTopic";

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

  private static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;
  /** Room left in a request for the dead letter's key, headers and batch framing. */
  private static final int OVERHEAD = 16 * 1024;

  private String stage = "streams";
  private String topic;
  private int maxRequestSize = DEFAULT_MAX_REQUEST_SIZE;

  @Override
  public void configure(Map<String, ?> configs) {
    Object configuredStage = configs.get(STAGE_CONFIG);
    stage = configuredStage == null ? stage : configuredStage.toString();
    Object configuredTopic = configs.get(TOPIC_CONFIG);
    if (configuredTopic == null) {
      throw new IllegalArgumentException(TOPIC_CONFIG + " is required");
    }
    topic = configuredTopic.toString();
    Object size = configs.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
    size = size == null ? configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG) : size;
    maxRequestSize = size == null ? DEFAULT_MAX_REQUEST_SIZE : Integer.parseInt(size.toString().trim());
  }

  @Override
  public DeserializationExceptionHandler.Response handleError(
      ErrorHandlerContext context,
      org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]> record,
      Exception exception) {
    return DeserializationExceptionHandler.Response.resume(
        List.of(deadLetter(context, record.key(), record.value(), exception)));
  }

  @Override
  public ProcessingExceptionHandler.Response handleError(
      ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    return ProcessingExceptionHandler.Response.resume(
        List.of(deadLetter(context, context.sourceRawKey(), context.sourceRawValue(), exception)));
  }

  /**
   * A result too large to write is a property of that record, so it becomes a dead letter and
   * the stream goes on; a retriable error is retried and any other fails the thread, as by
   * default. Under exactly-once this cannot save the stream: the producer has already put its
   * transaction in an abortable state, so the task aborts and meets the record again.
   */
  @Override
  public ProductionExceptionHandler.Response handleError(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    if (exception instanceof RetriableException) {
      return ProductionExceptionHandler.Response.retry();
    }
    if (!(exception instanceof RecordTooLargeException)) {
      return ProductionExceptionHandler.Response.fail();
    }
    return ProductionExceptionHandler.Response.resume(
        List.of(deadLetter(context, context.sourceRawKey(), context.sourceRawValue(), exception)));
  }

  /** A value the output serde cannot write is bad data like an unreadable input; Streams
   * meets it before the producer does, so this works under exactly-once too. */
  @Override
  public ProductionExceptionHandler.Response handleSerializationError(
      ErrorHandlerContext context, ProducerRecord record, Exception exception,
      ProductionExceptionHandler.SerializationExceptionOrigin origin) {
    return ProductionExceptionHandler.Response.resume(
        List.of(deadLetter(context, context.sourceRawKey(), context.sourceRawValue(), exception)));
  }

  private ProducerRecord<byte[], byte[]> deadLetter(
      ErrorHandlerContext context, byte[] key, byte[] value, Exception exception) {
    LOG.warn("Dead letter from {} at {}-{}@{}: {}", stage, context.topic(), context.partition(),
        context.offset(), DeadLetters.reason(exception));
    boolean fits = size(key) + size(value) < maxRequestSize - OVERHEAD;
    String reason = DeadLetters.reason(exception) + (fits ? ""
        : " (the original " + size(value) + " bytes are left out, too large to write: see the source offset)");
    RecordHeaders headers = new RecordHeaders();
    DeadLetters.describe(headers, stage, reason);
    DeadLetters.source(headers, context.topic(), context.partition(), context.offset());
    // A dead letter too large to write would fail the transaction it is meant to save.
    return new ProducerRecord<>(topic, null, key, fits ? value : null, headers);
  }

  private static int size(byte[] bytes) {
    return bytes == null ? 0 : bytes.length;
  }
}
