package io.newsflow.app.fault;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Texts of made-up words, the same for the same seed: their vocabulary is large enough that two
 * seeds never give near duplicates by chance, which a few dozen real words would.
 */
final class MadeUpText {

  private static final List<String> SYLLABLES = List.of("ba", "ko", "ri", "te", "lu", "ma", "no", "pi", "sa",
      "vo", "de", "gu", "fa", "ze", "chi", "lo", "mu", "ra", "ne", "to", "sou", "pen", "dar", "mil");

  private MadeUpText() {}

  /** Text {@code i}: a title line and three sentences of its own. */
  static String text(int i) {
    return "Dépêche " + i + " " + words(i, 6) + "\n" + words(i + 10_000, 50) + ". " + words(i + 20_000, 50)
        + ". " + words(i + 30_000, 50) + ".";
  }

  /** Text {@code i} as another site runs it: one word of the body changed and a line of its own added. */
  static String nearCopy(int i) {
    String text = text(i);
    int space = text.indexOf(' ', text.length() / 2);
    int next = text.indexOf(' ', space + 1);
    return text.substring(0, space) + " remplacé" + text.substring(next) + "\nAbonnez-vous à notre lettre.";
  }

  /** {@code count} words of two or three syllables drawn with {@code seed}. */
  static String words(int seed, int count) {
    Random random = new Random(seed);
    return IntStream.range(0, count)
        .mapToObj(n -> IntStream.range(0, 2 + random.nextInt(2))
            .mapToObj(s -> SYLLABLES.get(random.nextInt(SYLLABLES.size())))
            .collect(Collectors.joining()))
        .collect(Collectors.joining(" "));
  }
}
