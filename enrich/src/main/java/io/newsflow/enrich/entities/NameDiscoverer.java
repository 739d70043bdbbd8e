package io.newsflow.enrich.entities;

import io.newsflow.core.model.EntityType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds proper names the knowledge base does not know yet: runs of two or more capitalised
 * words (French particles "de", "du", "de la" allowed inside), minus sentence-initial common
 * words and title-case headings, with a type guessed from titles and suffixes around them.
 */
final class NameDiscoverer {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*(?:[-.][\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*)*\\.?");
  private static final String SENTENCE_ENDS = ".!?:;«»\"“”()[]|•–—\n";

  private final Vocabulary vocabulary;

  NameDiscoverer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** A discovered name at {@code start} of the source. */
  record Discovery(String name, EntityType type, int start) {}

  /** Unknown names in {@code text[from, to)}, skipping characters set in {@code known}. */
  List<Discovery> discover(String text, int from, int to, BitSet known) {
    List<Word> words = words(text, from, to);
    List<Discovery> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int end = runEnd(words, i, text, known);
      if (end > i) {
        nameIn(words, i, end, text).ifPresent(found::add);
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }

  private record Word(int start, int end, String text, String key, boolean capitalised, boolean sentenceStart) {}

  private List<Word> words(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    boolean headingLine = false;
    int lineEnd = -1;
    while (m.find()) {
      if (m.start() > lineEnd) {
        lineEnd = text.indexOf('\n', m.start());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        headingLine = isHeading(text.substring(m.start(), Math.min(lineEnd, to)));
      }
      String word = trimDot(m.group());
      boolean capitalised = !headingLine && isCapitalised(word);
      words.add(new Word(m.start(), m.start() + word.length(), word, FoldedText.key(word), capitalised,
          isSentenceStart(text, m.start())));
    }
    return words;
  }

  /** The end (exclusive) of the run of name words starting at {@code i}, or {@code i}. */
  private int runEnd(List<Word> words, int i, String text, BitSet known) {
    if (!words.get(i).capitalised() || isKnown(words.get(i), known)) {
      return i;
    }
    int end = i + 1;
    int lastName = i;
    while (end < words.size() && joined(words.get(end - 1), words.get(end), text)) {
      Word next = words.get(end);
      if (isKnown(next, known)) {
        break;
      }
      if (next.capitalised()) {
        lastName = end;
      } else if (!Vocabulary.PARTICLES.contains(next.key())) {
        break;
      }
      end++;
    }
    return lastName + 1;
  }

  private Optional<Discovery> nameIn(List<Word> words, int from, int to, String text) {
    int first = from;
    while (first < to && (vocabulary.isCommon(words.get(first).key()) || Vocabulary.PARTICLES.contains(words.get(first).key()))) {
      first++;
    }
    int last = to - 1;
    while (last >= first && (vocabulary.isCommon(words.get(last).key()) && !Vocabulary.ORG_LAST_WORDS.contains(words.get(last).key())
        || Vocabulary.PARTICLES.contains(words.get(last).key()))) {
      last--;
    }
    int names = 0;
    for (int k = first; k <= last; k++) {
      names += words.get(k).capitalised() ? 1 : 0;
    }
    if (names < 2) {
      return Optional.empty();
    }
    String name = text.substring(words.get(first).start(), words.get(last).end());
    return Optional.of(new Discovery(name, guessType(words, first, last, text), words.get(first).start()));
  }

  private EntityType guessType(List<Word> words, int first, int last, String text) {
    String before1 = first > 0 ? words.get(first - 1).key() : "";
    String before2 = first > 1 ? words.get(first - 2).key() : "";
    if (Vocabulary.ORG_FIRST_WORDS.contains(words.get(first).key()) || Vocabulary.ORG_LAST_WORDS.contains(words.get(last).key())) {
      return EntityType.ORG;
    }
    if ((before1.equals("de") || before1.equals("d") || before1.equals("of") || before1.equals("du"))
        && Vocabulary.ROLE_OF.contains(before2)) {
      return EntityType.ORG;
    }
    if (Vocabulary.PERSON_TITLES.contains(before1) || Vocabulary.PERSON_TITLES.contains(words.get(first).key())
        || followedByRole(words, last, text) || vocabulary.isFirstName(words.get(first).key())) {
      return EntityType.PERSON;
    }
    return EntityType.OTHER;
  }

  private static boolean followedByRole(List<Word> words, int last, String text) {
    if (last + 1 >= words.size()) {
      return false;
    }
    Word next = words.get(last + 1);
    String between = text.substring(words.get(last).end(), next.start()).strip();
    return between.equals(",") && Vocabulary.PERSON_TITLES.contains(next.key());
  }

  private static boolean joined(Word left, Word right, String text) {
    String between = text.substring(left.end(), right.start());
    return between.equals(" ") || between.equals("'") || between.equals("\u2019");
  }

  private static boolean isKnown(Word word, BitSet known) {
    int next = known.nextSetBit(word.start());
    return next >= 0 && next < word.end();
  }

  private static boolean isCapitalised(String word) {
    if (!Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return SENTENCE_ENDS.indexOf(c) >= 0 || c == '-' && i > 0 && text.charAt(i - 1) == '\n';
      }
    }
    return true;
  }

  /** A title-case heading ("Microsoft Shares Fall After Earnings") names nothing by its capitals. */
  private static boolean isHeading(String line) {
    int long4 = 0;
    int capitalised = 0;
    for (String token : line.split("[\\s\\p{Punct}]+")) {
      if (token.length() >= 4) {
        long4++;
        capitalised += Character.isUpperCase(token.charAt(0)) ? 1 : 0;
      }
    }
    return long4 >= 4 && capitalised * 4 >= long4 * 3 && !line.strip().contains(". ");
  }

  private static String trimDot(String word) {
    return word.endsWith(".") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
  }
}
