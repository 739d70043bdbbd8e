/**
 * {@code newsflow bench}: a deterministic, realistic article stream and subscription set made
 * in memory, a bare Kafka copy loop as the floor, then the whole pipeline on the same stream,
 * measured end to end (throughput, latency from raw to articles and alerts, CPU and heap).
 */
package io.newsflow.app.bench;
