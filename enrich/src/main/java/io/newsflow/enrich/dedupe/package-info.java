/**
 * Dedupe: exact duplicates (same URL and content, or same normalised content hash),
 * revisions (same URL, changed content) and near duplicates (SimHash fingerprints a few bits
 * apart, found through 4 band tables probed a bit around the article's own bucket), decided in
 * Kafka Streams state stores keyed so that copies meet on one partition whichever partition
 * they arrive on. The buckets, written 4 times per article, keep a compact binary format
 * rather than JSON, and name an article by 32 bits of its content hash; the exact-duplicate
 * store, which holds one article id per content anyway, turns them back into the original's id
 * when a near copy is found, so the index holds no ids of its own.
 */
package io.newsflow.enrich.dedupe;
