package io.newsflow.enrich.dedupe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the articles the band index filed last, by content reference: enough to address a
 * late notice to an article still being judged, which was filed moments before. It lives in
 * memory only; after a restart, or for an article filed long ago, the notice is not sent, and
 * the article is kept beside its copy, as the judge allows for copies in flight at once.
 */
final class RecentArticles {

  private final Map<Integer, String> ids;

  RecentArticles(int capacity) {
    this.ids = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
        return size() > capacity;
      }
    };
  }

  String get(int ref) {
    return ids.get(ref);
  }

  void put(int ref, String articleId) {
    ids.put(ref, articleId);
  }
}
