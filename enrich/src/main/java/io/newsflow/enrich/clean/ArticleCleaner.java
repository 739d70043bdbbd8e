package io.newsflow.enrich.clean;

import io.newsflow.core.model.RawDocument;
import io.newsflow.core.text.TextNormalizer;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Turns a RawDocument, page or plain text, into the text a reader would keep. */
public final class ArticleCleaner {

  /** Cleans {@code raw}; never throws on bad markup. */
  public CleanText clean(RawDocument raw) {
    return raw.isHtml() ? cleanHtml(raw.body()) : cleanText(raw.body());
  }

  private static CleanText cleanHtml(String html) {
    Document page = Jsoup.parse(html);
    page.select("script, style, nav, header, footer, aside, form").remove();
    String title = page.title();
    String text = page.select("p").eachText().stream().collect(Collectors.joining("\n"));
    String lang = page.select("html[lang]").attr("lang");
    return new CleanText(title, TextNormalizer.clean(text), null, null,
        lang.isEmpty() ? null : lang.substring(0, Math.min(2, lang.length())), null);
  }

  private static CleanText cleanText(String body) {
    return PlainTextCleaner.clean(body);
  }

}
