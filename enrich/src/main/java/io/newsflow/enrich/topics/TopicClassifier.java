package io.newsflow.enrich.topics;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.core.model.EntityTag;
import io.newsflow.core.model.TopicTag;
import io.newsflow.enrich.entities.FoldedText;
import io.newsflow.enrich.entities.PrefixTrie;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * Scores an article against the topic taxonomy from multilingual keyword cues (a trie of
 * folded keywords walked from every token start of the folded text) and entity cues, on a
 * fixed 0..1 scale so that scores compare across articles; the scoring rule is documented in
 * the taxonomy data file.
 */
public final class TopicClassifier {

  /** The class-path resource holding the default taxonomy. */
  public static final String DEFAULT_RESOURCE = "topics/taxonomy.json";

  static final double KEEP = 0.35;
  static final int MAX_TOPICS = 5;
  static final double SCALE = 3.0;
  static final double PARENT_SHARE = 0.8;

  private final List<Topic> topics;
  private final PrefixTrie<List<Cue>> keywords;
  private final Map<String, List<Cue>> entityCues = new HashMap<>();

  /** A keyword or entity that counts for a topic. */
  record Cue(Topic topic, String key, boolean prefix, boolean upperOnly) {}

  /** A classifier with no topics: every article gets none. */
  public TopicClassifier() {
    this(List.of());
  }

  TopicClassifier(List<Topic> topics) {
    this.topics = List.copyOf(topics);
    this.keywords = buildKeywords(topics);
    for (Topic topic : topics) {
      topic.entities().forEach(id -> entityCues.computeIfAbsent(id, k -> new ArrayList<>()).add(new Cue(topic, id, false, false)));
      topic.types().forEach(type -> entityCues.computeIfAbsent("type:" + type, k -> new ArrayList<>()).add(new Cue(topic, type, false, false)));
    }
  }

  /** The classifier over the taxonomy shipped with newsflow. */
  public static TopicClassifier loadDefault() {
    InputStream in = TopicClassifier.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing class-path resource " + DEFAULT_RESOURCE);
    }
    try (in) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** A classifier over a taxonomy in the data-file format. */
  public static TopicClassifier read(InputStream json) throws IOException {
    ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    return new TopicClassifier(mapper.readValue(json, Taxonomy.class).topics());
  }

  /** How many topics the taxonomy has. */
  public int size() {
    return topics.size();
  }

  /** The topics of an article, best first. */
  public List<TopicTag> classify(String title, String text, List<EntityTag> entities) {
    if (topics.isEmpty()) {
      return List.of();
    }
    Evidence evidence = new Evidence();
    String safeTitle = title == null ? "" : title;
    FoldedText folded = FoldedText.of(safeTitle + "\n" + (text == null ? "" : text));
    int titleEnd = safeTitle.length();
    AhoCorasickDoubleArrayTrie.IHit<List<Cue>> onCues = (start, end, cues) -> {
      for (Cue cue : cues) {
        if (matches(folded, start, end, cue)) {
          evidence.add(cue, folded.sourceIndex(start) < titleEnd);
        }
      }
    };
    keywords.keysAtTokenStarts(folded, onCues);
    for (EntityTag entity : entities == null ? List.<EntityTag>of() : entities) {
      entityCues.getOrDefault(entity.id(), List.of()).forEach(cue -> evidence.addEntity(cue, entity.salience()));
      entityCues.getOrDefault("type:" + entity.type(), List.of()).forEach(cue -> evidence.addEntity(cue, entity.salience()));
    }
    return select(scores(evidence));
  }

  private Map<String, Double> scores(Evidence evidence) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Topic topic : topics) {
      double raw = evidence.total(topic);
      if (raw > 0) {
        scores.put(topic.id(), 1 - Math.exp(-raw / SCALE));
      }
    }
    for (Topic topic : topics) {
      Double score = scores.get(topic.id());
      if (score != null && topic.parent() != null) {
        scores.merge(topic.parent(), score * PARENT_SHARE, Math::max);
      }
    }
    return scores;
  }

  private List<TopicTag> select(Map<String, Double> scores) {
    Map<String, String> labels = new HashMap<>();
    topics.forEach(t -> labels.put(t.id(), t.label()));
    List<TopicTag> all = new ArrayList<>();
    scores.forEach((id, score) -> all.add(new TopicTag(id, labels.getOrDefault(id, id), Math.round(score * 1000) / 1000.0)));
    all.sort(Comparator.comparingDouble(TopicTag::score).reversed().thenComparing(TopicTag::id));
    List<TopicTag> kept = all.stream().filter(t -> t.score() >= KEEP).limit(MAX_TOPICS).toList();
    return kept.isEmpty() && !all.isEmpty() ? List.of(all.get(0)) : kept;
  }

  private static boolean matches(FoldedText text, int start, int end, Cue cue) {
    if (!cue.prefix() && !text.endsToken(end)) {
      return false;
    }
    if (cue.upperOnly()) {
      int from = text.sourceIndex(start);
      int to = text.sourceIndex(end - 1) + 1;
      for (int i = from; i < to; i++) {
        if (Character.isLowerCase(text.source().charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  private static PrefixTrie<List<Cue>> buildKeywords(List<Topic> topics) {
    Map<String, List<Cue>> byKey = new LinkedHashMap<>();
    for (Topic topic : topics) {
      for (String keyword : topic.keywords()) {
        boolean prefix = keyword.endsWith("*");
        String word = prefix ? keyword.substring(0, keyword.length() - 1) : keyword;
        String key = FoldedText.key(word);
        if (!key.isEmpty()) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Cue(topic, key, prefix, isUpper(word)));
        }
      }
    }
    byKey.replaceAll((key, cues) -> List.copyOf(cues));
    PrefixTrie<List<Cue>> trie = new PrefixTrie<>();
    trie.build(byKey);
    return trie;
  }

  private static boolean isUpper(String word) {
    return word.length() <= 5 && word.chars().anyMatch(Character::isLetter)
        && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /**
   * Occurrences per distinct cue, and entity evidence, per topic; topics are told apart by
   * identity, as a record's hash would go through all its cue lists on every hit.
   */
  private static final class Evidence {
    private final Map<Topic, Map<String, int[]>> keywordHits = new IdentityHashMap<>();
    private final Map<Topic, Double> entityWeight = new IdentityHashMap<>();

    void add(Cue cue, boolean inTitle) {
      int[] counts = keywordHits.computeIfAbsent(cue.topic(), k -> new HashMap<>()).computeIfAbsent(cue.key(), k -> new int[2]);
      counts[0]++;
      counts[1] |= inTitle ? 1 : 0;
    }

    void addEntity(Cue cue, double salience) {
      entityWeight.merge(cue.topic(), cue.topic().weight() * (0.5 + salience), Double::sum);
    }

    double total(Topic topic) {
      double total = entityWeight.getOrDefault(topic, 0.0);
      for (int[] counts : keywordHits.getOrDefault(topic, Map.of()).values()) {
        total += topic.weight() * (1 + Math.log(counts[0])) * (counts[1] == 1 ? 2 : 1) / 4;
      }
      return total;
    }
  }
}
