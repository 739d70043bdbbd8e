/**
 * The sink service: a Kafka Streams application that matches every new article against the
 * standing subscriptions and writes story-aware alerts to the {@code alerts} topic.
 */
package io.newsflow.sink;
