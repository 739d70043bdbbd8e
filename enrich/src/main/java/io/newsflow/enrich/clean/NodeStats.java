package io.newsflow.enrich.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link-text length and commas of every element of a tree, measured in one iterative pass, so
 * that density tests cost the same on a deep or huge page as on a small one.
 */
final class NodeStats {

  private final Map<Element, long[]> counts = new IdentityHashMap<>();

  private NodeStats() {}

  /** Measures every element under {@code root}. */
  static NodeStats of(Element root) {
    NodeStats stats = new NodeStats();
    NodeTraversor.traverse(stats.new Counter(), root);
    return stats;
  }

  /** Visible characters (white space runs counted once) under {@code element}. */
  int text(Element element) {
    long[] count = counts.get(element);
    return count == null ? 0 : (int) count[0];
  }

  /** Characters under {@code element} that are link text. */
  int linkText(Element element) {
    long[] count = counts.get(element);
    return count == null ? 0 : (int) count[1];
  }

  /** Commas (Latin, CJK and Arabic) under {@code element}: clauses, a mark of running prose. */
  int commas(Element element) {
    long[] count = counts.get(element);
    return count == null ? 0 : (int) count[2];
  }

  /**
   * Takes {@code element}'s counts off its ancestors, before it is removed from the tree: counts add up, so
   * this measures what is left at the cost of a walk up instead of a walk of the whole tree.
   */
  void subtractFromAncestors(Element element) {
    long[] removed = counts.get(element);
    if (removed == null) {
      return;
    }
    for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
      long[] count = counts.get(ancestor);
      if (count == null) {
        return; // above the measured tree
      }
      count[0] -= removed[0];
      count[1] -= removed[1];
      count[2] -= removed[2];
    }
  }

  /** Share of the text that is link text, 0 for an empty element. */
  double linkDensity(Element element) {
    int text = text(element);
    return text == 0 ? 0 : linkText(element) / (double) text;
  }

  /** Counts text nodes into their parent, then folds each element into its parent on the way up. */
  private final class Counter implements NodeVisitor {
    private int linkDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text && node.parent() instanceof Element parent) {
        count(text.getWholeText(), counts.computeIfAbsent(parent, k -> new long[3]), linkDepth > 0);
      } else if (node instanceof Element element && element.nameIs("a")) {
        linkDepth++;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return;
      }
      if (element.nameIs("a")) {
        linkDepth--;
      }
      long[] own = counts.get(element);
      if (own != null && element.parent() != null) {
        long[] parent = counts.computeIfAbsent(element.parent(), k -> new long[3]);
        parent[0] += own[0];
        parent[1] += own[1];
        parent[2] += own[2];
      }
    }
  }

  /** Adds the visible characters (white space runs counted once) and commas of {@code text} to {@code count}. */
  private static void count(String text, long[] count, boolean link) {
    int length = 0;
    int commas = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean blank = c <= ' ' ? Character.isWhitespace(c)
          : c >= '\u00A0' && (c == '\u00A0' || Character.isWhitespace(c));
      if (!blank || !space) {
        length++;
      }
      space = blank;
      commas += c == ',' || c == '，' || c == '、' || c == '،' ? 1 : 0;
    }
    count[0] += length;
    count[1] += link ? length : 0;
    count[2] += commas;
  }
}
