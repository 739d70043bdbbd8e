package io.newsflow.enrich;

import static io.newsflow.core.kafka.StreamsSupport.consumed;
import static io.newsflow.core.kafka.StreamsSupport.memoryStore;
import static io.newsflow.core.kafka.StreamsSupport.produced;
import static io.newsflow.core.kafka.StreamsSupport.store;

import io.newsflow.core.kafka.JsonSerde;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Article;
import io.newsflow.enrich.clean.SourceTemplates;
import io.newsflow.enrich.dedupe.BandIndex;
import io.newsflow.enrich.dedupe.BandProbe;
import io.newsflow.enrich.dedupe.ContentDuplicates;
import io.newsflow.enrich.dedupe.NearCopy;
import io.newsflow.enrich.dedupe.NearDuplicateJudge;
import io.newsflow.enrich.dedupe.NearJudgement;
import io.newsflow.enrich.dedupe.NearMessage;
import io.newsflow.enrich.dedupe.OriginalNamer;
import io.newsflow.enrich.dedupe.SimHash;
import io.newsflow.enrich.dedupe.RevisionTracker;
import io.newsflow.enrich.story.StoryAssigner;
import io.newsflow.enrich.story.StoryState;
import io.newsflow.enrich.story.StoryUpdate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Wires the enrich pipeline, top to bottom: clean and detect language, track revisions by URL,
 * drop the lines each source repeats in every article, drop exact copies by content hash and near copies by fingerprint, tag entities and topics, place in a story; articles,
 * duplicate verdicts and story summaries go to their topics.
 */
public final class EnrichTopology {

  private static final Serde<Article> ARTICLE = JsonSerde.compact(Article.class);
  private static final String STORY_KEY = "stories";

  private EnrichTopology() {}

  public static Topology build(EnrichConfig config, Topics topics, Stages stages) {
    StreamsBuilder builder = new StreamsBuilder();
    addStores(builder, config, topics, stages);
    KStream<String, Decision> byUrl = builder
        .stream(topics.raw().name(), consumed(topics.raw()))
        .mapValues(stages.builder()::build, Named.as("clean"))
        .processValues(() -> new RevisionTracker(config.window()), Named.as("revisions"), RevisionTracker.STORE);
    KStream<String, Decision> byContent = keptArticles(byUrl, "revisions", topics)
        .processValues(() -> new SourceTemplates(config.window()), Named.as("templates"), SourceTemplates.STORE)
        .selectKey((id, article) -> ContentDuplicates.contentKey(article.contentHash()), Named.as("key-by-content"))
        .repartition(Repartitioned.<String, Article>as("by-content").withValueSerde(ARTICLE))
        .processValues(() -> new ContentDuplicates(config.window()), Named.as("exact-duplicates"), ContentDuplicates.STORE);
    KStream<String, StoryUpdate> stories = nearDuplicates(byContent, config, topics)
        .mapValues(stages.tagger()::tag, Named.as("tag"))
        .selectKey((id, article) -> STORY_KEY, Named.as("key-by-story"))
        .repartition(Repartitioned.<String, Article>as("by-story").withValueSerde(ARTICLE).withNumberOfPartitions(1))
        .processValues(() -> new StoryAssigner(config.window()), Named.as("story"), StoryAssigner.STORE);
    stories
        .map((key, update) -> KeyValue.pair(update.article().id(), update.article()), Named.as("article-by-id"))
        .to(topics.articles().name(), produced(topics.articles()));
    stories
        .map((key, update) -> KeyValue.pair(update.story().id(), update.story()), Named.as("story-by-id"))
        .to(topics.stories().name(), produced(topics.stories()));
    return builder.build();
  }

  /**
   * Near duplicates across partitions: each article's probes go to the partitions that own
   * the buckets they look in ({@link BandIndex}), the answers meet the article again by id
   * ({@link NearDuplicateJudge}), and a copy goes on to the partition of its original's content,
   * whose exact-duplicate store names the original ({@link OriginalNamer}). Returns the kept
   * articles.
   */
  private static KStream<String, Article> nearDuplicates(
      KStream<String, Decision> byContent, EnrichConfig config, Topics topics) {
    KStream<String, Fingerprinted> unique = keptArticles(byContent, "exact", topics)
        .selectKey((hash, article) -> article.id(), Named.as("key-by-article"))
        .mapValues(article -> new Fingerprinted(article, SimHash.of(article.text())), Named.as("fingerprint"));
    KStream<String, NearMessage> answers = unique
        .flatMap((id, f) -> f.probes(), Named.as("probe-bands"))
        .repartition(Repartitioned.<String, BandProbe>as("by-band").withValueSerde(JsonSerde.compact(BandProbe.class)))
        .process(() -> new BandIndex(config.window()), Named.as("near-bands"), BandIndex.STORE);
    Map<String, KStream<String, NearJudgement>> judged = unique
        .mapValues(f -> NearMessage.article(f.article(), f.probes().size()), Named.as("article-to-judge"))
        .merge(answers, Named.as("near-merge"))
        .repartition(Repartitioned.<String, NearMessage>as("by-article").withValueSerde(JsonSerde.compact(NearMessage.class)))
        .processValues(() -> new NearDuplicateJudge(config.window()), Named.as("near-duplicates"),
            NearDuplicateJudge.STORE, NearDuplicateJudge.ARTICLES)
        .split(Named.as("near-"))
        .branch((key, judgement) -> judgement.kept(), Branched.as("kept"))
        .defaultBranch(Branched.as("copy"));
    judged.get("near-copy")
        .map((id, judgement) -> KeyValue.pair(judgement.copy().originalKey(), judgement.copy()), Named.as("key-by-original"))
        .repartition(Repartitioned.<String, NearCopy>as("by-original").withValueSerde(JsonSerde.compact(NearCopy.class)))
        .processValues(OriginalNamer::new, Named.as("name-original"), ContentDuplicates.STORE)
        .map((key, verdict) -> KeyValue.pair(verdict.id(), verdict), Named.as("near-verdict-by-id"))
        .to(topics.duplicates().name(), produced(topics.duplicates()));
    return judged.get("near-kept").mapValues(NearJudgement::article, Named.as("near-article"));
  }

  /** An article with its fingerprint, if its text is long enough to have one. */
  private record Fingerprinted(Article article, OptionalLong fingerprint) {

    List<KeyValue<String, BandProbe>> probes() {
      if (fingerprint.isEmpty()) {
        return List.of();
      }
      return BandProbe.of(article.id(), ContentDuplicates.refOf(article.contentHash()), fingerprint.getAsLong()).stream()
          .map(probe -> KeyValue.pair(probe.shardKey(), probe))
          .toList();
    }
  }

  /** Sends a step's duplicate verdicts to their topic and passes its kept articles on. */
  private static KStream<String, Article> keptArticles(
      KStream<String, Decision> decisions, String step, Topics topics) {
    Map<String, KStream<String, Decision>> split = decisions
        .split(Named.as(step + "-"))
        .branch((key, decision) -> decision.kept(), Branched.as("kept"))
        .defaultBranch(Branched.as("dropped"));
    split.get(step + "-dropped")
        .map((key, decision) -> KeyValue.pair(decision.duplicate().id(), decision.duplicate()),
            Named.as(step + "-verdict-by-id"))
        .to(topics.duplicates().name(), produced(topics.duplicates()));
    return split.get(step + "-kept").mapValues(Decision::article, Named.as(step + "-article"));
  }

  private static void addStores(StreamsBuilder builder, EnrichConfig config, Topics topics, Stages stages) {
    builder.addStateStore(store(SourceTemplates.STORE, JsonSerde.compact(SourceTemplates.Seen.class)));
    builder.addStateStore(store(RevisionTracker.STORE, JsonSerde.compact(RevisionTracker.SeenUrl.class)));
    builder.addStateStore(store(ContentDuplicates.STORE, JsonSerde.compact(ContentDuplicates.Kept.class)));
    builder.addStateStore(memoryStore(BandIndex.STORE, BandIndex.serde()));
    builder.addStateStore(store(NearDuplicateJudge.STORE, JsonSerde.compact(NearDuplicateJudge.Pending.class)));
    builder.addStateStore(store(NearDuplicateJudge.ARTICLES, ARTICLE));
    builder.addStateStore(store(StoryAssigner.STORE, JsonSerde.compact(StoryState.class)));
    builder.addGlobalStore(
        store(KnowledgeBaseUpdates.STORE, topics.entities().valueSerde()).withLoggingDisabled(),
        topics.entities().name(),
        consumed(topics.entities()),
        () -> new KnowledgeBaseUpdates(stages.tagger().entityTagger()));
  }

  /** The stages the topology runs, built once per application. */
  public record Stages(ArticleBuilder builder, ArticleTagger tagger) {}
}
