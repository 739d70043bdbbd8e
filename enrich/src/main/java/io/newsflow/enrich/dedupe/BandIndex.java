package io.newsflow.enrich.dedupe;

import io.newsflow.enrich.dedupe.BandState.Entry;
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
 * article seen earlier in the buckets it looks in (earlier by record time, then content
 * reference, so that of two near copies only the later one can be called a duplicate, whatever
 * order the partitions deliver them in), tells the later articles found there that an earlier
 * near copy has come, and on a home probe files the article. Each bucket keeps its most recent
 * entries within the window, as compact {@link BandState.Entry entries} that name their article
 * by its content reference. The buckets, of which each probe reads many, are held in memory.
 */
public final class BandIndex implements Processor<String, BandProbe, String, NearMessage> {

  /** The buckets (named apart from the former stores "dedupe-bands" and "dedupe-buckets", whose
   * entries referred to articles by id, so that an upgraded application starts a new index
   * rather than reading references it would misname). */
  public static final String STORE = "dedupe-content-buckets";
  private static final int MAX_ENTRIES = 256;
  private static final int RECENT_ARTICLES = 4096;

  private final Duration window;
  private final RecentArticles recent = new RecentArticles(RECENT_ARTICLES);
  private ProcessorContext<String, NearMessage> context;
  private KeyValueStore<String, BandState> bands;

  public BandIndex(Duration window) {
    this.window = window;
  }

  /** The value serde of the buckets store. */
  public static Serde<BandState> serde() {
    return new BandStateSerde();
  }

  @Override
  public void init(ProcessorContext<String, NearMessage> context) {
    this.context = context;
    this.bands = context.getStateStore(STORE);
    Expiry.schedule(context, bands, window, BandState::newest);
  }

  /** An entry found by a probe, and how many bits its fingerprint is from the probe's. */
  private record Found(Entry entry, int distance) {}

  /** What one probe finds: the closest article that came before it, and the near copies that
   * came after it. */
  private static final class Findings {

    private final int selfRef;
    private final long timestamp;
    private final List<Found> laterCopies = new ArrayList<>();
    private Found closest;

    Findings(int selfRef, long timestamp) {
      this.selfRef = selfRef;
      this.timestamp = timestamp;
    }

    /** Weighs the entries of a bucket {@code apart} bits from the probe's own. */
    void look(List<Entry> entries, int apart, long remainder) {
      for (Entry entry : entries) {
        if (entry.ref() == selfRef) {
          continue;
        }
        int distance = apart + SimHash.distance(entry.remainder(), remainder);
        if (before(entry)) {
          closest = closest == null || distance < closest.distance() ? new Found(entry, distance) : closest;
        } else if (distance <= NearDuplicateJudge.MAX_DISTANCE) {
          laterCopies.add(new Found(entry, distance));
        }
      }
    }

    /** Whether {@code entry}, another article, came first: by record time, then by reference,
     * an order every bucket agrees on. */
    private boolean before(Entry entry) {
      if (entry.timestamp() != timestamp) {
        return entry.timestamp() < timestamp;
      }
      return Integer.compareUnsigned(entry.ref(), selfRef) < 0;
    }
  }

  @Override
  public void process(Record<String, BandProbe> record) {
    BandProbe probe = record.value();
    long oldest = context.currentStreamTimeMs() - window.toMillis();
    Findings findings = new Findings(probe.ref(), record.timestamp());
    int band = probe.band();
    long remainder = probe.remainder();
    List<Entry> home = List.of();
    for (int bucket : probe.buckets()) {
      List<Entry> entries = live(bands.get(probe.bucketKey(bucket)), oldest);
      home = bucket == band ? entries : home;
      findings.look(entries, Integer.bitCount(bucket ^ band), remainder);
    }
    if (probe.home()) {
      bands.put(probe.bucketKey(band), new BandState(remember(home, probe.ref(), remainder, record.timestamp())));
      recent.put(probe.ref(), probe.articleId());
    }
    context.forward(record.withKey(probe.articleId()).withValue(answer(findings.closest)));
    for (Found later : findings.laterCopies) {
      String laterId = recent.get(later.entry().ref());
      if (laterId != null) {
        context.forward(record.withKey(laterId)
            .withValue(NearMessage.lateAnswer(later.distance(), probe.ref(), record.timestamp())));
      }
    }
  }

  private static NearMessage answer(Found closest) {
    if (closest == null) {
      return NearMessage.nothingFound();
    }
    return NearMessage.answer(closest.distance(), closest.entry().ref(), closest.entry().timestamp());
  }

  /** The entries still in the window (entries are kept oldest first). */
  private static List<Entry> live(BandState known, long oldest) {
    if (known == null) {
      return List.of();
    }
    List<Entry> all = known.entries();
    int first = 0;
    while (first < all.size() && all.get(first).timestamp() < oldest) {
      first++;
    }
    return all.subList(first, all.size());
  }

  /** The bucket's live entries with the article's own, which replaces any earlier one. */
  private static List<Entry> remember(List<Entry> entries, int ref, long remainder, long timestamp) {
    List<Entry> kept = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.ref() != ref) {
        kept.add(entry);
      }
    }
    kept.add(new Entry(ref, remainder, timestamp));
    kept.sort(Comparator.comparingLong(Entry::timestamp));
    return kept.subList(Math.max(0, kept.size() - MAX_ENTRIES), kept.size());
  }
}
