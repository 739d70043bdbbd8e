package io.newsflow.ingest.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the poller knows about one feed between polls, kept in the compacted
 * {@code feed-state} topic (key: feed URL): validators for conditional GET, health, schedule
 * and the ids of items already seen, so a restart neither re-fetches nor loses anything.
 *
 * @param etag the last ETag the server sent, or null
 * @param lastModified the last Last-Modified the server sent, or null
 * @param contentHash hash of the last feed body, to spot an unchanged feed without validators
 * @param lastFetch when the feed was last requested, or null when never
 * @param lastStatus HTTP status of the last request (0: no response)
 * @param lastOutcome {@code new-items}, {@code no-new-items}, {@code not-modified} or {@code error}
 * @param itemsSeen items ever turned into documents from this feed
 * @param errorCount consecutive failed polls (0 when healthy)
 * @param nextPoll when the feed is due next
 * @param lastError the reason of the last failure, or null after a success
 * @param interval the current adaptive interval
 * @param seen hashed ids of the items seen most recently, oldest first, bounded
 */
public record FeedState(
    int schemaVersion,
    String url,
    String etag,
    String lastModified,
    String contentHash,
    Instant lastFetch,
    int lastStatus,
    String lastOutcome,
    long itemsSeen,
    int errorCount,
    Instant nextPoll,
    String lastError,
    Duration interval,
    List<String> seen) {

  public static final int SCHEMA_VERSION = 1;
  public static final String NEW_ITEMS = "new-items";
  public static final String NO_NEW_ITEMS = "no-new-items";
  public static final String NOT_MODIFIED = "not-modified";
  public static final String ERROR = "error";

  public FeedState {
    Objects.requireNonNull(url, "url");
    seen = seen == null ? List.of() : List.copyOf(seen);
  }

  /** The state of a feed never polled: due now. */
  public static FeedState initial(String url, Duration interval, Instant now) {
    return new FeedState(SCHEMA_VERSION, url, null, null, null, null, 0, null, 0, 0, now, null, interval, List.of());
  }

  /** True when the feed has been polled and its last poll succeeded. */
  public boolean healthy() {
    return lastFetch != null && errorCount == 0;
  }
}
