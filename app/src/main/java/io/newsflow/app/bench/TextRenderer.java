package io.newsflow.app.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds a plain-text article the way saved or copied texts look (like the seed corpus): a
 * share line, the title repeated around the lead, "read also" lines between paragraphs, a photo
 * caption, the source and a newsletter line.
 */
final class TextRenderer {

  String render(ArticleText text, Furniture furniture, SplittableRandom random) {
    StringBuilder out = new StringBuilder(4_096);
    List<String> share = furniture.bank().words("share");
    out.append(share.isEmpty() ? "" : share.get(0)).append("\n\n").append(text.title()).append("\n\n");
    List<String> paragraphs = text.paragraphs();
    boolean repeatTitle = random.nextBoolean();
    for (int i = 0; i < paragraphs.size(); i++) {
      out.append(paragraphs.get(i)).append("\n\n");
      if (i == 0 && repeatTitle) {
        out.append(text.title()).append("\n\n");
      }
      if (i == 1 && paragraphs.size() > 3) {
        out.append(furniture.relatedHeading(random)).append(furniture.bank().language().equals("fr") ? " : " : ": ").append(furniture.headlines(1, random).get(0)).append("\n\n");
      }
    }
    if (random.nextBoolean()) {
      out.append(furniture.caption(random)).append("\n\n");
    }
    out.append(furniture.source()).append("\n\n").append(furniture.line("newsletter", 0, random)).append('\n');
    return out.toString();
  }
}
