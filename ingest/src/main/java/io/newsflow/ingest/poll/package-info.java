/**
 * Continuous polling: the {@link io.newsflow.ingest.poll.FeedPoller} schedules every registered
 * feed (adaptive interval, backoff with jitter, Retry-After), fetches and parses it, turns new
 * items into RawDocuments and writes them together with the feed's new state in one Kafka
 * transaction, so a restart neither loses nor re-fetches an item.
 */
package io.newsflow.ingest.poll;
