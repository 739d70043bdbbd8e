package io.newsflow.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The words of one generated article, before any page is built around them: its title and its
 * sentences grouped in paragraphs.
 *
 * @param paragraphSizes how many sentences each paragraph holds, in order; they add up to the sentences
 */
record ArticleText(String language, String title, List<String> sentences, List<Integer> paragraphSizes) {

  ArticleText {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    sentences = List.copyOf(sentences);
    paragraphSizes = List.copyOf(paragraphSizes);
    if (sentences.isEmpty() || paragraphSizes.stream().mapToInt(Integer::intValue).sum() != sentences.size()) {
      throw new IllegalArgumentException("paragraph sizes must add up to the " + sentences.size() + " sentences");
    }
  }

  /** The same article with sentence {@code index} replaced: a near duplicate's text. */
  ArticleText withSentence(int index, String sentence) {
    List<String> changed = new ArrayList<>(sentences);
    changed.set(index, sentence);
    return new ArticleText(language, title, changed, paragraphSizes);
  }

  /** The paragraphs, each its sentences joined by a space. */
  List<String> paragraphs() {
    List<String> out = new ArrayList<>();
    int at = 0;
    for (int size : paragraphSizes) {
      out.add(String.join(" ", sentences.subList(at, at + size)));
      at += size;
    }
    return out;
  }

  String summary() {
    return sentences.get(0);
  }
}
