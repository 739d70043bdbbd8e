package io.newsflow.ingest.poll;

import io.newsflow.core.kafka.Topic;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Feed;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.fetch.HostGate;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.registry.CompactedTopics;
import io.newsflow.ingest.registry.FeedState;
import io.newsflow.ingest.registry.IngestTopics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches every registered feed continuously: follows the {@code feeds} topic (additions,
 * changes and removals take effect while running), polls each feed when it is due on a pool
 * of {@code concurrency} workers with per-host politeness, and writes each poll's documents to
 * {@code raw} together with the feed's new state to {@code feed-state} in one transaction. On
 * start it restores every feed's state from {@code feed-state}, so it continues where it
 * stopped.
 */
public final class FeedPoller implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
  private static final Duration WATCH_POLL = Duration.ofMillis(250);
  private static final Duration DRAIN = Duration.ofSeconds(20);

  private final IngestConfig config;
  private final Properties client;
  private final Topics topics;
  private final Topic<String, FeedState> stateTopic;
  private final Clock clock;
  private final PollSchedule schedule;
  private final PollStep step;
  private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
  private final Map<String, FeedState> states = new ConcurrentHashMap<>();
  private final Map<String, Boolean> scheduled = new ConcurrentHashMap<>();
  private final DelayQueue<Due> queue = new DelayQueue<>();
  private final AtomicInteger fetching = new AtomicInteger();
  private final AtomicLong polls = new AtomicLong();
  private final AtomicLong documents = new AtomicLong();
  private final ExecutorService workers;
  private final Thread scheduler;
  private final Thread watcher;
  private volatile boolean running;
  private OutcomeWriter writer;
  private KafkaConsumer<String, Feed> feedConsumer;

  /** @param client Kafka client properties (bootstrap servers and any security settings) */
  public FeedPoller(IngestConfig config, Properties client, Topics topics) {
    this(config, client, topics, Clock.systemUTC());
  }

  FeedPoller(IngestConfig config, Properties client, Topics topics, Clock clock) {
    this.config = config;
    this.client = client;
    this.topics = topics;
    this.stateTopic = IngestTopics.feedState(topics);
    this.clock = clock;
    this.schedule = new PollSchedule(config.defaultInterval(), config.minInterval(), config.maxInterval(),
        config.maxBackoff(), new Random());
    HostGate gate = new HostGate(config.perHostConcurrency(), config.hostDelay());
    PageFetcher fetcher = new PageFetcher(config.fetch(), gate);
    this.step = new PollStep(fetcher, new ItemDocuments(fetcher, config.fetchPages()), schedule,
        config.seenPerFeed(), config.maxItemsPerPoll(), clock);
    this.workers = Executors.newFixedThreadPool(config.concurrency(), named("ingest-poll"));
    this.scheduler = new Thread(this::schedulerLoop, "ingest-scheduler");
    this.watcher = new Thread(this::watchFeeds, "ingest-feeds");
  }

  /** Creates the ingest topics if needed, restores feed state, and starts polling. */
  public synchronized void start() {
    if (running) {
      throw new IllegalStateException("the poller is already running");
    }
    IngestTopics.ensure(client, topics, config.partitions(), config.replication());
    states.putAll(CompactedTopics.readAll(client, stateTopic));
    writer = new OutcomeWriter(client, topics, config.transactionalId() + "-" + topics.prefix(),
        () -> running = false);
    feedConsumer = CompactedTopics.consumer(client, topics.feeds());
    running = true;
    watcher.start();
    scheduler.start();
    LOG.info("Feed poller started: {} feed states restored from {}", states.size(), stateTopic.name());
  }

  /** A snapshot for the status line. */
  /** True from {@link #start()} until it is closed or fenced by another poller. */
  public boolean running() {
    return running;
  }

  public PollerStatus status() {
    List<Feed> enabled = feeds.values().stream().filter(Feed::enabled).toList();
    int healthy = 0;
    int failing = 0;
    for (Feed feed : enabled) {
      FeedState state = states.get(feed.url());
      if (state != null && state.healthy()) {
        healthy++;
      } else if (state != null && state.errorCount() > 0) {
        failing++;
      }
    }
    int due = (int) enabled.stream().filter(f -> isDue(f.url())).count();
    return new PollerStatus(enabled.size(), Math.max(0, due - fetching.get()), fetching.get(),
        healthy, failing, polls.get(), documents.get());
  }

  /** The current state of a feed, or null when it was never polled. */
  public FeedState state(String url) {
    return states.get(url);
  }

  private boolean isDue(String url) {
    FeedState state = states.get(url);
    return state == null || !state.nextPoll().isAfter(clock.instant());
  }

  private void watchFeeds() {
    try {
      List<TopicPartition> partitions = feedConsumer.partitionsFor(topics.feeds().name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      feedConsumer.assign(partitions);
      feedConsumer.seekToBeginning(partitions);
      while (running) {
        for (ConsumerRecord<String, Feed> record : feedConsumer.poll(WATCH_POLL)) {
          onFeedRecord(record.key(), record.value());
        }
      }
    } catch (WakeupException e) {
      LOG.debug("Feed watcher woken up to stop");
    } catch (RuntimeException e) {
      LOG.error("Feed watcher of {} failed; registry changes are no longer followed", topics.feeds().name(), e);
    } finally {
      feedConsumer.close();
    }
  }

  private void onFeedRecord(String url, Feed feed) {
    if (url == null) {
      return;
    }
    if (feed == null) {
      if (feeds.remove(url) != null) {
        LOG.info("Feed removed: {}", url);
      }
      return;
    }
    Feed previous = feeds.put(url, feed);
    if (previous == null) {
      LOG.info("Feed registered: {}", url);
    }
    if (feed.enabled() && scheduled.putIfAbsent(url, Boolean.TRUE) == null) {
      FeedState state = states.get(url);
      queue.add(new Due(url, state == null ? clock.instant() : state.nextPoll()));
    }
  }

  private void schedulerLoop() {
    while (running) {
      try {
        Due due = queue.poll(WATCH_POLL.toMillis(), TimeUnit.MILLISECONDS);
        if (due != null && running) {
          workers.execute(() -> pollSafely(due.url()));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void pollSafely(String url) {
    if (!running) {
      return;
    }
    Feed feed = feeds.get(url);
    if (feed == null || !feed.enabled()) {
      scheduled.remove(url);
      return;
    }
    fetching.incrementAndGet();
    try {
      pollAndWrite(feed);
    } catch (RuntimeException e) {
      LOG.error("Poll of {} failed unexpectedly; retrying later", url, e);
      queue.add(new Due(url, clock.instant().plus(schedule.backoff(1, null))));
    } finally {
      fetching.decrementAndGet();
    }
  }

  private void pollAndWrite(Feed feed) {
    String url = feed.url();
    FeedState before = states.getOrDefault(url, FeedState.initial(url, schedule.initial(feed), clock.instant()));
    PollStep.Outcome outcome = step.poll(feed, before);
    if (Thread.currentThread().isInterrupted()) {
      return;
    }
    writer.submit(outcome, committed -> afterWrite(before, outcome, committed));
  }

  private void afterWrite(FeedState before, PollStep.Outcome outcome, boolean committed) {
    String url = before.url();
    if (!committed) {
      queue.add(new Due(url, clock.instant().plus(schedule.backoff(1, null))));
      return;
    }
    states.put(url, outcome.state());
    polls.incrementAndGet();
    documents.addAndGet(outcome.documents().size());
    logChange(before, outcome);
    queue.add(new Due(url, outcome.state().nextPoll()));
  }

  private void logChange(FeedState before, PollStep.Outcome outcome) {
    FeedState after = outcome.state();
    if (after.errorCount() > 0 && !Objects.equals(after.lastError(), before.lastError())) {
      LOG.warn("Feed {} failing: {} (retry at {})", after.url(), after.lastError(), after.nextPoll());
    } else if (after.errorCount() == 0 && before.errorCount() > 0) {
      LOG.info("Feed {} recovered after {} failed polls", after.url(), before.errorCount());
    } else if (!outcome.documents().isEmpty()) {
      LOG.info("Feed {}: {} new documents", after.url(), outcome.documents().size());
    } else {
      LOG.debug("Feed {}: {}", after.url(), after.lastOutcome());
    }
  }

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Stops polling: in-flight polls finish and are written (up to 20 s), then Kafka is closed. */
  @Override
  public synchronized void close() {
    if (!running && writer == null) {
      return;
    }
    running = false;
    if (feedConsumer != null) {
      feedConsumer.wakeup();
    }
    scheduler.interrupt();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
        workers.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
      }
      watcher.join(DRAIN.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (writer != null) {
      writer.close(DRAIN);
      writer = null;
    }
    LOG.info("Feed poller stopped after {} polls, {} documents", polls.get(), documents.get());
  }

  /** A feed due at a time, in the scheduler's delay queue. */
  private record Due(String url, Instant at) implements Delayed {
    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(Instant.now(), at));
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }
  }
}
