package io.newsflow.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsflow.core.model.Json;
import io.newsflow.ingest.fetch.Conditional;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.PageFetcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The public face of feed parsing, for the poller and for {@code newsflow parse-feed}: a file,
 * a URL or bytes in, a {@link ParsedFeed} out (never an exception), and its one-line JSON.
 * Stateless apart from the fetcher, so one instance serves thousands of arguments.
 */
public final class FeedParsing {

  private final PageFetcher fetcher;

  /** @param fetcher fetches URL arguments (with the instance's limits and guard) */
  public FeedParsing(PageFetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** Parses feed bytes served with {@code contentType} (or null) from {@code source}. */
  public static ParsedFeed parse(byte[] bytes, String contentType, String source) {
    return FeedParser.parse(bytes, contentType, source);
  }

  /** Parses a file, or an http(s) URL when {@code argument} is one. */
  public ParsedFeed parseArgument(String argument) {
    String lower = argument.trim().toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return parseUrl(argument.trim());
    }
    return parseFile(Path.of(argument));
  }

  public static ParsedFeed parseFile(Path file) {
    try {
      return parse(Files.readAllBytes(file), null, file.toString());
    } catch (NoSuchFileException e) {
      return ParsedFeed.failed(file.toString(), "no such file");
    } catch (IOException e) {
      return ParsedFeed.failed(file.toString(), "cannot read: " + e.getMessage());
    }
  }

  public ParsedFeed parseUrl(String url) {
    FetchResult result = fetcher.get(url, Conditional.NONE);
    if (!result.ok()) {
      return ParsedFeed.failed(url, result.error() != null ? result.error() : "HTTP " + result.status());
    }
    return parse(result.body(), result.contentType(), url);
  }

  /** The one-line JSON of {@code parsed}: source, title, link, language, entries or error. */
  public static String jsonLine(ParsedFeed parsed) {
    try {
      return Json.mapper().writeValueAsString(parsed);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the parse of " + parsed.source(), e);
    }
  }
}
