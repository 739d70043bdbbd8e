package io.newsflow.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.core.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private final ArticleCleaner cleaner = new ArticleCleaner();

  @Test
  void keepsFrenchArticleWithoutReadAlsoNewsletterConsentOrRelatedLinks() {
    CleanText clean = cleaner.clean(page("html-fr-lire-aussi.html"));

    assertEquals(String.join("\n",
        "Les deux partenaires renégocient les termes de leur alliance, scellée en 2019, alors que la start-up "
            + "cherche à lever de nouveaux fonds.",
        "Selon plusieurs sources proches du dossier, Microsoft et OpenAI discutent depuis plusieurs semaines "
            + "d’une refonte de leur accord, qui lie les deux entreprises depuis cinq ans.",
        "Le géant de Redmond a investi près de 13 milliards de dollars dans la société dirigée par Sam Altman, "
            + "en échange d’une part des bénéfices futurs et d’un accès privilégié à ses modèles.",
        "Une question de gouvernance",
        "Au cœur des discussions figure la transformation d’OpenAI en entreprise à but lucratif, une étape que "
            + "Microsoft doit approuver, d’après les statuts actuels.",
        "la part de Microsoft dans la future structure ;",
        "la durée de l’exclusivité accordée à Azure.",
        "Aucune des deux entreprises n’a souhaité commenter ces informations."), clean.text());
  }

  @Test
  void readsFrenchMetadataFromJsonLdAndMarkup() {
    CleanText clean = cleaner.clean(page("html-fr-lire-aussi.html"));

    assertEquals("Microsoft et OpenAI revoient leur accord", clean.title());
    assertEquals(Instant.parse("2024-10-02T06:15:00Z"), clean.publishedAt());
    assertEquals("Claire Dubois", clean.author());
    assertEquals("fr", clean.languageHint());
    assertNull(clean.sourceLink());
  }

  @Test
  void keepsEnglishStoryWithoutRelatedLinksCommentsShareBarOrSidebar() {
    CleanText clean = cleaner.clean(page("html-en-related-comments.html"));

    assertEquals(String.join("\n",
        "The Riverside city council voted 7 to 2 on Tuesday night to build protected bike lanes along Main "
            + "Street, ending a debate that had lasted more than two years.",
        "Supporters, who filled the chamber, said the lanes would make cycling safer for children and "
            + "commuters, while several shop owners warned that losing parking spaces could hurt business.",
        "Construction is expected to begin in the autumn and to take about six months, according to the "
            + "city's transport department.",
        "“This is a good day for everyone who wants to get around town without a car,” said council member "
            + "Ana Lopez, who proposed the plan."), clean.text());
  }

  @Test
  void readsEnglishMetadataFromArticleMeta() {
    CleanText clean = cleaner.clean(page("html-en-related-comments.html"));

    assertEquals("City council approves new bike lanes", clean.title());
    assertEquals(Instant.parse("2023-05-14T17:30:00Z"), clean.publishedAt());
    assertEquals("Tom Harris", clean.author());
    assertEquals("en", clean.languageHint());
  }

  @Test
  void keepsBlogPostWhoseClassesNameItsTopicsWithoutCreditLinkListOrCommentForm() {
    CleanText clean = cleaner.clean(page("html-fr-blog-wordpress.html"));

    assertEquals(String.join("\n",
        "Livreurs, artisans et familles : le vélo cargo s’impose peu à peu dans les rues de Lyon, de Nantes "
            + "et de Strasbourg, où les ventes ont doublé en deux ans.",
        "Les collectivités accompagnent le mouvement avec des aides à l’achat, qui peuvent atteindre 1 000 "
            + "euros selon les revenus du foyer.",
        "Reste la question du stationnement, que peu de villes ont encore résolue."), clean.text());
    assertEquals("Le vélo cargo gagne les centres-villes", clean.title());
    assertEquals(Instant.parse("2023-03-08T09:00:00Z"), clean.publishedAt());
    assertEquals("Julie Martin", clean.author());
  }

  @Test
  void extractsTextBelowTenThousandNestedBlocks() {
    String paragraph = "<p>A paragraph buried under many wrappers still reads as the article, "
        + "with commas, clauses, and enough words to count as text.</p>";
    String html = "<html><body>" + "<div>".repeat(10_000) + paragraph.repeat(3) + "</div>".repeat(10_000)
        + "</body></html>";

    assertEquals(String.join("\n", Collections.nCopies(3, "A paragraph buried under many wrappers "
        + "still reads as the article, with commas, clauses, and enough words to count as text.")), extract(html));
  }

  @Test
  void keepsArticleThatThePageServesInNoscriptAndDropsAHugeArchiveSidebar() {
    String paragraph = "<p>Blog engines that render with scripts still serve the post inside noscript, "
        + "so that readers without scripts, and crawlers, can read it in full.</p>";
    String archive = "<li><a href=\"/2019/01\">January 2019 (12 posts about security)</a></li>".repeat(60);
    String html = "<html><body><div class=\"main\"><noscript>" + paragraph.repeat(4) + "</noscript></div>"
        + "<aside><ul>" + archive + "</ul></aside></body></html>";

    String expected = "Blog engines that render with scripts still serve the post inside noscript, so that "
        + "readers without scripts, and crawlers, can read it in full.";
    assertEquals(String.join("\n", Collections.nCopies(4, expected)), extract(html));
  }

  @Test
  void usesJsonLdBodyWhenMarkupHoldsOnlyATeaser() {
    String body = "The full story is only in the structured data. ".repeat(12).strip();
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Teaser\",\"articleBody\":\"" + body + "\"}</script></head>"
        + "<body><h1>Teaser</h1><p>Subscribe to read the rest of this story.</p></body></html>";

    assertEquals(body, extract(html));
  }

  @Test
  void readsBrokenMarkupAsABrowserDoes() {
    String html = "<p>A paragraph with an unclosed <b>bold run and a stray </i> end tag."
        + "<p>A second paragraph <<>> right after.</div><div";

    assertEquals("A paragraph with an unclosed bold run and a stray end tag.\n"
        + "A second paragraph <<>> right after.", extract(html));
  }

  @Test
  void dropsACaptionNamedAsTheElementOfABemBlockAndACreditInParentheses() {
    String paragraph = "The council met on Tuesday to vote on the new budget for the city. ".repeat(4).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = "<html><body><div class=\"mainContent\"><h1>Budget vote</h1>"
        + "<div class=\"mainContent__legend\">The council chamber on Tuesday | CITY NEWS</div>" + story
        + "<p><img src=\"chart.png\" alt=\"chart\"><br><em>(Credit: Jane Doe / City News)</em></p>" + story
        + "</div></body></html>";

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void endsTheArticleAtACommentsHeadingWhateverTheMarkupAroundIt() {
    String paragraph = "The ministry confirmed the new vaccination schedule for the region on Monday. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = "<html><body><div class=\"entry\">" + story + story
        + "<h3>3 Comments</h3><p>I think this is a terrible idea and the ministry should resign, honestly.</p>"
        + "<p>© 2022 Example News. Written permission must be obtained before any reprint of this article.</p>"
        + "</div></body></html>";

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void keepsTheArticleRatherThanALongerForumOfReaderMessages() {
    String paragraph = "The writer, blacklisted for years, has seen the president fall for corruption. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String message = "<li class=\"forum-fil\"><div class=\"forum-message\"><p>"
        + "I disagree with this reading of the events, and the paper should have said so much earlier. ".repeat(3).strip()
        + "</p></div></li>";
    String html = "<html><body><div class=\"contenu\"><h1>Turpitude</h1>" + story + story + "</div>"
        + "<div class=\"divforum\"><ul class=\"forum\">" + message.repeat(5) + "</ul></div></body></html>";

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void dropsFeedbackRatingChannelPromptsAndLabelledLinksInsideTheBody() {
    String paragraph = "El tribunal fijó para marzo el inicio del juicio contra el exministro. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = articlePage(story + "<p>Valora esta noticia</p>" + story
        + "<p>¡Mira lo que tiene nuestro canal de YouTube!</p><p>We want to hear what you think about this article.</p>"
        + "<p>Permalink https://p.example.com/p/RPYx</p><p>Hazte socio por 5 euros al mes. Cancela cuando quieras.</p>"
       );

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void keepsLiveCommentaryWhoseClassesSayComment() {
    String[] moments = {"Les deux équipes se cherchent en ce début de match, sans se créer d'occasion.",
        "Belle opportunité pour Cornet sur coup franc, mais le gardien repousse parfaitement.",
        "C'était le premier tir cadré de la partie, et Lorient commence à pousser.",
        "Le coup de pied de coin ne donne rien, la défense lyonnaise se dégage sans difficulté."};
    StringBuilder html = new StringBuilder("<html><body><h1>Lorient - Lyon en direct</h1><div class=\"live-match-comments\">");
    for (String moment : moments) {
      html.append("<div class=\"live-match-comment\"><div class=\"live-match-comment-body\">").append(moment)
          .append("</div><div class=\"live-match-comment-time\"><span>7'</span></div></div>");
    }
    html.append("</div><div class=\"comments\"><p>Quel match nul, je zappe sur une autre chaîne ce soir.</p></div></body></html>");

    assertEquals(String.join("\n", moments), extract(html.toString()));
  }

  @Test
  void dropsAnAffiliateDisclosureLongerThanACallToAction() {
    String paragraph = "The airline's new card offers a bonus of 70,000 miles after the first purchase. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String disclosure = "<p>This post contains references to products from one or more of our advertisers. We may "
        + "receive compensation when you click on links to those products. Terms apply to the offers listed on this "
        + "page. For an explanation of our advertising policy, visit this page.</p>";
    String html = articlePage(disclosure + story + story);

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void dropsAPolishPrintLabelAgencySignOffAndCopyrightNotice() {
    String paragraph = "Parlament Europejski zgodził się w środę na umowę handlową między Unią a Londynem. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = articlePage("<p>Drukuj</p>" + story + story
        + "<p>aja/PAP</p><p>Materiał chroniony prawem autorskim.</p>");

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void dropsServerErrorsAndDisclaimersThePagePrinted() {
    String paragraph = "The prime minister announced new support for farmers hit by the drought this year. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = articlePage(
        "<p>Warning: Creating default object from empty value in /www/htdocs/wp-includes/classes.php on line 407</p>"
        + story + story + "<p>Example News is not responsible for the opinions, statements or media content "
        + "presented by contributors.</p>");

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void dropsAuthorBoxesBreadcrumbsAndTheNextPostTeaser() {
    String paragraph = "The harbour authority will dredge the old channel next spring to let larger ferries dock. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = "<html><body><div class=\"entry-crumbs\"><span>Harbour works begin next spring</span></div>"
        + "<article><h1>Harbour works begin next spring</h1><p class=\"card__author\">Peter Novak</p>" + story + story
        + "<div class=\"m-author\"><div class=\"m-author__description\"><p>Peter Novak covers the port, its unions "
        + "and its ferries, and he has written for the paper since 2009.</p></div></div></article>"
        + "<div class=\"nextstory\"><h2>Ferry strike called off</h2><p>The union and the operator reached an agreement "
        + "late on Sunday, after three days of talks in the city hall.</p></div></body></html>";

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void dropsCallsToDonateAndToWriteInInsideTheBody() {
    String paragraph = "Rada miasta przyjęła w czwartek nowy plan zagospodarowania terenów nad rzeką. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = articlePage(story
        + "<p>Tworzymy ten portal dzięki czytelnikom. Wesprzyj nas darowizną.</p>" + story
        + "<p><em>Submit your letter to the editor through our website.</em></p>");

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void dropsAReadAlsoHeadingButKeepsTheStandfirstAboveItAndSectionHeadings() {
    String paragraph = "La policía detuvo el martes a dos hombres que transportaban motores robados en un camión. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = articlePage("<h2>Los agentes encontraron los motores durante un control de rutina.</h2>"
        + "<h3>Lee también: <a href=\"/otra\">Capturan a una banda de ladrones de motos</a></h3>" + story
        + "<h2>Más sobre la investigación</h2>" + story);

    assertEquals(String.join("\n", "Los agentes encontraron los motores durante un control de rutina.", paragraph,
        "Más sobre la investigación", paragraph), extract(html));
  }

  @Test
  void keepsTheLeadThatThePageHeaderHoldsAboveTheStoryBody() {
    String paragraph = "The regional rail operator will add twelve trains a day between the two cities from June. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String lead = "Commuters have waited a decade for the extra services, which the operator says will halve waiting times.";
    String html = "<html><body><div class=\"story-header\"><h1>More trains from June</h1>"
        + "<p class=\"story-header__dek\">" + lead + "</p><p class=\"story-header__byline\">By Anna Berg</p></div>"
        + "<div class=\"story-body\">" + story + story + "</div></body></html>";

    assertEquals(String.join("\n", lead, paragraph, paragraph), extract(html));
  }

  @Test
  void keepsASentenceThatEndsInALinkAndDropsALabelledLinkHeading() {
    String paragraph = "El ministerio nombró el lunes a una nueva portavoz para las relaciones con la prensa. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String linked = "Ocupa desde hoy el puesto de Ana Ruiz, quien durante los últimos ocho meses compaginó esa tarea con el marketing.";
    String html = articlePage(story
        + "<p>Ocupa desde hoy el puesto de Ana Ruiz, <a href=\"/ruiz\">quien durante los últimos ocho meses compaginó esa tarea "
        + "con el marketing.</a></p><h3>Vea también: <a href=\"/otra\">Cambios en la dirección de la empresa</a></h3>"
        + story);

    assertEquals(String.join("\n", paragraph, linked, paragraph), extract(html));
  }

  @Test
  void keepsAFigureCaptionThatTellsPartOfTheStoryAndDropsAShortOne() {
    String paragraph = "Retail sales in the region rose by four percent in the last quarter of the year. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String caption = "Shoppers crowd a mall on the last weekend before the holidays. The region ranks second in the "
        + "country for new businesses, according to a report by a consumer finance website.";
    String html = articlePage("<figure><img src=\"mall.jpg\" alt=\"\"><figcaption>" + caption
        + "</figcaption></figure>" + story + "<figure><img src=\"shop.jpg\" alt=\"\"><figcaption>A shop window. "
        + "Photo by Lee Chan</figcaption></figure>" + story);

    assertEquals(String.join("\n", caption, paragraph, paragraph), extract(html));
  }

  @Test
  void dropsAPublicationDateAloneInItsLineButKeepsADateInASentence() {
    String paragraph = "Winnice na południu kraju zebrały w tym roku rekordowe plony, mimo suchego lata. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String dated = "Zbiory zakończono 30 września 2021 w całym regionie.";
    String html = articlePage("<header><h1>Rekordowe winobranie</h1>"
        + "<p><time datetime=\"2021-10-16\">16 października 2021</time></p></header>" + story
        + "<p>Zbiory zakończono <time datetime=\"2021-09-30\">30 września 2021</time> w całym regionie.</p>" + story
       );

    assertEquals(String.join("\n", paragraph, dated, paragraph), extract(html));
  }

  @Test
  void dropsABylineThatEndsInItsReadingTime() {
    String paragraph = "Night trains are coming back across the continent as travellers look for greener routes. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = articlePage("<p>By Lena Fischer · March 3, 2022 · 6 min read</p>" + story + story
       );

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void dropsPostMetadataLinesButKeepsASentenceThatStartsWithTheSameWord() {
    String paragraph = "The port authority opened a second ferry terminal on the island's northern coast. ".repeat(3).strip();
    String category = "Category: the new terminal is the largest the island has built in forty years, officials said.";
    String story = "<p>" + paragraph + "</p>";
    String html = articlePage("<p>News date : 04/21/2022 Category : Press Releases</p><p>Release Date:</p>" + story
        + "<p>" + category + "</p>" + story + "<p>Tags: ferries, ports, islands</p>");

    assertEquals(String.join("\n", paragraph, category, paragraph), extract(html));
  }

  @Test
  void dropsAnAgencySignOffInCapitalsButKeepsAShortLineInWords() {
    String paragraph = "Fundacja zaapelowała w poniedziałek o spokój i poszanowanie wolności słowa w mediach. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = articlePage(story + "<h2>Apel fundacji</h2>" + story
        + "<p style=\"text-align: right;\"><strong>KAI</strong></p>");

    assertEquals(String.join("\n", paragraph, "Apel fundacji", paragraph), extract(html));
  }

  @Test
  void dropsRelatedStoryCardsThatMarkTheirExcerptsAsArticleBody() {
    String paragraph = "The compiler team released a new version with faster builds and clearer error messages. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String card = "<div class=\"card\"><h3>Why developers love their tools</h3><div itemprop=\"articleBody\">Two veteran "
        + "programmers discuss how the culture of coding has changed over four decades, and where it goes next.</div></div>";
    String html = articlePage("<div itemprop=\"articleBody\">" + story + story + story + "</div>"
        + "<div class=\"columns related-articles\">" + card + "</div>");

    assertEquals(String.join("\n", paragraph, paragraph, paragraph), extract(html));
  }

  @Test
  void dropsAFrenchLearnMoreBoxNamedEnSavoirPlus() {
    String paragraph = "L’université a présenté jeudi son nouveau programme de recherche sur le climat et l’océan. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = articlePage(story + story + "<div class=\"bloc-en-savoir-plus\">"
        + "<p>Les partenaires du programme : trois écoles d’ingénieurs, deux observatoires et un institut.</p></div>"
       );

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void dropsAShortCalloutBoxInsetInTheArticle() {
    String paragraph = "The space agency confirmed that the lander touched down safely near the crater on Friday. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = articlePage(story + "<div class=\"callout callout--inset\"><div>Space exploration</div>"
        + "<div>All our coverage of rockets, rovers and the race back to the Moon</div></div>" + story
       );

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void dropsAShortCaptionThatEndsInAPhotoCredit() {
    String paragraph = "El ministerio anunció que el año escolar empezará el primer lunes de marzo en todo el país. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String html = articlePage("<div class=\"imagen\"><img src=\"aula.jpg\" alt=\"\">"
        + "<span>Los alumnos volverán a las aulas tras las vacaciones. Foto: Agencia Sur</span></div>" + story + story
       );

    assertEquals(paragraph + "\n" + paragraph, extract(html));
  }

  @Test
  void keepsTheLeadOfAnArticleHeaderOutsideTheArticleElementButDropsTheSiteHeader() {
    String paragraph = "The new bridge over the river will open to traffic in May, two years later than planned. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String lead = "Engineers say the delay came from flooding that stopped work on the foundations for most of a winter.";
    String html = "<html><body><header class=\"site\"><div>Daily Courier, your city every morning since 1901</div></header>"
        + "<section><header class=\"article-header\"><h1>Bridge opens in May</h1>"
        + "<h2 class=\"article-subheadline\">" + lead + "</h2></header>"
        + "<div class=\"article-body\">" + story + story + "</div></section></body></html>";

    assertEquals(String.join("\n", lead, paragraph, paragraph), extract(html));
  }

  @Test
  void keepsTheUnnamedParagraphOfTheArticleHeaderAsTheLead() {
    String paragraph = "Drive makers plan to double the capacity of hard disks within the next three years. ".repeat(3).strip();
    String story = "<p>" + paragraph + "</p>";
    String lead = "Disks of forty terabytes are about to ship, and the makers say the path to twice that looks clear.";
    String html = "<html><body><main><header><h1>Bigger disks ahead</h1><p class=\"text-lg mb-4\">" + lead + "</p></header>"
        + "<div class=\"post-content\">" + story + story + "</div></main></body></html>";

    assertEquals(String.join("\n", lead, paragraph, paragraph), extract(html));
  }

  /** A page whose body is an article element holding {@code blocks}. */
  private static String articlePage(String blocks) {
    return "<html><body><article>" + blocks + "</article></body></html>";
  }

  /** The clean text of a page written in the test. */
  private String extract(String html) {
    return cleaner.clean(RawDocument.of("page", "file:page", RawDocument.HTML, html)).text();
  }

  private static RawDocument page(String name) {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/clean/" + name)) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return RawDocument.of(name, "file:" + name, RawDocument.HTML, html);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
