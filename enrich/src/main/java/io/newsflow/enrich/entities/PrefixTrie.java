package io.newsflow.enrich.entities;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * The library's double-array trie read from one position of a text: the keys that start there.
 * Names only count on token boundaries, so walking the trie from each token start finds every
 * match a whole-text Aho-Corasick scan would keep, without following failure links through
 * the middles of words; a walk stops at the first character no key continues with.
 */
public final class PrefixTrie<V> extends AhoCorasickDoubleArrayTrie<V> {

  private static final long serialVersionUID = 1L;

  /** Reports each key that starts a token of {@code text}. */
  public void keysAtTokenStarts(FoldedText text, IHit<V> hit) {
    text.forEachTokenStart(start -> keysFrom(text, start, hit));
  }

  /** Reports each key that {@code text} has at {@code start}, shortest first. */
  public void keysFrom(CharSequence text, int start, IHit<V> hit) {
    int state = 0;
    for (int i = start; i < text.length(); i++) {
      int next = base[state] + text.charAt(i) + 1;
      if (next >= check.length || check[next] != base[state]) {
        return;
      }
      state = next;
      int[] keys = output[state];
      if (keys != null) {
        for (int key : keys) {
          if (l[key] == i + 1 - start) {
            hit.hit(start, i + 1, v[key]);
          }
        }
      }
    }
  }
}
