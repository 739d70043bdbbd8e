package io.newsflow.sink.match;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.fr.FrenchMinimalStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Follows each word of a query with its French and English minimal stems at the same position,
 * so that the query matches an article whichever of the two languages stemmed it.
 */
final class StackedStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final FrenchMinimalStemmer french = new FrenchMinimalStemmer();
  private final EnglishMinimalStemmer english = new EnglishMinimalStemmer();
  private final Deque<String> stems = new ArrayDeque<>();
  private State word;

  StackedStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!stems.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(stems.pop());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    word = captureState();
    stems.add(stemmed(french::stem));
    stems.add(stemmed(english::stem));
    return true;
  }

  /** The current word through {@code stemmer}, which may change the characters it is given. */
  private String stemmed(Stemmer stemmer) {
    char[] chars = term.toString().toCharArray();
    return new String(chars, 0, stemmer.stem(chars, chars.length));
  }

  /** The shape of Lucene's stemmers. */
  private interface Stemmer {
    int stem(char[] chars, int length);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    stems.clear();
    word = null;
  }
}
