package io.newsflow.enrich.clean;

import io.newsflow.core.model.RawDocument;

/** Turns a RawDocument, page or plain text, into the text a reader would keep. */
public final class ArticleCleaner {

  /** Cleans {@code raw}; never throws on bad markup. */
  public CleanText clean(RawDocument raw) {
    return raw.isHtml() ? cleanHtml(raw.body()) : cleanText(raw.body());
  }

  private static CleanText cleanHtml(String html) {
    return new HtmlExtractor().extract(html);
  }

  private static CleanText cleanText(String body) {
    return PlainTextCleaner.clean(body);
  }

}
