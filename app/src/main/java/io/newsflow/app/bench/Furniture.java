package io.newsflow.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What surrounds an article on its page or in its text file: headlines of other stories (for
 * related lists), navigation labels, share, newsletter, consent and footer texts, a caption.
 */
final class Furniture {

  private final PhraseBank bank;
  private final EntityPool pool;
  private final Story story;

  Furniture(PhraseBank bank, EntityPool pool, Story story) {
    this.bank = bank;
    this.pool = pool;
    this.story = story;
  }

  PhraseBank bank() {
    return bank;
  }

  /** {@code count} headlines of other (made-up) stories. */
  List<String> headlines(int count, SplittableRandom random) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Story other = Story.draw(-1, pool, random);
      out.add(new Template(other, bank).fill(ArticleWriter.pick(bank.titles(other.topic()), random), random));
    }
    return out;
  }

  String caption(SplittableRandom random) {
    return fill("caption", random);
  }

  /** The agency or paper the story comes from: the same for every copy of it. */
  String source() {
    return fill("source", new SplittableRandom(story.id()));
  }

  /** The line of a section, filled: the footer's copyright, the newsletter's legal text. */
  String line(String section, int index, SplittableRandom random) {
    List<String> lines = bank.section(section);
    return index < lines.size() ? new Template(story, bank).fill(lines.get(index), random) : "";
  }

  /** The {@code |}-separated labels of one line of a section, such as the footer's links. */
  List<String> labels(String section, int line) {
    List<String> lines = bank.section(section);
    return line < lines.size() ? List.of(lines.get(line).split("\\|")) : List.of();
  }

  String relatedHeading(SplittableRandom random) {
    return ArticleWriter.pick(bank.section("related"), random);
  }

  private String fill(String section, SplittableRandom random) {
    List<String> lines = bank.section(section);
    return lines.isEmpty() ? "" : new Template(story, bank).fill(ArticleWriter.pick(lines, random), random);
  }
}
