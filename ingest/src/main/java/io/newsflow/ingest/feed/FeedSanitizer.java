package io.newsflow.ingest.feed;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Repairs the textual breakage that real feeds carry before an XML parser sees them: bytes
 * before the prolog, an external DOCTYPE (kept out: the parser refuses every DOCTYPE, so an
 * internal subset, the vehicle of XXE and billion-laughs, still fails), HTML entities that
 * XML does not declare, bare ampersands and control characters XML forbids. CDATA sections
 * and comments are copied as they are.
 */
final class FeedSanitizer {

  private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
  private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile("<!DOCTYPE[^\\[>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
  private static final Pattern FORBIDDEN_CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private FeedSanitizer() {}

  static String sanitize(String text) {
    String xml = FORBIDDEN_CONTROLS.matcher(startOfXml(text)).replaceAll("");
    xml = EXTERNAL_DOCTYPE.matcher(xml).replaceFirst("");
    return fixAmpersands(xml);
  }

  /** Drops anything before the prolog, or before the first tag when there is no prolog. */
  private static String startOfXml(String text) {
    int prolog = text.indexOf("<?xml");
    if (prolog >= 0 && prolog < 4096) {
      return text.substring(prolog);
    }
    int tag = text.indexOf('<');
    return tag > 0 ? text.substring(tag) : text;
  }

  private static String fixAmpersands(String xml) {
    StringBuilder out = new StringBuilder(xml.length() + 64);
    int i = 0;
    while (i < xml.length()) {
      int verbatimEnd = verbatimEnd(xml, i);
      if (verbatimEnd > i) {
        out.append(xml, i, verbatimEnd);
        i = verbatimEnd;
      } else if (xml.charAt(i) == '&') {
        i = appendAmpersand(xml, i, out);
      } else {
        out.append(xml.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Where a CDATA section or comment starting at {@code i} ends, or {@code i}. */
  private static int verbatimEnd(String xml, int i) {
    if (xml.startsWith("<![CDATA[", i)) {
      return endOf(xml, "]]>", i);
    }
    if (xml.startsWith("<!--", i)) {
      return endOf(xml, "-->", i);
    }
    return i;
  }

  private static int endOf(String xml, String terminator, int from) {
    int end = xml.indexOf(terminator, from);
    return end < 0 ? xml.length() : end + terminator.length();
  }

  private static int appendAmpersand(String xml, int i, StringBuilder out) {
    Matcher m = ENTITY.matcher(xml).region(i, Math.min(xml.length(), i + 40));
    if (!m.lookingAt()) {
      out.append("&amp;");
      return i + 1;
    }
    String name = m.group(1);
    if (name.startsWith("#") || XML_ENTITIES.contains(name)) {
      out.append(m.group());
    } else {
      out.append(numericReference(name));
    }
    return m.end();
  }

  /** An HTML entity as character references; an unknown name is kept as text. */
  private static String numericReference(String name) {
    String chars = Entities.isNamedEntity(name) ? Entities.getByName(name) : "";
    if (chars.isEmpty()) {
      return "&amp;" + name + ";";
    }
    StringBuilder refs = new StringBuilder();
    chars.codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
    return refs.toString();
  }
}
