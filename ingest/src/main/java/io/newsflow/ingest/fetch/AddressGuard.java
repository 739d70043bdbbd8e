package io.newsflow.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps requests on the public internet (SSRF): only http and https, and no host that resolves
 * to a loopback, private, link-local, unique-local, shared, multicast or unspecified address,
 * in any IPv4 or IPv6 form (mapped, compatible, NAT64, 6to4). Checked on every redirect hop,
 * after DNS resolution.
 */
final class AddressGuard {

  private final boolean allowPrivateNetworks;

  AddressGuard(boolean allowPrivateNetworks) {
    this.allowPrivateNetworks = allowPrivateNetworks;
  }

  /** Why {@code uri} must not be requested, or empty when it may be. */
  Optional<String> refuse(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("unsupported scheme '" + scheme + "' (only http and https)");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.of("no host in " + uri);
    }
    return allowPrivateNetworks ? Optional.empty() : refuseHost(host);
  }

  private static Optional<String> refuseHost(String host) {
    try {
      for (InetAddress address : InetAddress.getAllByName(stripBrackets(host))) {
        if (isInternal(address)) {
          return Optional.of("blocked: " + host + " is a private or local address ("
              + address.getHostAddress() + ")");
        }
      }
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.of("unknown host " + host);
    }
  }

  static boolean isInternal(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isInternalV4(b);
    }
    return address instanceof Inet6Address && isInternalV6(b);
  }

  private static boolean isInternalV4(byte[] b) {
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    return first == 0 || first == 10 || first == 127 || first >= 224
        || (first == 100 && second >= 64 && second < 128)
        || (first == 169 && second == 254)
        || (first == 172 && second >= 16 && second < 32)
        || (first == 192 && second == 168)
        || (first == 192 && second == 0 && (b[2] & 0xFF) == 0)
        || (first == 198 && (second == 18 || second == 19));
  }

  private static boolean isInternalV6(byte[] b) {
    if ((b[0] & 0xFE) == 0xFC) {
      return true;
    }
    if (allZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
      return isInternalV4(tail(b, 12));
    }
    if (allZero(b, 0, 12)) {
      return isInternalV4(tail(b, 12));
    }
    if ((b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
      return isInternalV4(tail(b, 12));
    }
    if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
      return isInternalV4(new byte[] {b[2], b[3], b[4], b[5]});
    }
    return false;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] tail(byte[] b, int from) {
    return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
