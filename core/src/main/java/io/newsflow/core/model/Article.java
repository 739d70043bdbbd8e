package io.newsflow.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned, tagged article: what enrich makes of a RawDocument that is not a duplicate.
 *
 * @param text clean body without the title line
 * @param language ISO 639-1 code, or {@code und}
 * @param source the site or feed it came from (host name, or the stated source link)
 * @param revision 0 for the first version; incremented when the same URL comes back changed
 * @param contentHash hash of the normalised text, used for exact duplicates
 */
public record Article(
    int schemaVersion,
    String id,
    String url,
    String title,
    String text,
    String language,
    Instant publishedAt,
    List<EntityTag> entities,
    List<TopicTag> topics,
    String storyId,
    String source,
    String author,
    int revision,
    String contentHash) {

  public static final int SCHEMA_VERSION = 1;

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    text = text == null ? "" : text;
    title = title == null ? "" : title;
    language = language == null ? "und" : language;
    entities = entities == null ? List.of() : List.copyOf(entities);
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  public Article withEntities(List<EntityTag> newEntities) {
    return new Article(schemaVersion, id, url, title, text, language, publishedAt, newEntities,
        topics, storyId, source, author, revision, contentHash);
  }

  public Article withTopics(List<TopicTag> newTopics) {
    return new Article(schemaVersion, id, url, title, text, language, publishedAt, entities,
        newTopics, storyId, source, author, revision, contentHash);
  }

  public Article withStoryId(String newStoryId) {
    return new Article(schemaVersion, id, url, title, text, language, publishedAt, entities,
        topics, newStoryId, source, author, revision, contentHash);
  }

  /** The same article with another text, and that text's content hash. */
  public Article withText(String newText, String newContentHash) {
    return new Article(schemaVersion, id, url, title, newText, language, publishedAt, entities,
        topics, storyId, source, author, revision, newContentHash);
  }

  public Article withRevision(int newRevision) {
    return new Article(schemaVersion, id, url, title, text, language, publishedAt, entities,
        topics, storyId, source, author, newRevision, contentHash);
  }
}
