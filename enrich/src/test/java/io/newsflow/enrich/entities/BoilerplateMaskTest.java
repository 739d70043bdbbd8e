package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoilerplateMaskTest {

  @Test
  void blanksCreditsFromTheirLabelToTheEndOfTheLine() {
    assertMasked("Le siège à Paris. Photo : Reuters/Jane Doe", "Le siège à Paris.");
    assertMasked("Crédits photo: Getty Images for Microsoft", "");
    assertMasked(": Note. Photo\u00a0: AFP", ": Note.");
    assertMasked("Illustration — CREDIT : Apple", "Illustration —");
    assertMasked("Texte.\nSource : https://example.com/openai\nSuite.", "Texte.\n\nSuite.");
  }

  @Test
  void keepsColonsThatFollowOtherWords() {
    assertMasked("Le prix : 10 euros pour Microsoft.", "Le prix : 10 euros pour Microsoft.");
    assertMasked("Sources: OpenAI et Microsoft", "Sources: OpenAI et Microsoft");
    assertMasked("Microphoto: un nom", "Microphoto: un nom");
  }

  @Test
  void blanksFromACopyrightSignToTheEndOfTheLine() {
    assertMasked("Un texte. © 2025 Apple Inc.\nSuite.", "Un texte.\nSuite.");
  }

  @Test
  void blanksTheLinkListAfterAReadAlsoPrompt() {
    assertMasked("Texte.\nLire aussi :\n- OpenAI lève des fonds\n  2) Microsoft et Azure\n2025 fut une année pour Apple.",
        "Texte.\n\n\n\n2025 fut une année pour Apple.");
  }

  @Test
  void keepsEveryOffset() {
    String text = "Titre\nPartagez sur Facebook\nTexte sur OpenAI. Photo : AFP";
    assertEquals(text.length(), BoilerplateMask.mask(text).length());
  }

  private static void assertMasked(String text, String kept) {
    assertEquals(kept, BoilerplateMask.mask(text).replaceAll(" +(?=\n|$)", ""), text);
  }
}
