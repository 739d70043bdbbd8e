package io.newsflow.sink.match;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.EntityTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;

/**
 * An article as the fields that subscriptions query: {@code text} (title and body),
 * {@code title}, {@code entity} (each entity's id, name and aliases), {@code topic} (id and
 * label), {@code lang} and {@code source}. Each value is analysed once, in the article's
 * language, and the same tokens serve the match and the reasons given for it.
 */
final class ArticleDocument {

  private final Map<String, List<Tokens>> fields;

  private ArticleDocument(Map<String, List<Tokens>> fields) {
    this.fields = fields;
  }

  /** Analyses {@code article} with {@code analyzer}, the analysis of its language. */
  static ArticleDocument of(Article article, Analyzer analyzer) {
    Map<String, List<Tokens>> fields = new LinkedHashMap<>();
    values(article).forEach((name, values) -> fields.put(name,
        values.stream().map(value -> Tokens.of(analyzer, name, value)).toList()));
    return new ArticleDocument(fields);
  }

  /** A Lucene document that replays the analysed tokens. */
  Document document() {
    Document document = new Document();
    fields.forEach((name, values) ->
        values.forEach(tokens -> document.add(new TextField(name, tokens.stream()))));
    return document;
  }

  /** The distinct terms of each field, to tell which query terms the article contains. */
  Map<String, Set<String>> terms() {
    Map<String, Set<String>> terms = new HashMap<>();
    fields.forEach((name, values) -> {
      Set<String> set = terms.computeIfAbsent(name, n -> new HashSet<>());
      values.forEach(tokens -> set.addAll(tokens.terms));
    });
    return terms;
  }

  private static Map<String, List<String>> values(Article article) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put(MatchAnalyzers.TEXT, List.of(article.title(), article.text()));
    values.put(MatchAnalyzers.TITLE, List.of(article.title()));
    values.put(MatchAnalyzers.ENTITY, article.entities().stream()
        .flatMap(ArticleDocument::names).distinct().toList());
    values.put(MatchAnalyzers.TOPIC, article.topics().stream()
        .flatMap(t -> Stream.of(t.id(), t.label())).distinct().toList());
    values.put(MatchAnalyzers.LANG, List.of(article.language()));
    values.put(MatchAnalyzers.SOURCE, article.source() == null ? List.of() : List.of(article.source()));
    return values;
  }

  private static Stream<String> names(EntityTag entity) {
    return Stream.concat(Stream.of(entity.id(), entity.name()), entity.aliases().stream());
  }

  /** The analysed tokens of one value: terms and position increments. */
  private static final class Tokens {
    private final List<String> terms;
    private final int[] increments;

    private Tokens(List<String> terms, int[] increments) {
      this.terms = terms;
      this.increments = increments;
    }

    static Tokens of(Analyzer analyzer, String field, String value) {
      List<String> terms = new ArrayList<>();
      List<Integer> increments = new ArrayList<>();
      try (TokenStream stream = analyzer.tokenStream(field, value)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          terms.add(term.toString());
          increments.add(increment.getPositionIncrement());
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot analyse field " + field, e);
      }
      return new Tokens(terms, increments.stream().mapToInt(Integer::intValue).toArray());
    }

    TokenStream stream() {
      return new Replay();
    }

    /** Plays the tokens back, for indexing. */
    private final class Replay extends TokenStream {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
      private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
      private int next;

      @Override
      public boolean incrementToken() {
        if (next >= terms.size()) {
          return false;
        }
        clearAttributes();
        term.setEmpty().append(terms.get(next));
        increment.setPositionIncrement(increments[next]);
        next++;
        return true;
      }

      @Override
      public void reset() {
        next = 0;
      }
    }
  }
}
