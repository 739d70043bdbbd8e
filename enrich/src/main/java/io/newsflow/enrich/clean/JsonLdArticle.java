package io.newsflow.enrich.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in its schema.org JSON-LD blocks (headline, dates, author,
 * sometimes the whole body), which publishers fill for search engines more reliably than they
 * mark up their HTML.
 *
 * @param headline the headline, or empty
 * @param datePublished the publication date as written, or empty
 * @param author the author names joined by ", ", or empty
 * @param articleBody the body text, or empty
 */
record JsonLdArticle(String headline, String datePublished, String author, String articleBody) {

  static final JsonLdArticle NONE = new JsonLdArticle("", "", "", "");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_NODES = 5000;

  /** Reads the first article-like object of a page's JSON-LD script blocks, or {@link #NONE}. */
  static JsonLdArticle of(List<Element> scripts) {
    for (Element script : scripts) {
      JsonNode article = findArticle(parse(script.data()));
      if (article != null) {
        return new JsonLdArticle(article.path("headline").asText(""), article.path("datePublished").asText(""),
            authors(article.path("author")), article.path("articleBody").asText(""));
      }
    }
    return NONE;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json.strip());
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** Breadth-first, bounded: the first object whose type names an article or a page posting. */
  private static JsonNode findArticle(JsonNode root) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    if (root != null) {
      queue.add(root);
    }
    for (int seen = 0; !queue.isEmpty() && seen < MAX_NODES; seen++) {
      JsonNode node = queue.poll();
      if (node.isObject() && isArticle(node.path("@type"))) {
        return node;
      }
      node.forEach(child -> {
        if (child.isContainerNode()) {
          queue.add(child);
        }
      });
    }
    return null;
  }

  private static boolean isArticle(JsonNode type) {
    String types = (type.isArray() ? type.toString() : type.asText("")).toLowerCase(Locale.ROOT);
    return types.contains("article") || types.contains("posting") || types.contains("report");
  }

  private static String authors(JsonNode author) {
    List<String> names = new ArrayList<>();
    if (author.isArray()) {
      author.forEach(one -> names.add(name(one)));
    } else {
      names.add(name(author));
    }
    names.removeIf(String::isBlank);
    return String.join(", ", names);
  }

  private static String name(JsonNode author) {
    return (author.isObject() ? author.path("name").asText("") : author.asText("")).strip();
  }
}
