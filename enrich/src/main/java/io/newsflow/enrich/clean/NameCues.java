package io.newsflow.enrich.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads what a page's class and id names say about a block (share bar, related links,
 * comments, article body), because sites name their furniture far more consistently than they
 * structure it. A cue is evidence to weigh with density, never a verdict on its own. One
 * instance reads one page: every block is asked about several times, and about half of a page's
 * named blocks carry the same names as another (cards, list items), so each set of names is read
 * once.
 */
final class NameCues {

  // The name patterns below are Lucene regular expressions (see Phrases), found anywhere in the
  // names of a block, which start and end with a space: "[\\-_ ]" is a word edge of a name.

  /** Names that almost always mean furniture, whatever the block holds. */
  private static final Phrases STRONG_NEGATIVE = Phrases.anywhere(
      "comment|disqus|share|sharing|social|related|newsletter|cookie|consent|gdpr|breadcrumb"
          + "|sidebar|outbrain|taboola|recirc|subscribe|signup|sign-up|paywall|popup"
          + "|lire-aussi|lireaussi|savoir[\\-_]plus|more-stories|most-popular|mostpopular|trending"
          + "|authorbio|follow-us|print-only|skip-link|sponsor|advert"
          + "|pagination|pager|tag-list|taglist|post-tags|article-tags|[\\-_ ]tags[\\-_ ]|tag-?cloud"
          + "|[\\-_ ]ads?[\\-_ ]|[\\-_ ]ad-|dfp|adslot|nav(bar|igation)?[\\-_ ]|[\\-_ ]menu"
          + "|footer|masthead|byline|caption|[\\-_ ]legend[\\-_ ]|credit|rating|login|donate|forum"
          + "|[\\-_ ]bio[\\-_ ]|[\\-_ ]authors?[\\-_ ]"
          + "|next-?(post|story|article)|prev(ious)?-?(post|story|article)|post-nav|[\\-_ ]crumbs?[\\-_ ]");

  /** Names that mean furniture on some sites and a plain container on others ("widget Blog"). */
  private static final Phrases WEAK_NEGATIVE = Phrases.anywhere(
      "promo|modal|read-?more|banner|toolbar|widget|teaser|meta|info|extra|aux|callout");

  /** Names that usually mean the article itself. */
  private static final Phrases POSITIVE = Phrases.anywhere(
      "article|body|content|entry|main|post|story|text|chapo|lead|paragraph|prose|blog|news");

  /** Names of an article's lead or standfirst, which sites often put in the header above the body. */
  private static final Phrases LEAD = Phrases.anywhere(
      "[\\-_ ](lead|lede|standfirst|excerpt|sub-?headline|subhead|dek|deck|bajada|entradilla|sapo|chapo|intro)[\\-_ ]");

  /** Names whose positive part must not rescue them ("related-articles", "comment-body"). */
  private static final Phrases POSITIVE_OVERRIDE = Phrases.anywhere("comment|forum|related|share|social|newsletter");

  /** Class tokens that describe the content or a state, not the block: WordPress taxonomy classes
   * ("category-social", "tag-newsletter") and negations ("no-share", "has-comments"). */
  private static final Set<String> DESCRIPTIVE_PREFIXES = Set.of("no", "not", "has", "without", "with", "category",
      "tag", "tags", "format", "post-format", "status", "type", "topic", "section", "rubrique");

  /** Live commentary ("live-match-comment", "liveblog-comment"): a live page's article, not comments. */
  private static final Pattern LIVE_COMMENTARY =
      Pattern.compile("(^|[-_])live[-_]?(blog[-_]|match[-_]|text[-_])?comment");

  private final Map<Names, Cues> read = new HashMap<>();

  /** A block's class and id attributes as written. */
  private record Names(String classes, String id) {}

  /** What one set of names says about the blocks that carry it. */
  private record Cues(boolean negative, boolean mixed, boolean lead, boolean positive) {

    static final Cues NONE = new Cues(false, false, false, false);

    static Cues of(String names) {
      if (names.isBlank()) {
        return NONE;
      }
      boolean strong = STRONG_NEGATIVE.foundIn(names);
      boolean positive = POSITIVE.foundIn(names);
      boolean negative = strong && (POSITIVE_OVERRIDE.foundIn(names) || !positive);
      return new Cues(negative, !negative && (strong || WEAK_NEGATIVE.foundIn(names)),
          LEAD.foundIn(names) && !strong, positive && !strong);
    }
  }

  /** True when the names speak only for furniture, or for furniture about the article. */
  boolean negative(Element element) {
    return cues(element).negative();
  }

  /** True when the names speak both for furniture and for the article ("sidebar-post-content"), or
   * only weakly for furniture ("widget"): the block's density decides. */
  boolean mixed(Element element) {
    return cues(element).mixed();
  }

  /** True when the names say the block is the article's lead. */
  boolean lead(Element element) {
    return cues(element).lead();
  }

  /** True when the names speak for the article. */
  boolean positive(Element element) {
    return cues(element).positive();
  }

  private Cues cues(Element element) {
    if (!element.hasAttr("class") && !element.hasAttr("id")) {
      return Cues.NONE;
    }
    return read.computeIfAbsent(new Names(element.className(), element.id()), names -> Cues.of(names(names)));
  }

  /** The block's class names (as they speak for it) and id, lower case, each with a space before and after. */
  private static String names(Names attributes) {
    StringBuilder names = new StringBuilder(" ");
    String classes = attributes.classes().toLowerCase(Locale.ROOT);
    for (int start = 0, end; start < classes.length(); start = end + 1) {
      end = tokenEnd(classes, start);
      String token = classes.substring(start, end);
      String name = isLiveCommentary(token) ? "liveblog" : bemElement(token);
      if (!token.isEmpty() && !isDescriptive(name)) {
        names.append(name).append(' ');
      }
    }
    return names.append(attributes.id().toLowerCase(Locale.ROOT)).append(' ').toString();
  }

  private static int tokenEnd(String classes, int start) {
    int end = start;
    while (end < classes.length() && !Character.isWhitespace(classes.charAt(end))) {
      end++;
    }
    return end;
  }

  /** A descriptive prefix ("category", "post-format") followed by "-" or "_". */
  private static boolean isDescriptive(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c == '-' || c == '_') && DESCRIPTIVE_PREFIXES.contains(name.substring(0, i))) {
        return true;
      }
    }
    return false;
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

  /** An attribute's value as cues compare it: trimmed, lower case, empty when absent. */
  static String value(Element element, String attribute) {
    return element.attr(attribute).strip().toLowerCase(Locale.ROOT);
  }
}
