/**
 * The feed registry and feed health, both kept in compacted Kafka topics ({@code feeds} and
 * {@code feed-state}, key: feed URL) so that every instance, command and restart sees the same
 * feeds and the scheduler continues where it stopped.
 */
package io.newsflow.ingest.registry;
