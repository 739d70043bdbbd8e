package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrefixTrieTest {

  private static final List<String> KEYS = List.of(
      "a", "ai", "open", "openai", "pen", "sam altman", "altman", "l'ia", "ia", "microsoft", "soft", "m");

  @Test
  void walksFromEveryPositionFindWhatTheWholeTextScanFinds() {
    PrefixTrie<String> trie = new PrefixTrie<>();
    Map<String, String> byKey = new LinkedHashMap<>();
    KEYS.forEach(key -> byKey.put(key, key));
    trie.build(byKey);
    Random random = new Random(7);
    String alphabet = "aiopenmsltf' xyz";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        text.append(random.nextInt(3) == 0 ? KEYS.get(random.nextInt(KEYS.size()))
            : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      List<String> scanned = new ArrayList<>();
      trie.parseText(text, (int start, int end, String value) -> scanned.add(start + ":" + end + ":" + value));
      List<String> walked = new ArrayList<>();
      for (int start = 0; start < text.length(); start++) {
        trie.keysFrom(text, start, (from, end, value) -> walked.add(from + ":" + end + ":" + value));
      }
      scanned.sort(null);
      walked.sort(null);
      assertEquals(scanned, walked, text.toString());
    }
  }

  @Test
  void aWalkReportsOnlyKeysStartingWhereItStarts() {
    PrefixTrie<String> trie = new PrefixTrie<>();
    trie.build(Map.of("openai", "openai", "ai", "ai", "open", "open"));
    List<String> found = new ArrayList<>();
    trie.keysFrom("openai", 0, (start, end, value) -> found.add(value));
    assertEquals(List.of("open", "openai"), found);
  }
}
