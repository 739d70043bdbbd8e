package io.newsflow.enrich.clean;

import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;

/**
 * Phrases, written as one Lucene regular expression of alternatives, found in a text where a word
 * starts or anywhere. The expression is compiled to deterministic automata, one of them reading any
 * text before a phrase, so a search costs one step per character however many phrases there are;
 * Java's backtracking alternation tries every phrase at every position, about fifty times slower.
 */
final class Phrases {

  /** Room to determinize "any text, then a phrase" for the longest phrase lists (a few hundred states). */
  private static final int DETERMINIZE_WORK_LIMIT = 1_000_000;

  private final CharacterRunAutomaton phrases;
  /** Reaches an accept state where a phrase ends, wherever it started: one step per character finds a phrase. */
  private final CharacterRunAutomaton phraseEnds;
  private final boolean atWordStartsOnly;

  private Phrases(String regexp, boolean atWordStartsOnly) {
    Automaton automaton = new RegExp(regexp, RegExp.NONE).toAutomaton();
    this.phrases = new CharacterRunAutomaton(automaton);
    this.phraseEnds = new CharacterRunAutomaton(Operations.determinize(
        Operations.concatenate(Automata.makeAnyString(), automaton), DETERMINIZE_WORK_LIMIT));
    this.atWordStartsOnly = atWordStartsOnly;
  }

  /** Phrases that count where a word starts (in running text); {@code regexp} in Lucene syntax
   * without its optional operators ({@code RegExp.NONE}), matching no empty phrase. */
  static Phrases atWordStarts(String regexp) {
    return new Phrases(regexp, true);
  }

  /** Phrases that count anywhere (in class names, "mainsidebar" holds "sidebar"); {@code regexp} as for
   * {@link #atWordStarts}. */
  static Phrases anywhere(String regexp) {
    return new Phrases(regexp, false);
  }

  /** True when one of the phrases is in {@code text}. A phrase found anywhere is rare in running text, so
   * only then are the word starts tried one by one. */
  boolean foundIn(String text) {
    return endsIn(text) && (!atWordStartsOnly || startsAtAWordStart(text));
  }

  private boolean endsIn(String text) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = phraseEnds.step(state, text.charAt(i));
      if (phraseEnds.isAccept(state)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsAtAWordStart(String text) {
    for (int start = 0; start < text.length(); start++) {
      if ((start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) && startsAt(text, start)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsAt(String text, int start) {
    int state = 0;
    for (int i = start; i < text.length() && state >= 0; i++) {
      state = phrases.step(state, text.charAt(i));
      if (state >= 0 && phrases.isAccept(state)) {
        return true;
      }
    }
    return false;
  }
}
