package io.newsflow.enrich.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Language detection on short and long samples written for newsflow. */
class LanguageDetectorTest {

  private static LanguageDetector detector;

  @BeforeAll
  static void build() {
    detector = new LanguageDetector();
  }

  /** The project's language samples: each an expected ISO 639-1 code and a text. */
  static List<String[]> samples() throws IOException {
    try (InputStream in = LanguageDetectorTest.class.getClassLoader().getResourceAsStream("language/samples.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(line -> line.split("\t"))
          .toList();
    }
  }

  @Test
  void detectsEverySampleLanguage() throws IOException {
    for (String[] fields : samples()) {
      assertEquals(fields[0], detector.detect(fields[1], null), fields[1]);
    }
  }

  @Test
  void fallsBackToTheHintOnTooShortText() {
    assertEquals("fr", detector.detect("OK !", "fr"));
    assertEquals(LanguageDetector.UNDETERMINED, detector.detect("12 34", null));
  }

  @Test
  void detectsTheSeedLanguageDespiteEnglishNames() {
    assertEquals("fr", detector.detect("OpenAI et Microsoft sont en pleine renégociation de leur partenariat, selon le Financial Times.", "en"));
  }
}
