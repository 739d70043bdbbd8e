/**
 * Kafka plumbing shared by every service: the JSON serde, the topic registry, dead-letter
 * headers, and the embedded single-node KRaft broker of the zero-setup default.
 */
package io.newsflow.core.kafka;
