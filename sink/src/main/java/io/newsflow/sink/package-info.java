/**
 * The sink service: a Kafka Streams application that matches every new article against the
 * standing subscriptions (broadcast to every instance through a global store) and writes
 * story-aware alerts to the {@code alerts} topic: one alert for the first matching article of a
 * story, updates with the story's count after it, digests for subscriptions that ask for them.
 */
package io.newsflow.sink;
