package io.newsflow.sink.match;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.Subscription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Matches articles against every standing subscription at once with a Lucene Monitor (queries
 * are indexed, each article is a one-document index), and says why each one matched.
 */
public final class SubscriptionMatcher implements AutoCloseable {

  private final Analyzer analyzer = MatchAnalyzers.create();
  private final Monitor monitor;
  private final Map<String, Query> queries = new ConcurrentHashMap<>();

  public SubscriptionMatcher() {
    try {
      monitor = new Monitor(analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the subscription monitor", e);
    }
  }

  /** Throws {@link InvalidQueryException} naming what is wrong when {@code query} does not parse. */
  public static void validate(String query) {
    parse(MatchAnalyzers.create(), query);
  }

  /** Registers a subscription, or replaces the one with the same id. */
  public void put(Subscription subscription) {
    Query query = parse(analyzer, subscription.query());
    try {
      monitor.register(new MonitorQuery(subscription.id(), query, subscription.query(), Map.of()));
      queries.put(subscription.id(), query);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot register subscription " + subscription.id(), e);
    }
  }

  public void remove(String subscriptionId) {
    try {
      monitor.deleteById(subscriptionId);
      queries.remove(subscriptionId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove subscription " + subscriptionId, e);
    }
  }

  public int size() {
    return queries.size();
  }

  /** The subscriptions {@code article} matches, in id order, each with its reasons. */
  public List<Match> match(Article article) {
    MatchingQueries<QueryMatch> result;
    try {
      result = monitor.match(ArticleDocument.of(article), QueryMatch.SIMPLE_MATCHER);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot match article " + article.id(), e);
    }
    Map<String, Set<String>> tokens = ArticleDocument.tokens(analyzer, article);
    return result.getMatches().stream()
        .map(QueryMatch::getQueryId)
        .sorted()
        .map(id -> new Match(id, reasons(queries.get(id), tokens)))
        .toList();
  }

  /** The query's positive terms that the article contains, as {@code field:term}. */
  private static List<String> reasons(Query query, Map<String, Set<String>> tokens) {
    if (query == null) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        for (Term term : terms) {
          if (tokens.getOrDefault(term.field(), Set.of()).contains(term.text())) {
            found.add(term.field() + ":" + term.text());
          }
        }
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
      }
    });
    List<String> reasons = new ArrayList<>(found);
    reasons.sort(Comparator.naturalOrder());
    return reasons;
  }

  private static Query parse(Analyzer analyzer, String query) {
    QueryParser parser = new QueryParser(MatchAnalyzers.TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(query);
    } catch (ParseException | RuntimeException e) {
      throw new InvalidQueryException("invalid query '" + query + "': " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "cannot parse";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end).trim();
  }

  @Override
  public void close() {
    try {
      monitor.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the subscription monitor", e);
    }
  }
}
