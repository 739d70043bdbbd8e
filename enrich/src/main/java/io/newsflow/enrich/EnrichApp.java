package io.newsflow.enrich;

import io.newsflow.core.config.ServiceMain;
import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.StreamsProperties;
import io.newsflow.core.kafka.StreamsSupport;
import io.newsflow.core.kafka.Topics;
import io.newsflow.enrich.clean.ArticleCleaner;
import io.newsflow.enrich.entities.EntityTagger;
import io.newsflow.enrich.language.LanguageDetector;
import io.newsflow.enrich.topics.TopicClassifier;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.KafkaStreams;

/** The enrich service on its own: {@code java io.newsflow.enrich.EnrichApp [config-file]}. */
public final class EnrichApp {


  private EnrichApp() {}

  /** A started-later Streams instance of enrich against {@code bootstrapServers}. */
  public static KafkaStreams create(Settings settings, String bootstrapServers, Topics topics) {
    EnrichConfig config = EnrichConfig.from(settings);
    return new KafkaStreams(
        EnrichTopology.build(config, topics, defaultStages()),
        StreamsProperties.of(settings, bootstrapServers, config.applicationId(), "enrich", topics));
  }

  /** The stages with their default data (knowledge base, taxonomy); the language models load
   * in the background meanwhile. */
  public static EnrichTopology.Stages defaultStages() {
    LanguageDetector languages = new LanguageDetector();
    CompletableFuture.runAsync(languages::preload);
    return new EnrichTopology.Stages(
        new ArticleBuilder(new ArticleCleaner(), languages),
        new ArticleTagger(EntityTagger.withDefaultBase(), TopicClassifier.loadDefault()));
  }

  public static void main(String[] args) throws InterruptedException {
    Settings settings = ServiceMain.settings(args, "enrich");
    Topics topics = Topics.withPrefix(settings.get("topics.prefix"));
    StreamsSupport.runUntilShutdown(create(settings, settings.get(Settings.BOOTSTRAP_SERVERS), topics), "enrich", settings);
  }

}
