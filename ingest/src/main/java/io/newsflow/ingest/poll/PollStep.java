package io.newsflow.ingest.poll;

import io.newsflow.core.model.Feed;
import io.newsflow.core.model.RawDocument;
import io.newsflow.ingest.feed.FeedEntry;
import io.newsflow.ingest.feed.FeedParsing;
import io.newsflow.ingest.feed.ParsedFeed;
import io.newsflow.ingest.fetch.Conditional;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.registry.FeedState;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/**
 * One poll of one feed, without Kafka: conditional fetch, the not-modified cases (304, the same
 * ETag, the same bytes), parsing, the new items and their documents, and the feed's next state
 * and due time. Failures of any kind become state (error count, reason, backoff).
 */
final class PollStep {

  /** What a poll produced: the feed's new state and the documents of its new items. */
  record Outcome(FeedState state, List<RawDocument> documents) {
    Outcome {
      Objects.requireNonNull(state, "state");
      documents = List.copyOf(documents);
    }
  }

  private final PageFetcher fetcher;
  private final ItemDocuments items;
  private final PollSchedule schedule;
  private final int seenPerFeed;
  private final int maxItemsPerPoll;
  private final Clock clock;

  PollStep(PageFetcher fetcher, ItemDocuments items, PollSchedule schedule, int seenPerFeed,
      int maxItemsPerPoll, Clock clock) {
    this.fetcher = fetcher;
    this.items = items;
    this.schedule = schedule;
    this.seenPerFeed = seenPerFeed;
    this.maxItemsPerPoll = maxItemsPerPoll;
    this.clock = clock;
  }

  Outcome poll(Feed feed, FeedState before) {
    FetchResult result = fetcher.get(feed.url(), new Conditional(before.etag(), before.lastModified()));
    Instant now = clock.instant();
    if (!result.ok() && !result.notModified()) {
      return failed(before, result.status(), result.error(), result.retryAfter(), now);
    }
    String hash = result.ok() ? hash(result.body()) : before.contentHash();
    if (result.notModified() || sameEtag(before, result) || hash.equals(before.contentHash())) {
      return new Outcome(succeeded(before, result, hash, FeedState.NOT_MODIFIED, 0, List.of(), now), List.of());
    }
    ParsedFeed parsed = FeedParsing.parse(result.body(), result.contentType(), feed.url());
    if (!parsed.ok()) {
      return failed(before, result.status(), parsed.error(), null, now);
    }
    return newItems(feed, before, result, hash, parsed, now);
  }

  private Outcome newItems(Feed feed, FeedState before, FetchResult result, String hash, ParsedFeed parsed, Instant now) {
    Set<String> seen = new HashSet<>(before.seen());
    Map<String, FeedEntry> fresh = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>();
    for (FeedEntry entry : parsed.entries()) {
      Optional<String> key = SeenItems.key(entry);
      if (key.isPresent() && !seen.contains(key.get())) {
        fresh.putIfAbsent(key.get(), entry);
      }
    }
    List<Map.Entry<String, FeedEntry>> chosen = fresh.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, FeedEntry> e) -> e.getValue().published(),
            Comparator.nullsLast(Comparator.reverseOrder())))
        .limit(maxItemsPerPoll).toList();
    List<RawDocument> documents = new ArrayList<>();
    for (Map.Entry<String, FeedEntry> e : chosen) {
      items.document(feed, parsed, e.getValue(), now).ifPresent(documents::add);
      keys.add(e.getKey());
    }
    String outcome = chosen.isEmpty() ? FeedState.NO_NEW_ITEMS : FeedState.NEW_ITEMS;
    String lastHash = chosen.size() < fresh.size() ? null : hash;
    return new Outcome(succeeded(before, result, lastHash, outcome, documents.size(), keys, now), documents);
  }

  private FeedState succeeded(FeedState before, FetchResult result, String hash, String outcome,
      int produced, List<String> newKeys, Instant now) {
    Duration interval = schedule.adapt(before.interval(), newKeys.size());
    String etag = result.etag() != null ? result.etag() : result.notModified() ? before.etag() : null;
    String lastModified = result.lastModified() != null ? result.lastModified()
        : result.notModified() ? before.lastModified() : null;
    return new FeedState(FeedState.SCHEMA_VERSION, before.url(), etag, lastModified, hash, now,
        result.status(), outcome, before.itemsSeen() + produced, 0, now.plus(schedule.jitter(interval)),
        null, interval, SeenItems.remember(before.seen(), newKeys, seenPerFeed));
  }

  private Outcome failed(FeedState before, int status, String error, Duration retryAfter, Instant now) {
    int errors = before.errorCount() + 1;
    Duration wait = schedule.backoff(errors, retryAfter);
    FeedState state = new FeedState(FeedState.SCHEMA_VERSION, before.url(), before.etag(), before.lastModified(),
        before.contentHash(), now, status, FeedState.ERROR, before.itemsSeen(), errors, now.plus(wait),
        error, before.interval(), before.seen());
    return new Outcome(state, List.of());
  }

  private static boolean sameEtag(FeedState before, FetchResult result) {
    return result.etag() != null && result.etag().equals(before.etag());
  }

  private static String hash(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
