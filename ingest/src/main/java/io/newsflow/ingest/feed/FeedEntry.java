package io.newsflow.ingest.feed;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One item of a parsed feed.
 *
 * @param id the item's guid (Atom id), else its link; null when it has neither
 * @param link absolute link of the item, or null
 * @param summary the item's description as plain text, or null
 * @param content the item's richest text as the feed gives it (HTML), for when its page
 *     cannot be fetched; not part of the JSON view
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedEntry(
    String id,
    String title,
    String link,
    Instant published,
    String summary,
    String author,
    @JsonIgnore String content) {}
