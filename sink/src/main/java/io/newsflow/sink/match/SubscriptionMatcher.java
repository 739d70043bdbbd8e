package io.newsflow.sink.match;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.Subscription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Matches articles against every standing subscription at once with a Lucene Monitor (queries
 * are indexed, each article is a one-document index), and says why each one matched.
 *
 * <p>The Monitor's presearcher indexes, for each query, the terms that any matching article
 * must contain, and each article only runs the queries whose terms it has: the cost of an
 * article grows with the subscriptions that could match it, not with all of them. Terms of
 * {@code lang} and {@code topic} are weighted down so that {@code lang:fr AND windsurf} is
 * indexed under {@code windsurf}, not under every French article.
 */
public final class SubscriptionMatcher implements AutoCloseable {

  private static final List<String> LANGUAGES = List.of("fr", "en");

  private final Analyzer queryAnalyzer = MatchAnalyzers.forQueries();
  private final QueryReader reader = new QueryReader(queryAnalyzer);
  private final Map<String, Analyzer> articleAnalyzers = new ConcurrentHashMap<>();
  private final Monitor monitor;
  private final Map<String, Query> queries = new ConcurrentHashMap<>();
  /** Parsed subscriptions not yet in the Monitor, by id; guarded by {@code this}. */
  private final Map<String, MonitorQuery> pending = new LinkedHashMap<>();

  public SubscriptionMatcher() {
    try {
      monitor = new Monitor(queryAnalyzer, presearcher());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the subscription monitor", e);
    }
  }

  private static Presearcher presearcher() {
    TermWeightor weightor = TermWeightor.combine(
        TermWeightor.fieldWeightor(0.1, MatchAnalyzers.LANG, MatchAnalyzers.TOPIC),
        TermFilteredPresearcher.DEFAULT_WEIGHTOR);
    return new TermFilteredPresearcher(weightor, List.of(), Set.of());
  }

  /** Throws {@link InvalidQueryException} saying where and why when {@code query} does not parse. */
  public static void validate(String query) {
    new QueryReader(MatchAnalyzers.forQueries()).read(query);
  }

  /** Registers a subscription, or replaces the one with the same id. */
  public void put(Subscription subscription) {
    putAll(List.of(subscription));
  }

  /**
   * Registers subscriptions, or replaces those with the same ids; throws
   * {@link InvalidQueryException} for the first invalid one, registering none. They reach the
   * Monitor together just before the next match: each update of its index costs a Lucene
   * commit, so a topic of subscriptions read one record at a time costs one update, not one each.
   */
  public void putAll(Collection<Subscription> subscriptions) {
    List<MonitorQuery> parsed = new ArrayList<>(subscriptions.size());
    for (Subscription subscription : subscriptions) {
      Query query = reader.read(subscription.query());
      parsed.add(new MonitorQuery(subscription.id(), query, subscription.query(), Map.of()));
    }
    synchronized (this) {
      parsed.forEach(q -> pending.put(q.getId(), q));
    }
    parsed.forEach(q -> queries.put(q.getId(), q.getQuery()));
  }

  public synchronized void remove(String subscriptionId) {
    pending.remove(subscriptionId);
    try {
      monitor.deleteById(subscriptionId);
      queries.remove(subscriptionId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove subscription " + subscriptionId, e);
    }
  }

  /** Puts the pending subscriptions into the Monitor, in one update of its index. */
  private synchronized void registerPending() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      monitor.register(pending.values());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot register " + pending.size() + " subscriptions", e);
    }
    pending.clear();
  }

  public int size() {
    return queries.size();
  }

  /** The subscriptions {@code article} matches, in id order, each with its reasons. */
  public List<Match> match(Article article) {
    registerPending();
    ArticleDocument document = ArticleDocument.of(article, analyzerFor(article.language()));
    MatchingQueries<QueryMatch> result;
    try {
      result = monitor.match(document.document(), QueryMatch.SIMPLE_MATCHER);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot match article " + article.id(), e);
    }
    if (result.getMatchCount() == 0) {
      return List.of();
    }
    Map<String, Set<String>> terms = document.terms();
    return result.getMatches().stream()
        .map(QueryMatch::getQueryId)
        .sorted()
        .map(id -> new Match(id, reasons(queries.get(id), terms)))
        .toList();
  }

  private Analyzer analyzerFor(String language) {
    String key = LANGUAGES.contains(language) ? language : "";
    return articleAnalyzers.computeIfAbsent(key, MatchAnalyzers::forArticles);
  }

  /** The query's positive terms that the article contains, as {@code field:term}, sorted. */
  private static List<String> reasons(Query query, Map<String, Set<String>> terms) {
    if (query == null) {
      return List.of();
    }
    Set<String> found = new TreeSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query leaf, Term... leafTerms) {
        for (Term term : leafTerms) {
          if (terms.getOrDefault(term.field(), Set.of()).contains(term.text())) {
            found.add(term.field() + ":" + term.text());
          }
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
      }
    });
    return List.copyOf(found);
  }

  @Override
  public void close() {
    try {
      monitor.close();
      queryAnalyzer.close();
      articleAnalyzers.values().forEach(Analyzer::close);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the subscription monitor", e);
    }
  }
}
