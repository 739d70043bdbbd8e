package io.newsflow.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A generated news site: where a page lives (its domain) and how its furniture is built
 * (one of a few markup styles, as real sites differ).
 *
 * @param style 0, 1 or 2: semantic HTML5, nested divs, or sections with data attributes
 */
record Site(String domain, String name, String language, int style) {

  static final int STYLES = 3;

  Site {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    if (style < 0 || style >= STYLES) {
      throw new IllegalArgumentException("style must be 0 to " + (STYLES - 1) + ": " + style);
    }
  }

  /** The sites of a bank's {@code [sites]} section, "domain Name" each. */
  static List<Site> of(PhraseBank bank) {
    List<Site> sites = new ArrayList<>();
    for (String entry : bank.words("sites")) {
      int space = entry.indexOf(' ');
      sites.add(new Site(entry.substring(0, space), entry.substring(space + 1), bank.language(), sites.size() % STYLES));
    }
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("the " + bank.language() + " bank names no sites");
    }
    return List.copyOf(sites);
  }

  String feedUrl() {
    return "https://" + domain + "/rss.xml";
  }
}
