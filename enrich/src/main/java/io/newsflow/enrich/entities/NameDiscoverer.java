package io.newsflow.enrich.entities;

import io.newsflow.core.model.EntityType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Finds proper names the knowledge base does not know yet: runs of two or more capitalised
 * words (French particles "de", "du", "de la" allowed inside), minus sentence-initial common
 * words and title-case headings, with a type guessed from titles and suffixes around them.
 */
final class NameDiscoverer {

  private static final int LONGEST_PARTICLE = Vocabulary.PARTICLES.stream().mapToInt(String::length).max().orElse(0);
  private static final String ASCII_SPACES = " \t\n\u000B\f\r";
  /** Latin letters and the combining marks lie below this; their classes are looked up in tables. */
  private static final int TABLE_SIZE = 0x370;
  private static final boolean[] LETTER_OR_NUMBER = table(NameDiscoverer::letterOrNumber);
  private static final boolean[] WORD_PART = table(c -> letterOrNumber(c) || mark(c));

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
      if (end - i >= 2) {
        nameIn(words, i, end, text).ifPresent(found::add);
      }
      i = Math.max(end, i + 1);
    }
    return found;
  }

  /** A word of the text; its folded key is only worked out for the few words that need it. */
  private record Word(String source, int start, int end, boolean capitalised) {

    String key() {
      return FoldedText.key(source.substring(start, end));
    }
  }

  private List<Word> words(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    boolean headingLine = false;
    int lineEnd = -1;
    int at = nextWordStart(text, from, to);
    while (at < to) {
      int end = wordEnd(text, at, to);
      if (at > lineEnd) {
        lineEnd = text.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        headingLine = isHeading(text, at, Math.min(lineEnd, to));
      }
      int wordEnd = end - at > 1 && text.charAt(end - 1) == '.' ? end - 1 : end;
      words.add(new Word(text, at, wordEnd, !headingLine && isCapitalised(text, at, wordEnd)));
      at = nextWordStart(text, end, to);
    }
    return words;
  }

  private static int nextWordStart(String text, int from, int to) {
    int at = from;
    while (at < to && !isLetterOrNumber(codePointAt(text, at))) {
      at++;
    }
    return at;
  }

  /** The code point at {@code at}, without the surrogate checks for the common case. */
  private static int codePointAt(String text, int at) {
    char c = text.charAt(at);
    return Character.isSurrogate(c) ? text.codePointAt(at) : c;
  }

  /** The end of the word at {@code at}: letters, digits and marks, inner '-' or '.' joins, one final '.'. */
  private static int wordEnd(String text, int at, int to) {
    int end = partEnd(text, at, to);
    while (end + 1 < to && (text.charAt(end) == '-' || text.charAt(end) == '.')
        && isLetterOrNumber(codePointAt(text, end + 1))) {
      end = partEnd(text, end + 1, to);
    }
    return end < to && text.charAt(end) == '.' ? end + 1 : end;
  }

  private static int partEnd(String text, int at, int to) {
    int end = at + Character.charCount(codePointAt(text, at));
    while (end < to) {
      int c = codePointAt(text, end);
      if (!isWordPart(c)) {
        break;
      }
      end += Character.charCount(c);
    }
    return end;
  }

  /** Tokens of a heading are separated by ASCII spaces and punctuation. */
  private static boolean isTokenSeparator(char c) {
    if (c <= ' ') {
      return ASCII_SPACES.indexOf(c) >= 0;
    }
    return c < 127 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
  }

  private static boolean isLetterOrNumber(int c) {
    return c < TABLE_SIZE ? LETTER_OR_NUMBER[c] : letterOrNumber(c);
  }

  /** A letter, a number or a mark: what a word is made of. */
  private static boolean isWordPart(int c) {
    return c < TABLE_SIZE ? WORD_PART[c] : letterOrNumber(c) || mark(c);
  }

  private static boolean letterOrNumber(int c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static boolean mark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean[] table(IntPredicate test) {
    boolean[] table = new boolean[TABLE_SIZE];
    for (int c = 0; c < TABLE_SIZE; c++) {
      table[c] = test.test(c);
    }
    return table;
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
      } else if (!isParticle(next)) {
        break;
      }
      end++;
    }
    return lastName + 1;
  }

  /** Whether a word is a particle ("de", "von"); only short words are folded to find out. */
  private static boolean isParticle(Word word) {
    return word.end() - word.start() <= 2 * LONGEST_PARTICLE && Vocabulary.PARTICLES.contains(word.key());
  }

  private Optional<Discovery> nameIn(List<Word> words, int from, int to, String text) {
    int first = from;
    while (first < to && (vocabulary.isCommon(words.get(first).key()) || isParticle(words.get(first)))) {
      first++;
    }
    int last = to - 1;
    while (last >= first && (vocabulary.isCommon(words.get(last).key()) && !Vocabulary.ORG_LAST_WORDS.contains(words.get(last).key())
        || isParticle(words.get(last)))) {
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
    if (right.start() - left.end() != 1) {
      return false;
    }
    char between = text.charAt(left.end());
    return between == ' ' || between == '\'' || between == '\u2019';
  }

  private static boolean isKnown(Word word, BitSet known) {
    int next = known.nextSetBit(word.start());
    return next >= 0 && next < word.end();
  }

  private static boolean isCapitalised(String text, int start, int end) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A title-case heading ("Microsoft Shares Fall After Earnings") names nothing by its capitals. */
  private static boolean isHeading(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    for (int i = from; i + 1 < end; i++) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
        return false;
      }
    }
    int long4 = 0;
    int capitalised = 0;
    int tokenStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || isTokenSeparator(text.charAt(i))) {
        if (i - tokenStart >= 4) {
          long4++;
          capitalised += Character.isUpperCase(text.charAt(tokenStart)) ? 1 : 0;
        }
        tokenStart = i + 1;
      }
    }
    return long4 >= 4 && capitalised * 4 >= long4 * 3;
  }
}
