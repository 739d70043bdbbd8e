package io.newsflow.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes an article's text from its story: a title, a lead about the story's topic, then topic
 * and context sentences (and in French some sentences of the seed corpus), in paragraphs.
 */
final class ArticleWriter {

  private static final int FEWEST_SENTENCES = 8;

  private final SeedMaterial material;

  ArticleWriter(SeedMaterial material) {
    this.material = material;
  }

  ArticleText write(Story story, PhraseBank bank, SplittableRandom random) {
    Template template = new Template(story, bank);
    String title = template.fill(pick(bank.titles(story.topic()), random), random);
    List<String> topical = shuffled(bank.sentences(story.topic()), random);
    List<String> generic = shuffled(bank.section("generic"), random);
    // Each template once at most: a small bank makes shorter articles rather than repeated sentences.
    int count = Math.min(topical.size() + generic.size(), FEWEST_SENTENCES + random.nextInt(14) + random.nextInt(14));
    List<String> sentences = new ArrayList<>();
    sentences.add(template.fill(topical.get(0), random));
    int nextTopical = 1;
    int nextGeneric = 0;
    for (int i = 1; i < count; i++) {
      boolean onTopic = nextGeneric >= generic.size() || nextTopical < topical.size() && random.nextInt(100) < 45;
      String next = onTopic ? topical.get(nextTopical++) : generic.get(nextGeneric++);
      sentences.add(template.fill(next, random));
    }
    addSeedSentences(bank, sentences, random);
    return new ArticleText(bank.language(), title, sentences, paragraphSizes(sentences.size(), random));
  }

  /** A context sentence the article did not have, for a near duplicate. */
  String otherSentence(Story story, PhraseBank bank, SplittableRandom random) {
    return new Template(story, bank).fill(pick(bank.section("generic"), random), random);
  }

  private void addSeedSentences(PhraseBank bank, List<String> sentences, SplittableRandom random) {
    if (!bank.language().equals("fr") || material.sentences().isEmpty() || random.nextInt(10) >= 3) {
      return;
    }
    int extra = 1 + random.nextInt(2);
    for (int i = 0; i < extra; i++) {
      sentences.add(1 + random.nextInt(sentences.size() - 1), pick(material.sentences(), random));
    }
  }

  private static List<Integer> paragraphSizes(int sentences, SplittableRandom random) {
    List<Integer> sizes = new ArrayList<>();
    int left = sentences;
    while (left > 0) {
      int size = Math.min(left, 1 + random.nextInt(4));
      sizes.add(size);
      left -= size;
    }
    return sizes;
  }

  static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }

  private static List<String> shuffled(List<String> list, SplittableRandom random) {
    List<String> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String swap = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, swap);
    }
    return copy;
  }
}
