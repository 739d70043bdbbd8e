package io.newsflow.enrich.clean;

import io.newsflow.core.model.Article;
import io.newsflow.core.text.TextNormalizer;
import io.newsflow.enrich.dedupe.Expiry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Learns the lines a source repeats across its articles (sign-offs, newsletter pitches, legal
 * notices its template adds to every page that the rules did not catch) and drops them from
 * later articles of that source, as trafilatura does with its segment cache. A source is the
 * host of the article's URL; a line counts once per article, and only first versions teach
 * (a revision repeats its own lines). A line seen in {@value #REPEATS} earlier articles of the
 * source within the window is template. Only the first {@value #HEAD} and last {@value #TAIL}
 * lines of an article are looked at, where templates put their furniture, which bounds the
 * state to a few entries per article. Articles are keyed by URL, so each partition learns from
 * the share of a source's articles it sees.
 */
public final class SourceTemplates implements FixedKeyProcessor<String, Article, Article> {

  public static final String STORE = "clean-templates";
  static final int REPEATS = 3;
  /** Lines of fewer words are left to the rules: a short line repeats by chance too. */
  static final int MIN_WORDS = 4;
  static final int HEAD = 3;
  static final int TAIL = 8;
  /** Never drop more than this share of an article's characters: past it, the source repeats itself. */
  static final double MAX_DROPPED = 0.5;

  /** In how many articles of its source a line was seen, and when last. */
  public record Seen(int articles, long lastSeen) {}

  private final Duration window;
  private FixedKeyProcessorContext<String, Article> context;
  private KeyValueStore<String, Seen> seen;

  public SourceTemplates(Duration window) {
    this.window = window;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Article> context) {
    this.context = context;
    this.seen = context.getStateStore(STORE);
    Expiry.schedule(context, seen, window, Seen::lastSeen);
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    String source = sourceOf(article.url());
    if (source == null || article.text() == null) {
      context.forward(record);
      return;
    }
    String[] lines = article.text().split("\n", -1);
    List<String> keys = segmentKeys(source, lines);
    Article kept = withoutTemplate(article, lines, keys);
    if (article.revision() == 0) {
      learn(keys, record.timestamp());
    }
    context.forward(record.withValue(kept));
  }

  /** The store key of each line that may be template (at the head or tail, long enough), else null. */
  private static List<String> segmentKeys(String source, String[] lines) {
    List<String> keys = new ArrayList<>(lines.length);
    int total = (int) Arrays.stream(lines).filter(line -> !line.isBlank()).count();
    int rank = 0;
    for (String line : lines) {
      boolean edge = rank < HEAD || rank >= total - TAIL;
      keys.add(edge && isSegment(line) ? source + " " + Long.toHexString(hash(line)) : null);
      rank += line.isBlank() ? 0 : 1;
    }
    return keys;
  }

  private Article withoutTemplate(Article article, String[] lines, List<String> keys) {
    StringBuilder text = new StringBuilder(article.text().length());
    int dropped = 0;
    for (int i = 0; i < lines.length; i++) {
      Seen before = keys.get(i) == null ? null : seen.get(keys.get(i));
      if (before != null && before.articles() >= REPEATS) {
        dropped += lines[i].length();
      } else {
        text.append(lines[i]).append('\n');
      }
    }
    if (dropped == 0 || dropped > article.text().length() * MAX_DROPPED) {
      return article;
    }
    String clean = text.toString().replaceAll("\n{3,}", "\n\n").strip();
    return article.withText(clean, TextNormalizer.contentHash(clean));
  }

  private void learn(List<String> keys, long timestamp) {
    Set<String> once = new HashSet<>();
    for (String key : keys) {
      if (key != null && once.add(key)) {
        Seen before = seen.get(key);
        seen.put(key, new Seen(before == null ? 1 : before.articles() + 1, timestamp));
      }
    }
  }

  /** The lower-case host of {@code url}, or null when it has none (files, bad URLs). */
  static String sourceOf(String url) {
    try {
      String host = url == null ? null : URI.create(url).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isSegment(String line) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length() && words < MIN_WORDS; i++) {
      boolean letter = Character.isLetterOrDigit(line.charAt(i));
      words += letter && !inWord ? 1 : 0;
      inWord = letter;
    }
    return words >= MIN_WORDS;
  }

  /** 64-bit FNV-1a of the line in lower case. */
  private static long hash(String line) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < line.length(); i++) {
      h = (h ^ Character.toLowerCase(line.charAt(i))) * 0x100000001b3L;
    }
    return h;
  }
}
