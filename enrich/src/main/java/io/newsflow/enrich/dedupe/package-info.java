/**
 * Dedupe: exact duplicates (same URL and content, or same normalised content hash) and
 * revisions (same URL, changed content), decided in Kafka Streams state stores keyed so that
 * copies meet on one partition whichever partition they arrive on.
 */
package io.newsflow.enrich.dedupe;
