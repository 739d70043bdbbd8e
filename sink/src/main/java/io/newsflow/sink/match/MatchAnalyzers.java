package io.newsflow.sink.match;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis shared by articles and queries, so that both sides agree. Words are lower-cased,
 * stripped of French elisions ({@code l'OpenAI} is {@code openai}), accent-folded and then
 * minimally stemmed (plural and feminine endings only, to keep precision) in the article's
 * language, French or English. A query does not know the language of the articles it will
 * meet, so each of its words stands for its unstemmed form and its French and English stems at
 * the same position (a synonym). Entity, topic, language and source values are whole, folded
 * keywords.
 */
final class MatchAnalyzers {

  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String ENTITY = "entity";
  static final String TOPIC = "topic";
  static final String LANG = "lang";
  static final String SOURCE = "source";

  /** Keeps the values of one field (title and body of {@code text}) from forming phrases. */
  static final int VALUE_GAP = 100;

  private static final CharArraySet ELISIONS = new CharArraySet(
      List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu",
          "lorsqu", "puisqu"), true);

  private MatchAnalyzers() {}

  /** The analysis of query text: every stem a word may have in an article, stacked. */
  static Analyzer forQueries() {
    return perField(new WordAnalyzer(Stemming.ALL));
  }

  /** The analysis of an article written in {@code language} (ISO 639-1). */
  static Analyzer forArticles(String language) {
    return perField(new WordAnalyzer(Stemming.of(language)));
  }

  private static Analyzer perField(Analyzer words) {
    Analyzer keyword = new KeywordAnalyzer();
    return new PerFieldAnalyzerWrapper(words, Map.of(
        ENTITY, keyword, TOPIC, keyword, LANG, keyword, SOURCE, keyword));
  }

  /** Which stemmer runs over the words of a text. */
  enum Stemming {
    NONE, FRENCH, ENGLISH, ALL;

    static Stemming of(String language) {
      switch (language == null ? "" : language.toLowerCase(Locale.ROOT)) {
        case "fr": return FRENCH;
        case "en": return ENGLISH;
        default: return NONE;
      }
    }

    TokenStream apply(TokenStream in) {
      switch (this) {
        case FRENCH: return new FrenchMinimalStemFilter(in);
        case ENGLISH: return new EnglishMinimalStemFilter(in);
        case ALL: return new RemoveDuplicatesTokenFilter(new StackedStemFilter(in));
        default: return in;
      }
    }
  }

  /** Words, lower-cased, without elisions, accent-folded, then stemmed. */
  private static final class WordAnalyzer extends Analyzer {

    private final Stemming stemming;

    WordAnalyzer(Stemming stemming) {
      this.stemming = stemming;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new ElisionFilter(new LowerCaseFilter(source), ELISIONS);
      // Folding before stemming makes a word typed without its accents stem the same way.
      return new TokenStreamComponents(source, stemming.apply(new ASCIIFoldingFilter(stream)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return VALUE_GAP;
    }
  }

  /** One whole value, lower-cased and accent-folded. */
  private static final class KeywordAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return VALUE_GAP;
    }
  }
}
