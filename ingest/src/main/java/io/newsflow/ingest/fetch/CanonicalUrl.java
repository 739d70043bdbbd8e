package io.newsflow.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one spelling of a URL that ids are made of: lower-case scheme and host, no default port,
 * dot segments resolved, an empty path as {@code /}, no fragment, and no tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid}, {@code xtor} and the like), the other
 * parameters kept in their order.
 */
public final class CanonicalUrl {

  private static final Set<String> TRACKING = Set.of(
      "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
      "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "xtor", "xts", "at_medium",
      "at_campaign", "ncid", "cmpid", "ito", "ocid", "spm", "vero_id", "oly_enc_id", "oly_anon_id",
      "rb_clickid", "s_cid", "wt.mc_id", "ref_src", "ref_url");

  private CanonicalUrl() {}

  /** The canonical form of an absolute http(s) URL, or empty when {@code url} is not one. */
  public static Optional<String> of(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.trim().replace(" ", "%20")).normalize();
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(build(uri, scheme));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** {@code href} resolved against {@code base} and made canonical. */
  public static Optional<String> resolve(String base, String href) {
    try {
      return of(new URI(base).resolve(href.trim().replace(" ", "%20")).toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String build(URI uri, String scheme) {
    StringBuilder out = new StringBuilder(scheme).append("://");
    if (uri.getRawUserInfo() != null) {
      out.append(uri.getRawUserInfo()).append('@');
    }
    out.append(uri.getHost().toLowerCase(Locale.ROOT));
    int port = uri.getPort();
    if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
      out.append(':').append(port);
    }
    String path = uri.getRawPath();
    out.append(path == null || path.isEmpty() ? "/" : path);
    String query = query(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  private static String query(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      String name = (pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair).toLowerCase(Locale.ROOT);
      if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
        kept.add(pair);
      }
    }
    return String.join("&", kept);
  }
}
