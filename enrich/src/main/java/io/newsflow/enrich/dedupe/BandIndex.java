package io.newsflow.enrich.dedupe;

import io.newsflow.enrich.dedupe.BandState.Entries;
import io.newsflow.enrich.dedupe.BandState.Entry;
import io.newsflow.enrich.dedupe.BandState.Name;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The LSH index, keyed by band value: answers each probe with the closest article seen
 * earlier in the same band (named when near enough to be a duplicate; earlier by record time,
 * then id, so that of two near copies only the later one can be called a duplicate, whatever
 * order the partitions deliver them in),
 * tells the later articles it already holds that an earlier near copy has come, then
 * remembers the probe. Each band keeps its most recent entries within the window, as compact
 * {@link BandState.Entry entries} whose article ids live once per article under a name key.
 */
public final class BandIndex implements Processor<String, BandProbe, String, NearMessage> {

  public static final String STORE = "dedupe-bands";
  private static final int MAX_ENTRIES = 256;
  private static final int RECENT_NAMES = 4096;

  private final Duration window;
  private final RecentNames recent = new RecentNames(RECENT_NAMES);
  private ProcessorContext<String, NearMessage> context;
  private KeyValueStore<String, BandState> bands;

  public BandIndex(Duration window) {
    this.window = window;
  }

  /** The band store's value serde. */
  public static Serde<BandState> serde() {
    return new BandStateSerde();
  }

  @Override
  public void init(ProcessorContext<String, NearMessage> context) {
    this.context = context;
    this.bands = context.getStateStore(STORE);
    Expiry.schedule(context, bands, window, BandState::newest);
  }

  @Override
  public void process(Record<String, BandProbe> record) {
    String selfId = record.value().articleId();
    long remainder = BandProbe.remainder(record.value().fingerprint(), record.key());
    Entry self = name(selfId, remainder, record.timestamp());
    List<Entry> entries = live(bands.get(record.key()), context.currentStreamTimeMs() - window.toMillis());
    Entry closest = entries.stream()
        .filter(e -> !same(e, self, selfId) && before(e, self, selfId))
        .min(Comparator.comparingInt(e -> distance(e, self)))
        .orElse(null);
    bands.put(record.key(), new Entries(remember(entries, self, selfId)));
    context.forward(record.withKey(selfId).withValue(answer(closest, self)));
    tellLaterCopies(record, entries, self, selfId);
  }

  /** The closest earlier article: named when it is near enough to make a duplicate (looking
   * its id up costs a read), else only its distance. */
  private NearMessage answer(Entry closest, Entry self) {
    if (closest == null) {
      return NearMessage.answer(null, NearMessage.NONE);
    }
    int distance = distance(closest, self);
    return NearMessage.answer(distance <= NearDuplicateJudge.MAX_DISTANCE ? idOf(closest) : null, distance);
  }

  /** Near copies this band already holds that came after this probe's article. */
  private void tellLaterCopies(Record<String, BandProbe> record, List<Entry> entries, Entry self, String selfId) {
    for (Entry later : entries) {
      int distance = distance(later, self);
      if (distance <= NearDuplicateJudge.MAX_DISTANCE && !same(later, self, selfId) && !before(later, self, selfId)) {
        context.forward(record.withKey(idOf(later)).withValue(NearMessage.lateAnswer(selfId, distance)));
      }
    }
  }

  /**
   * This probe's entry: by reference when the article's reference is free or already its own
   * (then the name key remembers the id and when it was last seen), else with the id inline.
   */
  private Entry name(String articleId, long remainder, long timestamp) {
    int ref = BandState.refOf(articleId);
    Name held = nameOf(ref);
    if (held != null && !held.articleId().equals(articleId)) {
      return Entry.inline(articleId, remainder, timestamp);
    }
    if (held == null || held.lastSeen() < timestamp) {
      Name name = new Name(articleId, timestamp);
      bands.put(BandState.nameKey(ref), name);
      recent.put(ref, name);
    }
    return Entry.referring(ref, remainder, timestamp);
  }

  private Name nameOf(int ref) {
    Name name = recent.get(ref);
    if (name == null && bands.get(BandState.nameKey(ref)) instanceof Name stored) {
      recent.put(ref, stored);
      return stored;
    }
    return name;
  }

  /**
   * The entries still in the window. Dropping older ones here also keeps every reference
   * resolvable: a name is swept only once its article's newest entry is out of the window.
   */
  private static List<Entry> live(BandState known, long oldest) {
    if (!(known instanceof Entries entries)) {
      return List.of();
    }
    return entries.entries().stream().filter(e -> e.timestamp() >= oldest).toList();
  }

  private String idOf(Entry entry) {
    if (!entry.byRef()) {
      return entry.inlineId();
    }
    Name name = nameOf(entry.ref());
    if (name != null) {
      return name.articleId();
    }
    throw new IllegalStateException("no name for live reference " + BandState.nameKey(entry.ref()));
  }

  /** Whether {@code entry} is the article {@code self} ({@code selfId}) stands for. */
  private static boolean same(Entry entry, Entry self, String selfId) {
    return entry.byRef() ? self.byRef() && entry.ref() == self.ref() : entry.inlineId().equals(selfId);
  }

  /** Whether {@code entry}, another article than {@code self}, came first: by record time,
   * then by id, an order every band agrees on. */
  private boolean before(Entry entry, Entry self, String selfId) {
    if (entry.timestamp() != self.timestamp()) {
      return entry.timestamp() < self.timestamp();
    }
    return idOf(entry).compareTo(selfId) < 0;
  }

  private static int distance(Entry a, Entry b) {
    return SimHash.distance(a.remainder(), b.remainder());
  }

  private static List<Entry> remember(List<Entry> entries, Entry self, String selfId) {
    List<Entry> kept = new ArrayList<>();
    for (Entry entry : entries) {
      if (!same(entry, self, selfId)) {
        kept.add(entry);
      }
    }
    kept.add(self);
    kept.sort(Comparator.comparingLong(Entry::timestamp));
    return kept.subList(Math.max(0, kept.size() - MAX_ENTRIES), kept.size());
  }
}
