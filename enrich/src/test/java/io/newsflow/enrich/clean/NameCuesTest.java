package io.newsflow.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NameCuesTest {

  private final NameCues cues = new NameCues();

  @Test
  void furnitureNamesAreNegativeEvenWhenTheyMentionTheArticle() {
    assertTrue(cues.negative(block("<div class='share-bar'>")));
    assertTrue(cues.negative(block("<div class='related-articles'>")));
    assertFalse(cues.negative(block("<div class='entry-content'>")));
  }

  @Test
  void namesSpeakingForBothOrWeaklyForFurnitureAreMixed() {
    Element sidebarPost = block("<div class='sidebar-post-content'>");
    assertTrue(cues.mixed(sidebarPost));
    assertFalse(cues.negative(sidebarPost));
    assertTrue(cues.mixed(block("<div class='widget'>")));
    assertFalse(cues.mixed(block("<div class='share-bar'>")));
  }

  @Test
  void aLeadIsNamedAsOneAndDescriptiveClassesDoNotSpeakForTheBlock() {
    assertTrue(cues.lead(block("<p class='article-lead'>")));
    assertTrue(cues.positive(block("<div class='category-social entry-content'>")));
    assertFalse(cues.negative(block("<div class='category-social entry-content'>")));
  }

  @Test
  void blocksWithTheSameClassesAreToldApartByTheirIds() {
    assertTrue(cues.negative(block("<div class='box' id='comments'>")));
    assertFalse(cues.negative(block("<div class='box' id='story'>")));
    assertTrue(cues.negative(block("<div class='box' id='comments'>")));
  }

  private static Element block(String openingTag) {
    return Jsoup.parseBodyFragment(openingTag + "text</div>").body().child(0);
  }
}
