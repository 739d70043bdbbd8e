package io.newsflow.ingest.feed;

import io.newsflow.core.text.PageDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes feed bytes to text the way RFC 3023 intends and the web needs: a byte-order mark
 * wins; then bytes that are valid UTF-8 are read as UTF-8 whatever the labels say (servers
 * label UTF-8 feeds {@code ISO-8859-1} all the time, and legacy text is almost never valid
 * UTF-8); otherwise the HTTP header's charset, then the XML prolog's, then windows-1252.
 */
final class FeedDecoder {

  private static final Pattern PROLOG_ENCODING = Pattern.compile(
      "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern CHARSET_PARAM = Pattern.compile(
      "charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private FeedDecoder() {}

  /** The text of {@code bytes}; {@code contentType} is the HTTP header's value or null. */
  static String decode(byte[] bytes, String contentType) {
    Optional<Charset> bom = PageDecoder.byteOrderMark(bytes);
    if (bom.isPresent()) {
      return stripBom(new String(bytes, bom.get()));
    }
    Optional<Charset> header = charsetOf(contentType);
    Optional<Charset> prolog = prologEncoding(bytes);
    Optional<Charset> wide = header.or(() -> prolog).filter(FeedDecoder::isWide);
    if (wide.isPresent()) {
      return stripBom(new String(bytes, wide.get()));
    }
    Optional<String> utf8 = PageDecoder.strictUtf8(bytes);
    if (utf8.isPresent()) {
      return stripBom(utf8.get());
    }
    Charset fallback = header.filter(c -> !c.equals(StandardCharsets.UTF_8))
        .or(() -> prolog.filter(c -> !c.equals(StandardCharsets.UTF_8)))
        .orElse(WINDOWS_1252);
    return new String(bytes, fallback);
  }

  /** The charset parameter of a Content-Type header, with the web's aliases. */
  static Optional<Charset> charsetOf(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = CHARSET_PARAM.matcher(contentType);
    return m.find() ? PageDecoder.charset(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> prologEncoding(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
    Matcher m = PROLOG_ENCODING.matcher(head);
    return m.find() ? PageDecoder.charset(m.group(1)) : Optional.empty();
  }

  /** Charsets whose ASCII is not single bytes: the bytes cannot be valid UTF-8 by chance. */
  private static boolean isWide(Charset charset) {
    String name = charset.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

}
