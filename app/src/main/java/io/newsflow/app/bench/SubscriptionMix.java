package io.newsflow.app.bench;

import io.newsflow.core.model.KnowledgeEntity;
import io.newsflow.core.model.Subscription;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates standing subscriptions like a monitoring service holds, in the proportions of the
 * matcher benchmark: 35% entity ids, 30% keywords, 15% phrases, 20% boolean combinations. Their
 * terms are entities of the base (the popular ones more often), words and word pairs of the
 * topic sentences of the banks, and words of subjects the stream never mentions.
 */
final class SubscriptionMix {

  private static final int OTHER_SUBJECTS = 200_000;
  private static final Pattern CHOICE_OR_SLOT = Pattern.compile("\\{[^{}]*\\}");
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
  /** Bank words this long are rarely grammar words, so they make plausible keywords. */
  private static final int KEYWORD_LENGTH = 7;

  private final List<KnowledgeEntity> entities;
  private final List<String> words;
  private final List<String> pairs;

  SubscriptionMix(List<KnowledgeEntity> entities, Collection<PhraseBank> banks) {
    this.entities = List.copyOf(entities);
    TreeSet<String> vocabulary = new TreeSet<>();
    TreeSet<String> bigrams = new TreeSet<>();
    for (PhraseBank bank : banks) {
      for (String topic : Story.TOPICS) {
        bank.section("topic:" + topic).forEach(line -> read(line, vocabulary, bigrams));
      }
    }
    this.words = List.copyOf(vocabulary);
    this.pairs = List.copyOf(bigrams);
  }

  /** {@code count} subscriptions, the same for the same seed. */
  List<Subscription> generate(long seed, int count) {
    List<Subscription> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
      out.add(Subscription.of(String.format(Locale.ROOT, "bench-%05d", i), query(random)));
    }
    return out;
  }

  private String query(SplittableRandom random) {
    int kind = random.nextInt(100);
    if (kind < 35) {
      return entity(random);
    } else if (kind < 65) {
      return word(random);
    } else if (kind < 80) {
      return phrase(random);
    }
    return switch (random.nextInt(3)) {
      case 0 -> "(" + word(random) + " OR " + word(random) + ") AND NOT " + word(random);
      case 1 -> entity(random) + " AND (" + word(random) + " OR title:" + word(random) + ")";
      default -> "lang:" + ArticleWriter.pick(List.copyOf(ArticleStream.LANGUAGES.keySet()), random) + " AND "
          + word(random) + " " + word(random);
    };
  }

  /** Any entity of the base, or one time in ten a popular one (early in the base). */
  private String entity(SplittableRandom random) {
    int index = random.nextInt(10) == 0 ? Skew.index(random, entities.size()) : random.nextInt(entities.size());
    return "entity:" + entities.get(index).id();
  }

  /**
   * A word of the banks (one time in forty: the banks are small, so their words are frequent in
   * the stream), else of a subject the stream does not cover.
   */
  private String word(SplittableRandom random) {
    return random.nextInt(40) == 0 ? ArticleWriter.pick(words, random) : otherSubject(random);
  }

  private String phrase(SplittableRandom random) {
    String pair = random.nextInt(10) == 0 ? ArticleWriter.pick(pairs, random) : otherSubject(random) + " " + otherSubject(random);
    return "\"" + pair + "\"";
  }

  private static String otherSubject(SplittableRandom random) {
    return "nm" + Integer.toString(Skew.index(random, OTHER_SUBJECTS), 36);
  }

  /** The words of a template's fixed text, and pairs of words that follow each other there. */
  private static void read(String line, TreeSet<String> vocabulary, TreeSet<String> bigrams) {
    for (String fragment : CHOICE_OR_SLOT.split(line)) {
      String previous = null;
      String lower = fragment.toLowerCase(Locale.ROOT);
      Matcher m = WORD.matcher(lower);
      int end = -1;
      while (m.find()) {
        if (m.group().length() >= KEYWORD_LENGTH) {
          vocabulary.add(m.group());
        }
        boolean adjacent = previous != null && lower.substring(end, m.start()).equals(" ");
        if (adjacent) {
          bigrams.add(previous + " " + m.group());
        }
        previous = m.group();
        end = m.end();
      }
    }
  }
}
