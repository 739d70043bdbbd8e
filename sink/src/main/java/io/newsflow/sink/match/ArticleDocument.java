package io.newsflow.sink.match;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.EntityTag;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * An article as the fields that subscriptions query: {@code text} (title and body),
 * {@code title}, {@code entity} (each entity's id, name and aliases), {@code topic} (id and
 * label), {@code lang} and {@code source}.
 */
final class ArticleDocument {

  private ArticleDocument() {}

  static Document of(Article article) {
    Document document = new Document();
    fields(article).forEach((name, values) ->
        values.forEach(value -> document.add(new TextField(name, value, Field.Store.NO))));
    return document;
  }

  /** The analysed tokens of each field, to tell which query terms an article contains. */
  static Map<String, Set<String>> tokens(Analyzer analyzer, Article article) {
    Map<String, Set<String>> tokens = new HashMap<>();
    fields(article).forEach((name, values) -> {
      Set<String> set = tokens.computeIfAbsent(name, n -> new HashSet<>());
      values.forEach(value -> addTokens(analyzer, name, value, set));
    });
    return tokens;
  }

  private static Map<String, List<String>> fields(Article article) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put(MatchAnalyzers.TEXT, List.of(article.title(), article.text()));
    fields.put(MatchAnalyzers.TITLE, List.of(article.title()));
    fields.put(MatchAnalyzers.ENTITY, article.entities().stream().flatMap(ArticleDocument::names).distinct().toList());
    fields.put(MatchAnalyzers.TOPIC, article.topics().stream().flatMap(t -> Stream.of(t.id(), t.label())).toList());
    fields.put(MatchAnalyzers.LANG, List.of(article.language()));
    fields.put(MatchAnalyzers.SOURCE, article.source() == null ? List.of() : List.of(article.source()));
    return fields;
  }

  private static Stream<String> names(EntityTag entity) {
    return Stream.concat(Stream.of(entity.id(), entity.name()), entity.aliases().stream());
  }

  private static void addTokens(Analyzer analyzer, String field, String value, Set<String> into) {
    try (TokenStream stream = analyzer.tokenStream(field, value)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        into.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
