package io.newsflow.enrich.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes a page's furniture before the body is chosen: what is never text (scripts, forms'
 * widgets, media), what the markup declares as furniture (nav, aside, footer, landmark roles,
 * hidden blocks) and blocks whose class or id names say furniture when their density agrees.
 */
final class BoilerplatePruner {

  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "template", "svg", "canvas", "iframe",
      "object", "embed", "video", "audio", "button", "select", "input", "textarea", "option", "link", "meta", "dialog",
      "picture", "map", "rt", "rp");
  /** Elements and landmark roles that declare furniture (checked by hand: a CSS selector of them all
   * costs about a tenth of the extraction of a large page). */
  private static final Set<String> DECLARED_NAMES = Set.of("nav", "aside", "footer", "menu");
  private static final Set<String> FIGURES = Set.of("figure", "figcaption");
  private static final int STORY_CAPTION_MIN = 150;
  private static final Set<String> DECLARED_ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search");
  private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
  /** Where a header holds the article's title and lead rather than the site's chrome. */
  private static final Evaluator ARTICLE_CONTAINERS = QueryParser.parse("article, main, [itemprop=articleBody]");
  private static final int ARTICLE_BODY_MIN = 500;
  private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Set<String> NEVER_PRUNED = Set.of("html", "body");
  /** A named block holding more than this share of the page's text is the page, not furniture. */
  private static final double PAGE_SHARE = 0.4;
  private static final double MIXED_LINK_DENSITY = 0.35;
  private static final int MIXED_MIN_TEXT = 150;
  private static final int FORM_MAX_TEXT = 400;
  private static final double LINK_LIST_DENSITY = 0.5;

  private final NodeStats stats;
  private final NameCues cues;
  /** The page's marked article bodies (usually none or one), looked up once rather than under every block. */
  private final List<Element> articleBodies;

  private BoilerplatePruner(NodeStats stats, NameCues cues, List<Element> articleBodies) {
    this.stats = stats;
    this.cues = cues;
    this.articleBodies = articleBodies;
  }

  /** Prunes {@code body} in place: sure furniture first, then blocks whose density, measured
   * without that furniture, agrees with their names; returns the measures of the pruned body. */
  static NodeStats prune(Element body, NameCues cues) {
    body.getAllElements().stream().filter(element -> NEVER_TEXT.contains(element.normalName()))
        .forEach(Element::remove);
    NodeStats stats = NodeStats.of(body);
    BoilerplatePruner pruner = new BoilerplatePruner(stats, cues, body.select(ARTICLE_BODY));
    pruner.removeWhere(body, pruner::isFurniture);
    pruner.removeWhere(body, pruner::isDenseFurniture);
    return stats;
  }

  /** Removes the furniture and takes it off {@code stats}, which then measure the pruned body. */
  private void removeWhere(Element body, Predicate<Element> furniture) {
    int pageText = Math.max(1, stats.text(body));
    List<Element> doomed = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (!NEVER_PRUNED.contains(element.normalName()) && furniture.test(element)
          && (stats.text(element) < PAGE_SHARE * pageText || isDeclaredLinkList(element))) {
        doomed.add(element);
      }
    }
    for (Element element : doomed) {
      stats.subtractFromAncestors(element);
      element.remove();
    }
  }

  /** Declared furniture that is mostly links goes whatever its size (an archive sidebar). */
  private boolean isDeclaredLinkList(Element element) {
    return isDeclared(element) && stats.linkDensity(element) > LINK_LIST_DENSITY;
  }

  /** Furniture by markup, size, style or names; a block holding most of the page never is. */
  private boolean isFurniture(Element element) {
    return isDeclared(element) || isShortFigure(element) || isSmallForm(element) || isHidden(element)
        || isSiteHeader(element)
        || cues.negative(element) && !holdsArticleBody(element);
  }

  /** A furniture-named block holding the article's marked body is a wrapper; related-story cards mark their
   * excerpts as articleBody too, so only a body of article length counts. */
  private boolean holdsArticleBody(Element element) {
    return articleBodies.stream()
        .anyMatch(articleBody -> stats.text(articleBody) >= ARTICLE_BODY_MIN
            && (articleBody == element || BodyFinder.isAncestor(element, articleBody)));
  }

  /** Furniture by its element, landmark role, hidden state or comment markup. */
  private static boolean isDeclared(Element element) {
    return DECLARED_NAMES.contains(element.normalName()) || element.attributesSize() > 0
        && (DECLARED_ROLES.contains(NameCues.value(element, "role")) || element.hasAttr("hidden")
            || NameCues.value(element, "aria-hidden").equals("true")
            || NameCues.value(element, "itemprop").equals("comment")
            || NameCues.value(element, "itemtype").contains("comment"));
  }

  /** Mixed or weak names need the density to agree. */
  private boolean isDenseFurniture(Element element) {
    return cues.mixed(element) && (stats.linkDensity(element) > MIXED_LINK_DENSITY
        || stats.text(element) < MIXED_MIN_TEXT);
  }

  /** A form's labels and a noscript's "enable JavaScript" are furniture; an unclosed form that
   * swallowed the page, or a blog post served in noscript, is not. */
  private boolean isSmallForm(Element element) {
    return (element.nameIs("form") || element.nameIs("noscript")) && stats.text(element) < FORM_MAX_TEXT;
  }

  /** A figure is an image and its label or credit; a caption long enough to tell part of the story in
   * sentences (news photos often carry one) stays. */
  private boolean isShortFigure(Element element) {
    return FIGURES.contains(element.normalName()) && stats.text(element) < STORY_CAPTION_MIN;
  }

  private static boolean isHidden(Element element) {
    return element.hasAttr("style")
        && HIDDEN_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find();
  }

  /** A page header outside the article is site chrome; one inside it, or named for it ("article-header"),
   * holds title and lead. */
  private boolean isSiteHeader(Element element) {
    return element.nameIs("header") && !cues.positive(element)
        && element.closest(ARTICLE_CONTAINERS) == null;
  }
}
