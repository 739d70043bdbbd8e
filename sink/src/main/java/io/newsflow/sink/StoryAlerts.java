package io.newsflow.sink;

import io.newsflow.core.model.Alert;
import io.newsflow.core.model.Article;
import io.newsflow.core.model.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by subscription and story: the first matching article of a story raises an alert,
 * later ones raise updates with the story's count, and an article that already alerted (a
 * revision) raises nothing again. Alerts leave keyed by subscription id.
 *
 * <p>A subscription with a digest period gets at most one message per story per period: the
 * first new article of the story in the period waits in {@code digest-pending} and leaves when
 * the period ends (periods are aligned on the epoch, in wall-clock time, so a subscription's
 * stories leave together), carrying the story's count at that moment. State stays bounded: a
 * story a subscription has not matched for {@code storyWindow} is forgotten, and a pending digest
 * lives one period at most.
 */
final class StoryAlerts implements Processor<String, MatchedArticle, String, Alert> {

  static final String STORE = "alerted-stories";
  static final String PENDING_STORE = "digest-pending";
  private static final int REMEMBERED_ARTICLES = 200;

  /** The articles of one story that already alerted one subscription, and when it last did. */
  record Alerted(List<String> articleIds, int count, long lastSeen) {
    Alerted {
      articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
    }
  }

  /** A digest message waiting for the end of its period. */
  record Pending(Alert alert, long due) {}

  private final Duration storyWindow;
  private final Duration digestCheck;
  private ProcessorContext<String, Alert> context;
  private KeyValueStore<String, Alerted> alerted;
  private KeyValueStore<String, Pending> pending;
  private KeyValueStore<String, Subscription> subscriptions;

  StoryAlerts(SinkConfig config) {
    this.storyWindow = config.storyWindow();
    this.digestCheck = config.digestCheck();
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.alerted = context.getStateStore(STORE);
    this.pending = context.getStateStore(PENDING_STORE);
    this.subscriptions = context.getStateStore(SubscriptionUpdates.STORE);
    context.schedule(digestCheck, PunctuationType.WALL_CLOCK_TIME, this::sendDueDigests);
    context.schedule(sweepInterval(), PunctuationType.WALL_CLOCK_TIME, this::forgetOldStories);
  }

  /** Old stories are looked for 24 times per window: they live at most 1/24 longer than it. */
  private Duration sweepInterval() {
    Duration sweep = storyWindow.dividedBy(24);
    return sweep.compareTo(digestCheck) > 0 ? sweep : digestCheck;
  }

  @Override
  public void process(Record<String, MatchedArticle> record) {
    MatchedArticle match = record.value();
    Alerted before = alerted.get(record.key());
    if (isRevision(before, match)) {
      return;
    }
    long now = context.currentSystemTimeMs();
    Alerted updated = remember(before, match.article().id(), now);
    alerted.put(record.key(), updated);
    Alert alert = alert(match, before != null, updated.count());
    Duration digest = digestOf(match.subscriptionId());
    if (digest == null) {
      context.forward(new Record<>(alert.subscriptionId(), alert, record.timestamp()));
    } else {
      holdForDigest(record.key(), alert, periodEnd(now, digest));
    }
  }

  private static boolean isRevision(Alerted before, MatchedArticle match) {
    return before != null && before.articleIds().contains(match.article().id());
  }

  private Duration digestOf(String subscriptionId) {
    Subscription subscription = subscriptions.get(subscriptionId);
    Duration digest = subscription == null ? null : subscription.digest();
    return digest == null || digest.isZero() || digest.isNegative() ? null : digest;
  }

  /** The first new article of the period stays; later ones only raise the story's count. */
  private void holdForDigest(String key, Alert alert, long due) {
    Pending waiting = pending.get(key);
    Alert kept = waiting == null ? alert : withCount(waiting.alert(), alert.storyCount());
    pending.put(key, new Pending(kept, waiting == null ? due : waiting.due()));
  }

  private static long periodEnd(long now, Duration period) {
    long length = period.toMillis();
    return Math.floorDiv(now, length) * length + length;
  }

  private void sendDueDigests(long now) {
    List<KeyValue<String, Pending>> due = new ArrayList<>();
    try (KeyValueIterator<String, Pending> all = pending.all()) {
      all.forEachRemaining(entry -> {
        if (entry.value.due() <= now) {
          due.add(entry);
        }
      });
    }
    for (KeyValue<String, Pending> entry : due) {
      pending.delete(entry.key);
      Alert alert = entry.value.alert();
      if (subscriptions.get(alert.subscriptionId()) != null) {
        context.forward(new Record<>(alert.subscriptionId(), alert, now));
      }
    }
  }

  private void forgetOldStories(long now) {
    long oldest = now - storyWindow.toMillis();
    List<String> old = new ArrayList<>();
    try (KeyValueIterator<String, Alerted> all = alerted.all()) {
      all.forEachRemaining(entry -> {
        if (entry.value.lastSeen() < oldest && pending.get(entry.key) == null) {
          old.add(entry.key);
        }
      });
    }
    old.forEach(alerted::delete);
  }

  private static Alerted remember(Alerted before, String articleId, long now) {
    List<String> ids = new ArrayList<>(before == null ? List.of() : before.articleIds());
    ids.add(articleId);
    List<String> kept = ids.subList(Math.max(0, ids.size() - REMEMBERED_ARTICLES), ids.size());
    return new Alerted(kept, before == null ? 1 : before.count() + 1, now);
  }

  private static Alert alert(MatchedArticle match, boolean update, int storyCount) {
    Article article = match.article();
    return new Alert(Alert.SCHEMA_VERSION, null, match.subscriptionId(), article.id(),
        article.storyId(), article.url(), article.title(), match.reasons(), update, storyCount,
        article.language(), article.publishedAt(), article.source());
  }

  private static Alert withCount(Alert a, int storyCount) {
    return new Alert(a.schemaVersion(), a.id(), a.subscriptionId(), a.articleId(), a.storyId(),
        a.url(), a.title(), a.matched(), a.update(), storyCount, a.language(), a.publishedAt(),
        a.source());
  }
}
