package io.newsflow.ingest.poll;

import io.newsflow.ingest.feed.FeedEntry;
import io.newsflow.ingest.fetch.CanonicalUrl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The identity of feed items across polls: the guid (Atom id), else the canonical link, hashed
 * to a short fixed-size key so that a feed's memory of what it has seen stays small; and the
 * bounded list of those keys, oldest dropped first.
 */
final class SeenItems {

  private static final int KEY_BYTES = 10;

  private SeenItems() {}

  /** The key of {@code entry}, or empty when it has neither id nor link. */
  static Optional<String> key(FeedEntry entry) {
    String id = entry.id() != null ? entry.id() : entry.link();
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(hash(CanonicalUrl.of(id).orElse(id.strip())));
  }

  /** {@code seen} followed by {@code added}, keeping only the newest {@code cap} keys. */
  static List<String> remember(List<String> seen, Collection<String> added, int cap) {
    List<String> all = new ArrayList<>(seen.size() + added.size());
    all.addAll(seen);
    all.addAll(added);
    return all.size() <= cap ? all : List.copyOf(all.subList(all.size() - cap, all.size()));
  }

  private static String hash(String id) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, KEY_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
