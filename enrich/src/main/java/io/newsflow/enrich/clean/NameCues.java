package io.newsflow.enrich.clean;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads what a page's class and id names say about a block (share bar, related links,
 * comments, article body), because sites name their furniture far more consistently than they
 * structure it. A cue is evidence to weigh with density, never a verdict on its own.
 */
final class NameCues {

  /** Names that almost always mean furniture, whatever the block holds. */
  private static final Pattern STRONG_NEGATIVE = Pattern.compile(
      "comment|disqus|share|sharing|social|related|newsletter|cookie|consent|gdpr|breadcrumb"
          + "|sidebar|outbrain|taboola|recirc|subscribe|signup|sign-up|paywall|popup"
          + "|lire-aussi|lireaussi|savoir[-_]plus|more-stories|most-popular|mostpopular|trending"
          + "|authorbio|follow-us|print-only|skip-link|sponsor|advert"
          + "|pagination|pager|tag-list|taglist|post-tags|article-tags|(^|[-_ ])tags($|[-_ ])|tag-?cloud"
          + "|(^|[-_ ])ads?($|[-_ ])|(^|[-_ ])ad-|dfp|adslot|nav(bar|igation)?($|[-_ ])|(^|[-_ ])menu"
          + "|footer|masthead|byline|caption|(^|[-_ ])legend($|[-_ ])|credit|rating|login|donate|forum"
          + "|(^|[-_ ])bio($|[-_ ])|(^|[-_ ])authors?($|[-_ ])"
          + "|next-?(post|story|article)|prev(ious)?-?(post|story|article)|post-nav|(^|[-_ ])crumbs?($|[-_ ])");

  /** Names that mean furniture on some sites and a plain container on others ("widget Blog"). */
  private static final Pattern WEAK_NEGATIVE = Pattern.compile(
      "promo|modal|read-?more|banner|toolbar|widget|teaser|meta|info|extra|aux|callout");

  /** Names that usually mean the article itself. */
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|main|post|story|text|chapo|lead|paragraph|prose|blog|news");

  /** Names of an article's lead or standfirst, which sites often put in the header above the body. */
  private static final Pattern LEAD = Pattern.compile(
      "(^|[-_ ])(lead|lede|standfirst|excerpt|sub-?headline|subhead|dek|deck|bajada|entradilla|sapo|chapo|intro)"
          + "($|[-_ ])");

  /** Names whose positive part must not rescue them ("related-articles", "comment-body"). */
  private static final Pattern POSITIVE_OVERRIDE = Pattern.compile("comment|forum|related|share|social|newsletter");

  /** Class tokens that describe the content or a state, not the block: WordPress taxonomy classes
   * ("category-social", "tag-newsletter") and negations ("no-share", "has-comments"). */
  private static final Pattern DESCRIPTIVE = Pattern.compile(
      "^(no|not|has|without|with|category|tag|tags|format|post-format|status|type|topic|section|rubrique)[-_].*");

  /** Live commentary ("live-match-comment", "liveblog-comment"): a live page's article, not comments. */
  private static final Pattern LIVE_COMMENTARY =
      Pattern.compile("(^|[-_])live[-_]?(blog[-_]|match[-_]|text[-_])?comment");

  private NameCues() {}

  static String names(Element element) {
    if (!element.hasAttr("class") && !element.hasAttr("id")) {
      return "";
    }
    StringBuilder names = new StringBuilder();
    for (String token : element.className().toLowerCase(Locale.ROOT).split("\\s+")) {
      String name = isLiveCommentary(token) ? "liveblog" : bemElement(token);
      if (!DESCRIPTIVE.matcher(name).matches()) {
        names.append(name).append(' ');
      }
    }
    return names.append(element.id().toLowerCase(Locale.ROOT)).toString();
  }

  private static boolean isLiveCommentary(String token) {
    return token.contains("live") && LIVE_COMMENTARY.matcher(token).find();
  }

  /**
   * The element part of a BEM class name ("mainContent__legend--wide" → "legend"): the part before
   * "__" names the container the element sits in, not the element.
   */
  private static String bemElement(String token) {
    int element = token.lastIndexOf("__");
    String name = element < 0 ? token : token.substring(element + 2);
    int modifier = name.indexOf("--");
    return modifier <= 0 ? name : name.substring(0, modifier);
  }

  /** True when the names speak only for furniture, or for furniture about the article. */
  static boolean negative(Element element) {
    String names = names(element);
    return !names.isBlank() && STRONG_NEGATIVE.matcher(names).find()
        && (POSITIVE_OVERRIDE.matcher(names).find() || !POSITIVE.matcher(names).find());
  }

  /** True when the names speak both for furniture and for the article ("sidebar-post-content"), or
   * only weakly for furniture ("widget"): the block's density decides. */
  static boolean mixed(Element element) {
    String names = names(element);
    if (names.isBlank() || negative(element)) {
      return false;
    }
    return STRONG_NEGATIVE.matcher(names).find() || WEAK_NEGATIVE.matcher(names).find();
  }

  /** True when the names say the block is the article's lead. */
  static boolean lead(Element element) {
    String names = names(element);
    return !names.isBlank() && LEAD.matcher(names).find() && !STRONG_NEGATIVE.matcher(names).find();
  }

  /** True when the names speak for the article. */
  static boolean positive(Element element) {
    String names = names(element);
    return !names.isBlank() && POSITIVE.matcher(names).find() && !STRONG_NEGATIVE.matcher(names).find();
  }
}
