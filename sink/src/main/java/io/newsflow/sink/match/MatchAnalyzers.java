package io.newsflow.sink.match;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis shared by articles and queries, so that both sides agree: words are lower-cased,
 * accent-folded and stripped of French elisions ({@code l'OpenAI} is {@code openai}); entity,
 * topic, language and source values are whole, folded keywords.
 */
final class MatchAnalyzers {

  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String ENTITY = "entity";
  static final String TOPIC = "topic";
  static final String LANG = "lang";
  static final String SOURCE = "source";

  private static final CharArraySet ELISIONS = new CharArraySet(
      List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu",
          "lorsqu", "puisqu"), true);

  private MatchAnalyzers() {}

  static Analyzer create() {
    Analyzer keyword = new FoldingAnalyzer(false);
    return new PerFieldAnalyzerWrapper(new FoldingAnalyzer(true), Map.of(
        ENTITY, keyword, TOPIC, keyword, LANG, keyword, SOURCE, keyword));
  }

  /** Words (or one whole keyword), lower-cased and accent-folded. */
  private static final class FoldingAnalyzer extends Analyzer {

    private final boolean words;

    FoldingAnalyzer(boolean words) {
      this.words = words;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = words ? new StandardTokenizer() : new KeywordTokenizer();
      TokenStream stream = new LowerCaseFilter(source);
      if (words) {
        stream = new ElisionFilter(stream, ELISIONS);
      }
      return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
