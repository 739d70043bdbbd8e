package io.newsflow.enrich.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The function-word vote that decides the obvious cases before Lingua, on texts written for newsflow. */
class FunctionWordsTest {

  private static final FunctionWords DEFAULT = new FunctionWords(List.of(LanguageDetector.DEFAULT_LANGUAGES));

  @Test
  void decidesEveryLongSampleAsLabelled() throws IOException {
    List<String[]> longSamples = LanguageDetectorTest.samples().stream()
        .filter(fields -> fields[1].length() > 100)
        .toList();
    assertEquals(4, longSamples.size());
    for (String[] sample : longSamples) {
      String code = DEFAULT.decide(sample[1]).getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
      assertEquals(sample[0], code, sample[1]);
    }
  }

  @Test
  void leavesAShortSentenceToLingua() {
    assertNull(DEFAULT.decide("Le gouvernement prépare une réforme."));
  }

  @Test
  void readsEnglishThatNamesFrenchInstitutionsAsEnglish() {
    assertEquals(Language.ENGLISH, DEFAULT.decide("Cracks appear in the Autorité de sûreté nucléaire alliance. The"
        + " regulator will invest $22.5 billion in Le Monde diplomatique, and what happens next depends on the"
        + " results of the review that was announced on Monday."));
  }

  @Test
  void abstainsOnALanguageItDoesNotDetect() {
    assertNull(DEFAULT.decide("Rząd przygotowuje reformę systemu emerytalnego, która ma wejść w życie w przyszłym"
        + " roku. Według ministra finansów zmiany są konieczne, aby utrzymać stabilność budżetu. Opozycja krytykuje"
        + " projekt i zapowiada protesty w wielu miastach."));
  }

  @Test
  void abstainsWhenTwoLanguagesShareTheText() {
    assertNull(DEFAULT.decide("The company said that it was ready for the talks with the unions. Les syndicats"
        + " ont répondu que cette offre était insuffisante et ils sont prêts à une grève dans les usines."));
  }

  @Test
  void ignoresTheFunctionWordsOfLanguagesNotDetected() {
    FunctionWords englishAndFrench = new FunctionWords(List.of(Language.ENGLISH, Language.FRENCH));
    String german = "Die Verhandlungen zwischen den beiden Unternehmen waren schwierig, und der Vorstand hat sich"
        + " nicht mit dem Betriebsrat auf eine Lösung geeinigt, die auch für die Aktionäre gut ist.";
    assertEquals(Language.GERMAN, DEFAULT.decide(german));
    assertNull(englishAndFrench.decide(german));
  }
}
