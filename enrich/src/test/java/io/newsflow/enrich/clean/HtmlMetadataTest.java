package io.newsflow.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

  @Test
  void stripsSiteNameAfterBarOrDash() {
    assertEquals("Budget vote delayed again",
        PageMetadata.withoutSiteName("Budget vote delayed again | Daily Post", ""));
    assertEquals("Le budget reporté", PageMetadata.withoutSiteName("Le budget reporté - Le Monde", ""));
  }

  @Test
  void stripsNamedSiteBeforeTitle() {
    assertEquals("Budget vote delayed", PageMetadata.withoutSiteName("Daily Post | Budget vote delayed", "Daily Post"));
  }

  @Test
  void keepsTitleWhoseDashIsPartOfIt() {
    assertEquals("Paris - Berlin", PageMetadata.withoutSiteName("Paris - Berlin", ""));
  }

  @Test
  void readsSiteDateDialects() {
    assertEquals(Instant.parse("2024-10-02T06:15:00Z"), DateParser.parse("2024-10-02T08:15:00+02:00"));
    assertEquals(Instant.parse("2024-10-02T06:15:00Z"), DateParser.parse("2024-10-02T08:15:00+0200"));
    assertEquals(Instant.parse("2024-10-02T08:15:00Z"), DateParser.parse("2024-10-02 08:15"));
    assertEquals(Instant.parse("2024-10-02T00:00:00Z"), DateParser.parse("2024-10-02"));
  }

  @Test
  void ignoresTextThatStatesNoDate() {
    assertNull(DateParser.parse("yesterday"));
    assertNull(DateParser.parse("2024-13-45"));
  }
}
