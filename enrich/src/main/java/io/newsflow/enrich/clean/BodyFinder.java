package io.newsflow.enrich.clean;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Chooses the element that holds the article on a pruned page: paragraphs vote for their
 * ancestors by length and commas (the readability idea), link-heavy blocks lose their votes,
 * and the page's own hints (itemprop=articleBody, body-like names, article, else main) win when
 * they wrap the voted block or hold as much text.
 */
final class BodyFinder {

  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "td", "dd", "li");
  private static final Set<String> CONTAINERS =
      Set.of("div", "section", "article", "main", "span", "font", "center");
  /** Class or id names of elements that name themselves the article body ("entry-content"). */
  private static final Phrases BODY_NAMES =
      Phrases.anywhere("(article|entry|post|story|news)[\\-_]?(body|content|text)");
  private static final int MIN_PARAGRAPH = 25;
  private static final double HINT_SHARE = 0.6;
  private static final int LEAD_MIN = 60;
  private static final int LEAD_MAX = 700;
  private static final double LEAD_LINK_DENSITY = 0.3;

  private final Element body;
  /** The elements under the body, in page order, listed once for the several passes below. */
  private final List<Element> elements;
  private final NodeStats stats;
  private final NameCues cues;

  /** A finder for the pruned {@code body}, which {@code stats} measure. */
  BodyFinder(Element body, NodeStats stats, NameCues cues) {
    this.body = body;
    this.elements = body.getAllElements();
    this.stats = stats;
    this.cues = cues;
  }

  /** The element holding the article under the body, or the body itself. */
  Element find() {
    Map<Element, Double> scores = vote();
    Element voted = best(scores);
    Element hinted = bestHint(element -> isBodyHint(element) || element.nameIs("article"));
    hinted = hinted != null ? hinted : bestHint(BodyFinder::isContainerHint);
    if (hinted == null || hinted == voted) {
      return voted;
    }
    return isAncestor(hinted, voted) || stats.text(hinted) >= HINT_SHARE * stats.text(voted) ? hinted : voted;
  }

  /**
   * The article's lead when the page puts it above the chosen body (the header of many news templates holds
   * title, lead and byline apart from the paragraphs), else null.
   */
  Element leadAbove(Element chosen) {
    Element lead = null;
    for (Element element : elements) {
      if (element == chosen) {
        return lead;
      }
      int text = stats.text(element);
      if (text >= LEAD_MIN && text <= LEAD_MAX && stats.linkDensity(element) < LEAD_LINK_DENSITY
          && isLead(element) && !isAncestor(element, chosen)) {
        lead = element;
      }
    }
    return null;
  }

  /** A block named as the lead, or a paragraph of the article's header, where templates put the standfirst. */
  private boolean isLead(Element element) {
    return cues.lead(element)
        || element.nameIs("p") && element.parent() != null && element.parent().nameIs("header");
  }

  private Map<Element, Double> vote() {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element element : elements) {
      if (!isParagraph(element)) {
        continue;
      }
      int length = stats.text(element);
      double score = (1 + stats.commas(element) + Math.min(length / 100.0, 3)) * (1 - stats.linkDensity(element));
      Element ancestor = element.parent();
      for (int level = 0; level < 3 && ancestor != null; level++, ancestor = ancestor.parent()) {
        scores.merge(ancestor, score / (level == 0 ? 1 : level * 2), Double::sum);
      }
    }
    return scores;
  }

  private boolean isParagraph(Element element) {
    String name = element.normalName();
    if (PARAGRAPHS.contains(name)) {
      return stats.text(element) >= MIN_PARAGRAPH && !name.equals("li") || stats.text(element) >= 80;
    }
    return CONTAINERS.contains(name) && ownText(element) >= MIN_PARAGRAPH;
  }

  private static int ownText(Element element) {
    int length = 0;
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        length += text.text().strip().length();
      }
    }
    return length;
  }

  private Element best(Map<Element, Double> scores) {
    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      Element element = entry.getKey();
      double weight = cues.positive(element) ? 1.25 : cues.negative(element) ? 0.5 : 1;
      double score = entry.getValue() * weight * (1 - stats.linkDensity(element));
      if (score > bestScore) {
        bestScore = score;
        best = element;
      }
    }
    return best;
  }

  /** An element that names itself the article body; preferred to the wider containers. */
  private static boolean isBodyHint(Element element) {
    return element.attributesSize() > 0 && (NameCues.value(element, "itemprop").equals("articlebody")
        || BODY_NAMES.foundIn(NameCues.value(element, "class")) || BODY_NAMES.foundIn(NameCues.value(element, "id")));
  }

  private static boolean isContainerHint(Element element) {
    return element.nameIs("main") || NameCues.value(element, "role").equals("main");
  }

  /** The largest hinted element that reads like text rather than a link list. */
  private Element bestHint(Predicate<Element> hinted) {
    Element best = null;
    for (Element hint : elements) {
      if (hinted.test(hint) && stats.linkDensity(hint) < 0.5 && (best == null || stats.text(hint) > stats.text(best))) {
        best = hint;
      }
    }
    return best != null && stats.text(best) >= 200 ? best : null;
  }

  static boolean isAncestor(Element ancestor, Element element) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
