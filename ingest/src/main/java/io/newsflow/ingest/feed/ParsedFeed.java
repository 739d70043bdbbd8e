package io.newsflow.ingest.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A feed as parsed, or why it could not be: the value {@code parse-feed} prints as one JSON
 * line and the poller turns into documents.
 *
 * @param source the file or URL the feed came from
 * @param error why the feed could not be read or parsed; then entries is empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParsedFeed(
    String source, String title, String link, String language, List<FeedEntry> entries, String error) {

  public ParsedFeed {
    Objects.requireNonNull(source, "source");
    entries = entries == null ? List.of() : List.copyOf(entries);
  }

  public static ParsedFeed failed(String source, String error) {
    return new ParsedFeed(source, null, null, null, List.of(), error);
  }

  public boolean ok() {
    return error == null;
  }
}
