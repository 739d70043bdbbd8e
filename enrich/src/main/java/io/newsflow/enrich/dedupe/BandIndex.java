package io.newsflow.enrich.dedupe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The LSH index, keyed by band value: answers each probe with the closest article seen
 * earlier in the same band (earlier by record time, then id, so that of two near copies only
 * the later one can be called a duplicate, whatever order the partitions deliver them in),
 * tells the later articles it already holds that an earlier near copy has come, then
 * remembers the probe. Each band keeps its most recent entries within the window.
 */
public final class BandIndex implements Processor<String, BandProbe, String, NearMessage> {

  public static final String STORE = "dedupe-bands";
  private static final int MAX_ENTRIES = 256;

  /** An article whose fingerprint has this band value. */
  public record Entry(String articleId, long fingerprint, long timestamp) {}

  /** The entries of one band value, oldest first. */
  public record Entries(List<Entry> entries) {

    long newest() {
      return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).timestamp();
    }
  }

  private final Duration window;
  private ProcessorContext<String, NearMessage> context;
  private KeyValueStore<String, Entries> bands;

  public BandIndex(Duration window) {
    this.window = window;
  }

  @Override
  public void init(ProcessorContext<String, NearMessage> context) {
    this.context = context;
    this.bands = context.getStateStore(STORE);
    Expiry.schedule(context, bands, window, Entries::newest);
  }

  @Override
  public void process(Record<String, BandProbe> record) {
    BandProbe probe = record.value();
    Entry self = new Entry(probe.articleId(), probe.fingerprint(), record.timestamp());
    Entries known = bands.get(record.key());
    List<Entry> entries = known == null ? List.of() : known.entries();
    Entry closest = entries.stream()
        .filter(e -> earlier(e, self))
        .min(Comparator.comparingInt(e -> SimHash.distance(e.fingerprint(), self.fingerprint())))
        .orElse(null);
    bands.put(record.key(), new Entries(remember(entries, self, record.timestamp() - window.toMillis())));
    NearMessage answer = closest == null
        ? NearMessage.answer(null, NearMessage.NONE)
        : NearMessage.answer(closest.articleId(), SimHash.distance(closest.fingerprint(), self.fingerprint()));
    context.forward(record.withKey(probe.articleId()).withValue(answer));
    for (Entry later : entries) {
      int distance = SimHash.distance(later.fingerprint(), self.fingerprint());
      if (earlier(self, later) && distance <= NearDuplicateJudge.MAX_DISTANCE) {
        context.forward(record.withKey(later.articleId()).withValue(NearMessage.lateAnswer(self.articleId(), distance)));
      }
    }
  }

  private static boolean earlier(Entry candidate, Entry self) {
    if (candidate.articleId().equals(self.articleId())) {
      return false;
    }
    return candidate.timestamp() != self.timestamp()
        ? candidate.timestamp() < self.timestamp()
        : candidate.articleId().compareTo(self.articleId()) < 0;
  }

  private static List<Entry> remember(List<Entry> entries, Entry self, long oldest) {
    List<Entry> kept = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.timestamp() >= oldest && !entry.articleId().equals(self.articleId())) {
        kept.add(entry);
      }
    }
    kept.add(self);
    kept.sort(Comparator.comparingLong(Entry::timestamp));
    return List.copyOf(kept.subList(Math.max(0, kept.size() - MAX_ENTRIES), kept.size()));
  }
}
