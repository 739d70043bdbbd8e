package io.newsflow.enrich.clean;

import io.newsflow.core.text.TextNormalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article's main text and metadata from a page: reads the metadata, prunes the
 * furniture, chooses the body by text and link density and the page's own hints, and writes
 * it paragraph by paragraph after the lead a header may hold above it; a page's JSON-LD body
 * stands in when the markup yields less.
 */
final class HtmlExtractor {

  /** Pages beyond this many characters are cut: article text sits well before it. */
  static final int MAX_CHARS = 4_000_000;
  private static final int SHORT_TEXT = 250;

  /** Extracts the article of {@code html}; never throws on bad markup. */
  CleanText extract(String html) {
    Document page = Jsoup.parse(html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html);
    PageMetadata metadata = PageMetadata.of(page);
    Element body = page.body();
    NameCues cues = new NameCues();
    NodeStats stats = BoilerplatePruner.prune(body, cues);
    BodyFinder finder = new BodyFinder(body, stats, cues);
    Element chosen = finder.find();
    Element lead = finder.leadAbove(chosen);
    String text = (lead == null ? "" : BlockWriter.write(lead, metadata.title(), stats))
        + BlockWriter.write(chosen, metadata.title(), stats);
    if (text.length() < SHORT_TEXT) {
      text = longer(text, BlockWriter.write(body, metadata.title(), stats));
    }
    text = longer(text, jsonLdBody(metadata));
    return new CleanText(metadata.title(), TextNormalizer.clean(text), metadata.publishedAt(), metadata.author(),
        metadata.language(), null);
  }

  /** The JSON-LD body when the page states one, written like markup when it holds markup. */
  private static String jsonLdBody(PageMetadata metadata) {
    String body = metadata.jsonLd().articleBody();
    if (!body.contains("<")) {
      return body;
    }
    Element markup = Jsoup.parseBodyFragment(body).body();
    return BlockWriter.write(markup, metadata.title(), NodeStats.of(markup));
  }

  /** The fallback only when it is clearly longer: a fallback trades precision for recall. */
  private static String longer(String text, String fallback) {
    return fallback.length() > Math.max(2 * text.length(), SHORT_TEXT) ? fallback : text;
  }
}
