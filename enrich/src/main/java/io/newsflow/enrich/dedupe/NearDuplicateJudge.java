package io.newsflow.enrich.dedupe;

import io.newsflow.core.model.Article;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyed by article id: gathers the article and its band answers, and once all are in, calls it
 * a near duplicate of the closest earlier article when their fingerprints are at most
 * {@link #MAX_DISTANCE} bits apart, else keeps it. A revision is never a duplicate. A late
 * notice (an earlier copy reached a band after this article) counts only while the article is
 * still undecided: when near copies arrive at the same instant on different partitions, the
 * later one may be kept too, but two copies never drop each other.
 */
public final class NearDuplicateJudge implements FixedKeyProcessor<String, NearMessage, NearJudgement> {

  public static final String STORE = "dedupe-near-pending";
  public static final String ARTICLES = "dedupe-near-articles";
  /** At most this many differing bits of 64 (similarity 0.89) makes a near duplicate, the most
   * the index is sure to find ({@link BandProbe#GUARANTEED_DISTANCE}). Copies of the seed texts
   * with a sentence or the furniture changed differ by 1 to 9 bits, distinct articles of one
   * story by 27 or more; but in the bench's generated stream, whose articles share sentence
   * patterns, distinct articles come as close as 4 bits, and 8 bits let in three times as many of
   * them as 7 (BENCHMARKS, "Duplicates"). */
  public static final int MAX_DISTANCE = BandProbe.GUARANTEED_DISTANCE;

  /** What one article has gathered so far: how many answers it waits for (known once the
   * article itself has come, whose text waits in its own store), how many came, the closest
   * earlier article (its distance, content reference and record time). */
  public record Pending(boolean arrived, int probes, int answers, int distance, int closestRef, long closestTime,
      long seenAt) {

    Pending with(NearMessage message, long timestamp) {
      boolean a = arrived || message.hasArticle();
      int p = message.hasArticle() ? message.probes() : probes;
      int n = message.hasArticle() || message.late() ? answers : answers + 1;
      boolean closer = !message.hasArticle() && message.distance() < distance;
      return closer
          ? new Pending(a, p, n, message.distance(), message.originalRef(), message.originalTime(), Math.max(seenAt, timestamp))
          : new Pending(a, p, n, distance, closestRef, closestTime, Math.max(seenAt, timestamp));
    }

    boolean complete() {
      return arrived && answers >= probes;
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(NearDuplicateJudge.class);
  private static final Pending EMPTY = new Pending(false, 0, 0, NearMessage.NONE, 0, 0, 0);

  private final Duration window;
  private FixedKeyProcessorContext<String, NearJudgement> context;
  private KeyValueStore<String, Pending> pending;
  private KeyValueStore<String, Article> articles;

  public NearDuplicateJudge(Duration window) {
    this.window = window;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, NearJudgement> context) {
    this.context = context;
    this.pending = context.getStateStore(STORE);
    this.articles = context.getStateStore(ARTICLES);
    Expiry.schedule(context, pending, window, Pending::seenAt, articles::delete);
  }

  @Override
  public void process(FixedKeyRecord<String, NearMessage> record) {
    Pending before = pending.get(record.key());
    if (before == null && record.value().late()) {
      return;
    }
    NearMessage message = record.value();
    Pending now = (before == null ? EMPTY : before).with(message, record.timestamp());
    if (!now.complete()) {
      if (message.hasArticle()) {
        articles.put(record.key(), message.article());
      }
      pending.put(record.key(), now);
      return;
    }
    Article article = message.hasArticle() ? message.article() : articles.get(record.key());
    pending.delete(record.key());
    articles.delete(record.key());
    LOG.debug("Near-duplicate check of {}: closest at {} bits from {} answers", record.key(),
        now.distance(), now.answers());
    context.forward(record.withValue(decide(article, now)));
  }

  private static NearJudgement decide(Article article, Pending done) {
    if (done.distance() > MAX_DISTANCE || article.revision() > 0) {
      return NearJudgement.keep(article);
    }
    return NearJudgement.drop(new NearCopy(article.id(), article.url(), SimHash.similarity(done.distance()),
        done.closestRef(), done.closestTime()));
  }
}
