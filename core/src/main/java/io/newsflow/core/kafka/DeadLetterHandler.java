package io.newsflow.core.kafka;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a record that a Streams stage cannot read or process into a dead letter (the original
 * bytes, with the stage, the error and the source topic, partition and offset as headers)
 * written in the same transaction, and lets the stream go on.
 */
public final class DeadLetterHandler
    implements DeserializationExceptionHandler, ProcessingExceptionHandler {

  /** Streams config key naming the stage in the headers. */
  public static final String STAGE_CONFIG = "newsflow.stage";
  /** Streams config key naming the dead-letter topic. */
  public static final String TOPIC_CONFIG = "newsflow.deadLetterTopic";

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

  private String stage = "streams";
  private String topic;

  @Override
  public void configure(Map<String, ?> configs) {
    Object configuredStage = configs.get(STAGE_CONFIG);
    stage = configuredStage == null ? stage : configuredStage.toString();
    Object configuredTopic = configs.get(TOPIC_CONFIG);
    if (configuredTopic == null) {
      throw new IllegalArgumentException(TOPIC_CONFIG + " is required");
    }
    topic = configuredTopic.toString();
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

  private ProducerRecord<byte[], byte[]> deadLetter(
      ErrorHandlerContext context, byte[] key, byte[] value, Exception exception) {
    LOG.warn("Dead letter from {} at {}-{}@{}: {}", stage, context.topic(), context.partition(),
        context.offset(), DeadLetters.reason(exception));
    RecordHeaders headers = new RecordHeaders();
    DeadLetters.describe(headers, stage, exception);
    DeadLetters.source(headers, context.topic(), context.partition(), context.offset());
    return new ProducerRecord<>(topic, null, key, value, headers);
  }
}
