package io.newsflow.ingest.registry;

import io.newsflow.core.model.Feed;
import java.util.Objects;

/** A registered feed with its health, for {@code feeds list}; state is null when never polled. */
public record FeedStatus(Feed feed, FeedState state) {

  public FeedStatus {
    Objects.requireNonNull(feed, "feed");
  }
}
