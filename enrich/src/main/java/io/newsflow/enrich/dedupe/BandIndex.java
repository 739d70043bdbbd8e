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
 * The LSH index, filed by bucket ({@link BandProbe}): answers each probe with the closest
 * article seen earlier in the buckets it looks in (named when near enough to be a duplicate;
 * earlier by record time, then id, so that of two near copies only the later one can be called a
 * duplicate, whatever order the partitions deliver them in), tells the later articles found
 * there that an earlier near copy has come, and on a home probe files the article. Each bucket
 * keeps its most recent entries within the window, as compact {@link BandState.Entry entries}
 * whose article ids live once per article under a name key. The buckets, of which each probe
 * reads many, are held in memory; the names, read once per article and to name a copy, in
 * RocksDB.
 */
public final class BandIndex implements Processor<String, BandProbe, String, NearMessage> {

  /** The buckets (named apart from the former "dedupe-bands" store, whose twelve-band layout
   * kept the names among the buckets, so that an upgraded application starts a new index rather
   * than reading entries whose names it cannot find). */
  public static final String STORE = "dedupe-buckets";
  public static final String NAMES = "dedupe-names";
  private static final int MAX_ENTRIES = 256;
  private static final int RECENT_NAMES = 4096;

  private final Duration window;
  private final RecentNames recent = new RecentNames(RECENT_NAMES);
  private ProcessorContext<String, NearMessage> context;
  private KeyValueStore<String, BandState> bands;
  private KeyValueStore<String, BandState> names;

  public BandIndex(Duration window) {
    this.window = window;
  }

  /** The value serde of both index stores. */
  public static Serde<BandState> serde() {
    return new BandStateSerde();
  }

  @Override
  public void init(ProcessorContext<String, NearMessage> context) {
    this.context = context;
    this.bands = context.getStateStore(STORE);
    this.names = context.getStateStore(NAMES);
    Expiry.schedule(context, bands, window, BandState::newest);
    Expiry.schedule(context, names, window, BandState::newest);
  }

  /** An entry found by a probe, and how many bits its fingerprint is from the probe's. */
  private record Found(Entry entry, int distance) {}

  /** What one probe finds: the closest article that came before it, and the near copies that
   * came after it. */
  private final class Findings {

    private final String selfId;
    private final int selfRef;
    private final long timestamp;
    private final List<Found> laterCopies = new ArrayList<>();
    private Found closest;

    Findings(String selfId, long timestamp) {
      this.selfId = selfId;
      this.selfRef = BandState.refOf(selfId);
      this.timestamp = timestamp;
    }

    /** Weighs the entries of a bucket {@code apart} bits from the probe's own. */
    void look(List<Entry> entries, int apart, long remainder) {
      for (Entry entry : entries) {
        if (same(entry, selfId, selfRef)) {
          continue;
        }
        int distance = apart + SimHash.distance(entry.remainder(), remainder);
        if (before(entry, timestamp, selfId)) {
          closest = closest == null || distance < closest.distance() ? new Found(entry, distance) : closest;
        } else if (distance <= NearDuplicateJudge.MAX_DISTANCE) {
          laterCopies.add(new Found(entry, distance));
        }
      }
    }
  }

  @Override
  public void process(Record<String, BandProbe> record) {
    BandProbe probe = record.value();
    long oldest = context.currentStreamTimeMs() - window.toMillis();
    Findings findings = new Findings(probe.articleId(), record.timestamp());
    int band = probe.band();
    long remainder = probe.remainder();
    List<Entry> home = List.of();
    for (int bucket : probe.buckets()) {
      List<Entry> entries = live(bands.get(probe.bucketKey(bucket)), oldest);
      home = bucket == band ? entries : home;
      findings.look(entries, Integer.bitCount(bucket ^ band), remainder);
    }
    if (probe.home()) {
      Entry self = name(findings, remainder);
      bands.put(probe.bucketKey(band), new Entries(remember(home, self, findings)));
    }
    context.forward(record.withKey(probe.articleId()).withValue(answer(findings.closest)));
    for (Found later : findings.laterCopies) {
      context.forward(record.withKey(idOf(later.entry()))
          .withValue(NearMessage.lateAnswer(probe.articleId(), later.distance())));
    }
  }

  /** The closest earlier article: named when it is near enough to make a duplicate (looking
   * its id up costs a read), else only its distance. */
  private NearMessage answer(Found closest) {
    if (closest == null) {
      return NearMessage.answer(null, NearMessage.NONE);
    }
    int distance = closest.distance();
    return NearMessage.answer(distance <= NearDuplicateJudge.MAX_DISTANCE ? idOf(closest.entry()) : null, distance);
  }

  /**
   * The entry of the article {@code self} probes for: by reference when the article's reference
   * is free or already its own (then the name key remembers the id and when it was last seen),
   * else with the id inline.
   */
  private Entry name(Findings self, long remainder) {
    Name held = nameOf(self.selfRef);
    if (held != null && !held.articleId().equals(self.selfId)) {
      return Entry.inline(self.selfId, remainder, self.timestamp);
    }
    if (held == null || held.lastSeen() < self.timestamp) {
      Name name = new Name(self.selfId, self.timestamp);
      names.put(BandState.nameKey(self.selfRef), name);
      recent.put(self.selfRef, name);
    }
    return Entry.referring(self.selfRef, remainder, self.timestamp);
  }

  private Name nameOf(int ref) {
    Name name = recent.get(ref);
    if (name == null && names.get(BandState.nameKey(ref)) instanceof Name stored) {
      recent.put(ref, stored);
      return stored;
    }
    return name;
  }

  /**
   * The entries still in the window (entries are kept oldest first). Dropping older ones here
   * also keeps every reference resolvable: a name is swept only once its article's newest entry
   * is out of the window.
   */
  private static List<Entry> live(BandState known, long oldest) {
    if (!(known instanceof Entries entries)) {
      return List.of();
    }
    List<Entry> all = entries.entries();
    int first = 0;
    while (first < all.size() && all.get(first).timestamp() < oldest) {
      first++;
    }
    return all.subList(first, all.size());
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

  /** Whether {@code entry} stands for the article {@code articleId}, whose reference is {@code ref}. */
  private boolean same(Entry entry, String articleId, int ref) {
    if (!entry.byRef()) {
      return entry.inlineId().equals(articleId);
    }
    return entry.ref() == ref && idOf(entry).equals(articleId);
  }

  /** Whether {@code entry}, another article than {@code articleId} (at {@code timestamp}), came
   * first: by record time, then by id, an order every bucket agrees on. */
  private boolean before(Entry entry, long timestamp, String articleId) {
    if (entry.timestamp() != timestamp) {
      return entry.timestamp() < timestamp;
    }
    return idOf(entry).compareTo(articleId) < 0;
  }

  private List<Entry> remember(List<Entry> entries, Entry self, Findings findings) {
    List<Entry> kept = new ArrayList<>();
    for (Entry entry : entries) {
      if (!same(entry, findings.selfId, findings.selfRef)) {
        kept.add(entry);
      }
    }
    kept.add(self);
    kept.sort(Comparator.comparingLong(Entry::timestamp));
    return kept.subList(Math.max(0, kept.size() - MAX_ENTRIES), kept.size());
  }
}
