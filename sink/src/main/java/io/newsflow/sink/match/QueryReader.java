package io.newsflow.sink.match;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Reads a subscription's query: Lucene classic syntax over {@code text} (the default field),
 * {@code title}, {@code entity}, {@code topic}, {@code lang} and {@code source}, with AND as the
 * default operator. Two departures from the classic parser, both for subscribers: a slash inside
 * a word is a plain character, so {@code entity:org/microsoft} names an entity id (a slash that
 * starts a term still opens a regular expression, {@code /micro.*}/), and a query made only of
 * NOT clauses is rejected, since it would match nothing. Errors say at which column (1-based, in
 * the query as written) the parser gave up.
 */
final class QueryReader {

  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");
  private static final String TERM_START = " \t\r\n:()[]{}^\"~+-!&|";

  private final Analyzer analyzer;

  QueryReader(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Query read(String query) {
    Escaped escaped = escapeSlashes(query);
    Query parsed;
    try {
      parsed = parser().parse(escaped.text);
    } catch (ParseException | RuntimeException e) {
      throw invalid(query, escaped, e);
    }
    if (onlyNegative(parsed)) {
      throw new InvalidQueryException("invalid query '" + query
          + "': only NOT clauses, so it would match nothing; add what to look for", 1, null);
    }
    return parsed;
  }

  private QueryParser parser() {
    QueryParser parser = new QueryParser(MatchAnalyzers.TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    return parser;
  }

  private static boolean onlyNegative(Query query) {
    return query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
        && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
  }

  private static InvalidQueryException invalid(String query, Escaped escaped, Exception e) {
    String message = e.getCause() != null && e.getCause().getMessage() != null
        ? e.getCause().getMessage() : String.valueOf(e.getMessage());
    String reason = firstLine(message);
    Matcher at = POSITION.matcher(reason);
    int column = -1;
    if (at.find()) {
      column = escaped.originalColumn(Integer.parseInt(at.group(2)));
      reason = reason.substring(0, at.start()).replaceAll("\\s*(at)?\\s*$", "")
          + reason.substring(at.end()).replaceFirst("^\\.", "");
    }
    String where = column > 0 ? " at column " + column : "";
    return new InvalidQueryException(
        "invalid query '" + query + "'" + where + ": " + reason.trim(), column, e);
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message.trim() : message.substring(0, end).trim();
  }

  /** Escapes each slash that follows a term character outside quotes and regular expressions. */
  static Escaped escapeSlashes(String query) {
    StringBuilder out = new StringBuilder(query.length() + 8);
    int[] origin = new int[query.length() * 2 + 1];
    boolean quoted = false;
    boolean regex = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      char previous = i == 0 ? ' ' : query.charAt(i - 1);
      boolean escapedChar = previous == '\\';
      if (c == '"' && !regex && !escapedChar) {
        quoted = !quoted;
      } else if (c == '/' && !quoted && !escapedChar) {
        if (regex) {
          regex = false;
        } else if (TERM_START.indexOf(previous) >= 0) {
          regex = true;
        } else {
          origin[out.length()] = i;
          out.append('\\');
        }
      }
      origin[out.length()] = i;
      out.append(c);
    }
    origin[out.length()] = query.length();
    return new Escaped(out.toString(), origin);
  }

  /** The query as given to the parser, and where each of its characters was in the original. */
  static final class Escaped {
    final String text;
    private final int[] origin;

    Escaped(String text, int[] origin) {
      this.text = text;
      this.origin = origin;
    }

    /**
     * The 1-based column in the original query of what the parser reports as a column: the
     * classic parser's character stream counts from 0, and puts the end of input after the last
     * character.
     */
    int originalColumn(int parserColumn) {
      int index = Math.min(Math.max(parserColumn, 0), text.length());
      return origin[index] + 1;
    }
  }
}
