package io.newsflow.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page and text bytes the way browsers do, whatever the page declares: a byte-order
 * mark first, then the transport's charset (HTTP header), then a {@code <meta>} or XML
 * declaration in the first bytes, then strict UTF-8, and windows-1252 when nothing else fits.
 * A declared charset that the bytes contradict (invalid UTF-8 declared as UTF-8) falls back
 * too, so no page is lost to a wrong label.
 */
public final class PageDecoder {

  private static final int PRESCAN_BYTES = 4096;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PageDecoder() {}

  /** Decodes {@code bytes}; {@code transportCharset} is the HTTP header's charset or null. */
  public static String decode(byte[] bytes, String transportCharset) {
    Optional<Charset> bom = byteOrderMark(bytes);
    if (bom.isPresent()) {
      return new String(bytes, bom.get()).substring(1);
    }
    Optional<Charset> declared = charset(transportCharset).or(() -> declaredInDocument(bytes));
    if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
      return new String(bytes, declared.get());
    }
    return strictUtf8(bytes).orElseGet(() -> mostlyUtf8(bytes)
        ? new String(bytes, StandardCharsets.UTF_8)
        : new String(bytes, WINDOWS_1252));
  }

  /** The charset a page declares in its first bytes ({@code <meta>} or XML prolog), if any. */
  public static Optional<Charset> declaredInDocument(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    if (meta.find()) {
      return charset(meta.group(1));
    }
    Matcher xml = XML_ENCODING.matcher(head);
    return xml.find() ? charset(xml.group(1)) : Optional.empty();
  }

  /** A charset by name, with the web's aliases (latin1 and ascii mean windows-1252). */
  public static Optional<Charset> charset(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String label = name.trim().toLowerCase(Locale.ROOT);
    if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii")
        || label.equals("ascii") || label.equals("iso8859-1")) {
      return Optional.of(WINDOWS_1252);
    }
    try {
      return Optional.of(Charset.forName(label));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** The charset a byte-order mark at the start of {@code b} names, if there is one. */
  public static Optional<Charset> byteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  /** True when the bytes hold more well-formed UTF-8 multi-byte sequences than stray high
   * bytes: a UTF-8 page with a few broken bytes, not a legacy-charset page. */
  private static boolean mostlyUtf8(byte[] b) {
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < b.length; i++) {
      int lead = b[i] & 0xFF;
      if (lead < 0x80) {
        continue;
      }
      int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
      if (length > 0 && i + length <= b.length && continuations(b, i + 1, length - 1)) {
        valid++;
        i += length - 1;
      } else {
        invalid++;
      }
    }
    return valid > invalid;
  }

  private static boolean continuations(byte[] b, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The bytes as UTF-8 when they are well-formed UTF-8, else empty. */
  public static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
