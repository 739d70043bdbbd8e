package io.newsflow.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides the obvious cases before Lingua: a news text's first sentences are full of function
 * words (articles, prepositions, auxiliaries), and some of them belong to one language only. When
 * a text uses several of one language's and hardly any of another's, that is its language; else
 * this abstains and Lingua decides. Function words are not names: an English article that names
 * French institutions in its first lines stays English, where Lingua's n-grams could read it as
 * French. It also costs microseconds, where Lingua's model lookups miss the processor's caches
 * between two articles.
 */
final class FunctionWords {

  /** Frequent words that, among the default languages, only one uses often (words shared by two,
   * such as "la", "de", "die", "del" or "als", are left out). */
  private static final Map<Language, String> WORDS = Map.of(
      Language.ENGLISH, "the and of to that for with was on it by are from has have this be at which were will"
          + " its said he his they their been would not but who after",
      Language.FRENCH, "les et du une est dans pour qui sur pas au aux avec ce elle sont ont été cette leur ses"
          + " nous vous sa ils selon aussi était comme",
      Language.GERMAN, "der das und den ist nicht mit von sich auf für ein eine dem im zu auch wird wurde bei nach"
          + " sie",
      Language.SPANISH, "el los las y su sus más pero fue también muy ya hasta cuando según están",
      Language.ITALIAN, "di che della per sono non è gli dei nel alla anche delle degli questo nella essere stato",
      Language.PORTUGUESE, "os em um não na é foi ao uma pelo pela também são seu sua ainda mas",
      Language.DUTCH, "het een van dat op voor zijn niet aan om ook bij door maar wordt naar werd nog");

  /** Characters read: a few sentences, enough for several function words. */
  private static final int SAMPLE_CHARS = 400;
  /** Function words of the winning language needed, and how many of them distinct. */
  private static final int MIN_WORDS = 4;
  private static final int MIN_DISTINCT = 3;
  /** How many times as many function words the winner needs as any other language. */
  private static final int MARGIN = 3;

  private final Map<String, Language> languageOf = new HashMap<>();

  /** The function words of {@code languages}; the others' words are ignored. */
  FunctionWords(List<Language> languages) {
    WORDS.forEach((language, words) -> {
      for (String word : words.split(" ")) {
        Language other = languageOf.put(word, language);
        if (other != null) {
          throw new IllegalStateException("'" + word + "' is a function word of " + other + " and " + language);
        }
      }
    });
    languageOf.values().retainAll(languages);
  }

  /** The language whose function words clearly dominate the start of {@code text}, else null.
   * Words are read as written, lower-cased but not folded: accents tell "más" from "mas". */
  Language decide(String text) {
    String sample = text.substring(0, Math.min(text.length(), SAMPLE_CHARS)).toLowerCase(Locale.ROOT);
    Map<Language, Integer> counts = new EnumMap<>(Language.class);
    Set<String> seen = new HashSet<>();
    for (int start = 0, end; start < sample.length(); start = end + 1) {
      end = wordEnd(sample, start);
      String word = sample.substring(start, end);
      Language language = languageOf.get(word);
      if (language != null) {
        counts.merge(language, 1, Integer::sum);
        seen.add(word);
      }
    }
    return winner(counts, seen);
  }

  private Language winner(Map<Language, Integer> counts, Set<String> seen) {
    Language best = null;
    int most = 0;
    int runnerUp = 0;
    for (Map.Entry<Language, Integer> count : counts.entrySet()) {
      if (count.getValue() > most) {
        runnerUp = most;
        most = count.getValue();
        best = count.getKey();
      } else {
        runnerUp = Math.max(runnerUp, count.getValue());
      }
    }
    if (best == null || most < MIN_WORDS || most < MARGIN * runnerUp || distinct(best, seen) < MIN_DISTINCT) {
      return null;
    }
    return best;
  }

  private long distinct(Language language, Set<String> seen) {
    return seen.stream().filter(word -> languageOf.get(word) == language).count();
  }

  private static int wordEnd(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end;
  }
}
