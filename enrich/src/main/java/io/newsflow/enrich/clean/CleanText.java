package io.newsflow.enrich.clean;

import java.time.Instant;
import java.util.Objects;

/**
 * What the cleaner keeps of a document.
 *
 * @param title the article's title, site name stripped, or empty
 * @param text the clean body, paragraphs separated by newlines, without the title line
 * @param publishedAt the publication time the page states, or null
 * @param author the author the page states, or null
 * @param languageHint the language the page declares (ISO 639-1), or null
 * @param sourceLink a source URL the text states ("Source : URL"), or null
 */
public record CleanText(
    String title,
    String text,
    Instant publishedAt,
    String author,
    String languageHint,
    String sourceLink) {

  public CleanText {
    title = Objects.requireNonNullElse(title, "");
    text = Objects.requireNonNullElse(text, "");
  }
}
