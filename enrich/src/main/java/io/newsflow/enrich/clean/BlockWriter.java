package io.newsflow.enrich.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the chosen body as lines of text, one per paragraph, heading or list item, leaving out
 * what articles embed but readers skip: link lists, "read also" inserts and bare labels.
 */
final class BlockWriter {

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header",
      "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
      "tr", "td", "th", "address", "hr", "center", "form", "fieldset", "details", "summary");
  private static final Set<String> LINK_LISTS = Set.of("ul", "ol", "dl", "div", "section", "table", "p", "li",
      "span", "header");
  // The line patterns below are written in lower case and matched on lower-cased text (much faster
  // than case-insensitive Unicode matching); phrases searched anywhere in a line are Phrases.
  private static final Pattern READ_ALSO = Pattern.compile(
      "^(à |a )?lire (aussi|également|egalement)|^vous aimerez aussi|^(you )?(may|might) also like"
          + "|^voir aussi|^sur le même sujet|^(read|see) (also|more)|^related( |:)"
          + "|^more (on|from) |^recommended|^(lea|leer|lee) (también|tambien|más|mas)|^ver también"
          + "|^(te|le) puede interesar|^vea también|^(lea|lee|vea)(?=:)|^dowiedz się więcej"
          + "|^leia (também|mais)|^czytaj (też|także|również|więcej)|^zobacz (też|także|również)|^leggi anche"
          + "|^(mira|mire|puedes ver|visto ahora|lo último|temas relacionados|explore further|further reading)\\b");
  private static final Set<String> LABELS = Set.of("advertisement", "publicité", "publicite", "anuncio",
      "publicidad", "reklama", "share", "partager", "tweet", "imprimer", "print", "email", "e-mail",
      "lire la suite", "pour lire la suite", "read more", "continue reading", "pubblicità", "permalien",
      "permalink", "drukuj", "imprimir", "stampa", "drucken", "udostępnij", "compartir", "condividi");
  /** An agency sign-off on its own line: the editor's initials and the agency ("aja/PAP"), or the agency in
   * capitals ("PAP", "(EFE)"); matched on the text as written, since capitals tell an agency from a word. */
  private static final Pattern SIGN_OFF =
      Pattern.compile("\\p{L}{1,5}(/\\p{L}{2,10}){1,3}|[(\\[]?\\p{Lu}{2,6}[)\\]]?");
  private static final Pattern TRAILING_URL = Pattern.compile("\\s*:?\\s+https?://\\S+$");
  /** Photo credit lines ("Crédits photos : AFP", "(Photo: Reuters)") and short captions that end in one ("The
   * harbour at dawn. Foto: EFE"), left by captions outside figures. */
  private static final Pattern CREDIT = Pattern.compile(
      "^[(\\[]?((photo|image|foto)s? ?)?(cr[ée]dits?( photos?)?|photos?|foto|fotograf[íi]a|image|photograph)"
          + "\\s*(:|by\\b)|[.(]\\s*(photo|foto|cr[ée]dit)s?\\s*:\\s*[^.:]{2,40}\\)?$");
  /** Reading-time badges ("5 min read", "11 minut czytania", "3 minutes de lecture"), alone or ending a byline
   * ("By Ann Lee, May 2, 2020 · 5 min read"). */
  private static final String MINUTES = "\\d+\\s*(min|mins|minutes?|minut|minutos|minuti)\\.?";
  private static final Pattern READING_TIME = Pattern.compile(
      "^" + MINUTES + "(\\s+\\p{L}+){0,3}$|" + MINUTES + "\\s+(read|de lecture|czytania|de lectura|di lettura)$");
  /** Calls to subscribe, sign up, follow, donate or write in, which sites put in the body's paragraphs. */
  private static final Phrases CALL_TO_ACTION = Phrases.atWordStarts(
      "subscribe|subscriber|sign up|newsletter|follow (us|the)|s[ií]guenos|nos siga|suivez-nous|subskrypc"
          + "|download (the|our) .*app|all rights reserved|materiał chroniony prawem|wszelkie prawa zastrzeżone"
          + "|suscr[ií]b|hazte miembro|únete|abonnez|abonné|inscrivez|zapisz się|subskrybuj"
          + "|(tell us|let us know|want to hear) what you think|(valora|califica) esta (noticia|nota)"
          + "|rate this (article|story)|notez cet article|(nuestro )?canal de youtube|our youtube channel"
          + "|cancel (at )?any ?time|cancela cuando quieras|r[ée]siliable [àa] tout moment"
          + "|wesprzyj nas|please donate|donate (now|today)|make a donation|faites un don|soutenez-nous|apóyanos"
          + "|hágase miembro|submit your (letter|tip|story)|straight to your (phone|inbox)");
  /** Affiliate and advertiser disclosures, longer than a call to action but as far from the story. */
  private static final Phrases DISCLOSURE = Phrases.atWordStarts(
      "references to products|(may|might) (receive|earn) (a )?(compensation|commission)|advertiser disclosure"
          + "|affiliate (links?|commissions?|partners?)|liens? (d'|d’)affiliation|enlaces de afiliados"
          + "|not responsible for the (opinions|views|content)|(opinions|views) expressed (in|by|on|here)"
          + "|n('|’)engagent que leurs? auteurs?");
  /** A post's metadata written as a labelled line ("Category : Press Releases", "Tags: a, b", "News date :
   * 04/21/2022", "Release Date:"). */
  private static final Pattern POST_METADATA = Pattern.compile(
      "^(categor(y|ies)|catégories?|categorías?|kategori[ae]|tags?|étiquettes?|etiquetas?|tagi|posted in|filed under"
          + "|((news|release|publication) )?date|published|posted|(last )?updated|date de publication"
          + "|fecha de publicación|data publikacji)\\s*:");
  /** Errors a PHP site printed into its page ("Warning: … in /www/x.php on line 407"). */
  private static final Pattern SERVER_ERROR = Pattern.compile(
      "^(warning|notice|deprecated|(fatal|parse) error): .* in /\\S+ on line \\d+$");
  /** Furniture lines: what each kind looks like (lower-cased, or as written) and how long it can be. */
  private static final List<FurnitureLine> FURNITURE_LINES = List.of(
      FurnitureLine.lowerCase(CALL_TO_ACTION::foundIn, 220), FurnitureLine.lowerCase(DISCLOSURE::foundIn, 400),
      FurnitureLine.lowerCase(CREDIT.asPredicate(), 150), FurnitureLine.lowerCase(READING_TIME.asPredicate(), 150),
      FurnitureLine.lowerCase(POST_METADATA.asPredicate(), 80),
      FurnitureLine.lowerCase(SERVER_ERROR.asPredicate(), Integer.MAX_VALUE),
      FurnitureLine.asWritten(SIGN_OFF.asMatchPredicate(), Integer.MAX_VALUE));
  private static final double LINK_LIST_DENSITY = 0.5;
  private static final int READ_ALSO_MAX = 300;
  /** Words of its own a paragraph ending in one link needs to be a sentence rather than a labelled link. */
  private static final int SENTENCE_OWN_TEXT = 30;
  /** A heading that opens the comments ("12 Comments", "Leave a reply", "Commentaires (3)"). */
  private static final Pattern COMMENTS_HEADING = Pattern.compile(
      "(\\d+\\s+)?(comments?|commentaires?|comentarios?|komentarze|commenti|leave a (reply|comment)"
          + "|laisser un commentaire|réagissez|deja (un|tu) comentario)(\\s*\\(\\d+\\))?\\s*:?");
  /** Text the article must already have for a comments heading to end it (not a teaser above it). */
  private static final int ARTICLE_BEFORE_COMMENTS = 300;

  private static final Set<String> TEXT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
      "blockquote", "pre", "td", "th");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:…。！？»”\"]\\s*$");
  /** Loose text (outside paragraphs) shorter than this is a label, byline or counter unless a sentence. */
  private static final int LOOSE_LINE_MIN = 50;

  /** Marks a line written outside any paragraph-like block; a control character pages do not use. */
  private static final char LOOSE = '\u0001';

  private final NodeStats stats;
  private final StringBuilder out = new StringBuilder();
  private int textBlockDepth;
  private int headingStart = -1;
  private int headingEnd = -1;

  private BlockWriter(NodeStats stats) {
    this.stats = stats;
  }

  /** The text of {@code root}, paragraphs on their own lines, {@code title} not repeated; {@code stats}
   * measure {@code root}'s tree. */
  static String write(Element root, String title, NodeStats stats) {
    BlockWriter writer = new BlockWriter(stats);
    NodeTraversor.filter(writer.new Filter(), root);
    return writer.lines(title);
  }

  private boolean skipped(Element element) {
    String name = element.normalName();
    int text = stats.text(element);
    if (text == 0) {
      return false;
    }
    if (LINK_LISTS.contains(name) && stats.linkDensity(element) > LINK_LIST_DENSITY
        && !isSentenceEndingInALink(element)) {
      return true;
    }
    if (isDateLine(element)) {
      return true;
    }
    return text < READ_ALSO_MAX && !name.equals("header") && isReadAlso(element);
  }

  /** A paragraph of its own words whose one link carries the rest of the sentence (press pages link the
   * clause that names an earlier story): prose, not a link list. */
  private boolean isSentenceEndingInALink(Element element) {
    return element.nameIs("p") && stats.text(element) - stats.linkText(element) >= SENTENCE_OWN_TEXT
        && element.getElementsByTag("a").size() == 1;
  }

  /** A publication date alone in its block (a blog header's "16 March 2021"): metadata, not text. */
  private boolean isDateLine(Element element) {
    return element.nameIs("time") && element.parent() != null
        && stats.text(element.parent()) == stats.text(element);
  }

  /** A "read also" insert; a heading only when a colon makes it the insert's label ("See also: …"), since
   * headings such as "More on the budget" open real sections. */
  private static boolean isReadAlso(Element element) {
    String lower = element.text().toLowerCase(Locale.ROOT);
    Matcher readAlso = READ_ALSO.matcher(lower);
    return readAlso.lookingAt() && (!isHeading(element) || lower.startsWith(":", readAlso.end()));
  }

  private String lines(String title) {
    StringBuilder kept = new StringBuilder();
    boolean titleSeen = false;
    for (String line : out.toString().split("\n")) {
      String clean = line.replace(String.valueOf(LOOSE), "").strip();
      String lower = clean.toLowerCase(Locale.ROOT);
      if (clean.isEmpty() || isLabel(lower) || isLooseLabel(line, clean)
          || FURNITURE_LINES.stream().anyMatch(kind -> kind.matches(clean, lower))) {
        continue;
      }
      if (kept.length() >= ARTICLE_BEFORE_COMMENTS && COMMENTS_HEADING.matcher(lower).matches()) {
        break;
      }
      if (!titleSeen && clean.equals(title)) {
        titleSeen = true;
        continue;
      }
      kept.append(clean).append('\n');
    }
    return kept.toString();
  }

  /** A kind of furniture line, found in the line lower-cased or, where capitals tell it apart, as written. */
  private record FurnitureLine(Predicate<String> found, boolean asWritten, int maxLength) {

    static FurnitureLine lowerCase(Predicate<String> found, int maxLength) {
      return new FurnitureLine(found, false, maxLength);
    }

    static FurnitureLine asWritten(Predicate<String> found, int maxLength) {
      return new FurnitureLine(found, true, maxLength);
    }

    boolean matches(String line, String lower) {
      return lower.length() < maxLength && found.test(asWritten ? line : lower);
    }
  }

  /** A label alone or before its link ("Permalink https://p.example/x"). */
  private static boolean isLabel(String lower) {
    return LABELS.contains(lower.contains("http") ? TRAILING_URL.matcher(lower).replaceFirst("") : lower);
  }

  private static boolean isLooseLabel(String line, String clean) {
    return line.indexOf(LOOSE) >= 0 && clean.length() < LOOSE_LINE_MIN && !SENTENCE_END.matcher(clean).find();
  }

  /** Walks the body, breaking lines around blocks and skipping furniture subtrees. */
  private final class Filter implements NodeFilter {
    private int preDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        append(preDepth > 0 ? text.getWholeText() : text.text());
      } else if (node instanceof Element element) {
        if (depth > 0 && skipped(element)) {
          dropHeadingOf(element);
          return FilterResult.SKIP_ENTIRELY;
        }
        headingStart = isHeading(element) ? out.length() : headingStart;
        preDepth += element.nameIs("pre") ? 1 : 0;
        textBlockDepth += TEXT_BLOCKS.contains(element.normalName()) ? 1 : 0;
        breakLine(element);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        preDepth -= element.nameIs("pre") ? 1 : 0;
        textBlockDepth -= TEXT_BLOCKS.contains(element.normalName()) ? 1 : 0;
        breakLine(element);
        headingEnd = isHeading(element) ? out.length() : headingEnd;
      }
      return FilterResult.CONTINUE;
    }
  }

  private static boolean isHeading(Element element) {
    return element.normalName().length() == 2 && element.normalName().charAt(0) == 'h'
        && Character.isDigit(element.normalName().charAt(1));
  }

  /** A heading followed only by a skipped link list is that list's title ("Related", "Most read"); a heading
   * before a skipped heading is not. */
  private void dropHeadingOf(Element skipped) {
    if (!isHeading(skipped) && headingStart >= 0 && headingEnd >= headingStart && headingEnd <= out.length()
        && isBlankFrom(headingEnd)) {
      out.setLength(headingStart);
      headingStart = -1;
      headingEnd = -1;
    }
  }

  private boolean isBlankFrom(int start) {
    for (int i = start; i < out.length(); i++) {
      if (!Character.isWhitespace(out.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void append(String text) {
    boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    if (lineStart && textBlockDepth == 0 && !text.isBlank()) {
      out.append(LOOSE);
    }
    out.append(text);
  }

  private void breakLine(Element element) {
    if (BLOCKS.contains(element.normalName()) || element.nameIs("br")) {
      out.append('\n');
    }
  }
}
