package io.newsflow.ingest.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemDocumentsTest {

  private static final String ARTICLE = "<article><h1>Le port bat son record</h1><p>Trois millions de conteneurs.</p></article>";
  private static final String JSON_LD = "<script type=\"application/ld+json\">{\"articleBody\":\"Trois millions\"}</script>";

  @Test
  void forwardsAPageOfUsualSizeAsItIs() {
    String page = "<html><body>" + ARTICLE + "<script>var a = 1;</script></body></html>";
    assertEquals(Optional.of(page), ItemDocuments.forwardable(page, true));
  }

  @Test
  void dropsTheScriptsAndStylesOfAHugePageButKeepsItsTextAndJsonLd() {
    String bundle = "window.__STATE__ = \"" + "x".repeat(ItemDocuments.MAX_PAGE_CHARS) + "\";";
    String page = "<html><head>" + JSON_LD + "<style>p { color: red }</style></head><body>" + ARTICLE
        + "<script>" + bundle + "</script></body></html>";
    String slim = ItemDocuments.forwardable(page, true).orElseThrow();
    assertTrue(slim.contains("Trois millions de conteneurs.") && slim.contains("articleBody"), slim);
    assertFalse(slim.contains("__STATE__") || slim.contains("color: red"), slim);
  }

  @Test
  void leavesOutAPageTooLargeEvenWithoutScripts() {
    String page = "<html><body>" + "<p>Un paragraphe de plus.</p>".repeat(ItemDocuments.MAX_PAGE_CHARS / 20) + "</body></html>";
    assertEquals(Optional.empty(), ItemDocuments.forwardable(page, true));
    assertEquals(Optional.empty(), ItemDocuments.forwardable("x".repeat(ItemDocuments.MAX_PAGE_CHARS + 1), false));
  }
}
