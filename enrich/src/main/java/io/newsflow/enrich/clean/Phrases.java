package io.newsflow.enrich.clean;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.RegExp;

/**
 * Phrases, written as one Lucene regular expression of alternatives, found in a text where a word
 * starts or anywhere. The expression is compiled to a deterministic automaton, so a search costs
 * a step or two per position however many phrases there are; Java's backtracking alternation
 * tries every phrase at every position, about fifty times slower.
 */
final class Phrases {

  private final CharacterRunAutomaton automaton;
  private final boolean atWordStartsOnly;

  private Phrases(String regexp, boolean atWordStartsOnly) {
    this.automaton = new CharacterRunAutomaton(new RegExp(regexp, RegExp.NONE).toAutomaton());
    this.atWordStartsOnly = atWordStartsOnly;
  }

  /** Phrases that count where a word starts (in running text); {@code regexp} in Lucene syntax
   * without its optional operators ({@code RegExp.NONE}). */
  static Phrases atWordStarts(String regexp) {
    return new Phrases(regexp, true);
  }

  /** Phrases that count anywhere (in class names, "mainsidebar" holds "sidebar"). */
  static Phrases anywhere(String regexp) {
    return new Phrases(regexp, false);
  }

  /** True when one of the phrases is in {@code text}. */
  boolean foundIn(String text) {
    for (int start = 0; start < text.length(); start++) {
      if ((!atWordStartsOnly || start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
          && startsAt(text, start)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsAt(String text, int start) {
    int state = 0;
    for (int i = start; i < text.length() && state >= 0; i++) {
      state = automaton.step(state, text.charAt(i));
      if (state >= 0 && automaton.isAccept(state)) {
        return true;
      }
    }
    return false;
  }
}
