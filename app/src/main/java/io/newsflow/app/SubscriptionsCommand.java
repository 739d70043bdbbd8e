package io.newsflow.app;

import io.newsflow.core.config.Durations;
import io.newsflow.core.model.Article;
import io.newsflow.core.model.Subscription;
import io.newsflow.sink.files.TopicFollower;
import io.newsflow.sink.match.Match;
import io.newsflow.sink.match.SubscriptionMatcher;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow subscriptions add|list|remove|test}: the standing alert queries. */
@Command(name = "subscriptions", mixinStandardHelpOptions = true,
    description = "Adds, lists, removes or tries subscriptions (the compacted subscriptions topic);"
        + " a running sink picks changes up without restart.")
final class SubscriptionsCommand {

  private static final String TEST_ID = "test";

  @Spec
  private CommandSpec spec;

  @Mixin
  private ClusterOptions cluster;

  @Command(name = "add", description = "Adds a subscription, or replaces the one with the same id.")
  void add(
      @Parameters(index = "0", paramLabel = "ID") String id,
      @Parameters(index = "1", paramLabel = "QUERY", description = "Lucene classic syntax over text, title, entity, topic, lang, source.") String query,
      @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert as JSON to URL.") String webhook,
      @Option(names = "--file", paramLabel = "PATH", description = "Append each alert to a JSON Lines file.") String file,
      @Option(names = "--digest", paramLabel = "PERIOD", description = "One message per story per period, such as 1h.") String digest) {
    SubscriptionMatcher.validate(query);
    Subscription subscription = new Subscription(Subscription.SCHEMA_VERSION, id, query, webhook, file,
        digest == null ? null : Durations.parse("--digest", digest));
    try (LiveTopics live = LiveTopics.open(cluster.settings())) {
      Publisher.publish(live.client(), live.topics().subscriptions(), List.of(subscription), Subscription::id);
    }
    out().println("added " + subscription);
  }

  @Command(name = "list", description = "Lists the subscriptions.")
  void list() {
    Map<String, Subscription> subscriptions;
    try (LiveTopics live = LiveTopics.open(cluster.settings())) {
      subscriptions = TopicTable.read(live.client(), live.topics().subscriptions());
    }
    subscriptions.values().forEach(s -> out().println(s.id() + "\t" + s.query()
        + (s.webhook() == null ? "" : "\twebhook " + s.webhook())
        + (s.file() == null ? "" : "\tfile " + s.file())
        + (s.digest() == null ? "" : "\tdigest " + s.digest())));
    out().println(subscriptions.size() + " subscriptions");
  }

  @Command(name = "remove", description = "Removes a subscription (a tombstone on the topic).")
  void remove(@Parameters(paramLabel = "ID") String id) {
    try (LiveTopics live = LiveTopics.open(cluster.settings())) {
      Publisher.delete(live.client(), live.topics().subscriptions(), id);
    }
    out().println("removed " + id);
  }

  @Command(name = "test", description = "Runs QUERY over the articles the articles topic retains and prints what it matches.")
  void test(@Parameters(paramLabel = "QUERY") String query) {
    int[] counts = new int[2];
    try (SubscriptionMatcher matcher = new SubscriptionMatcher();
        LiveTopics live = LiveTopics.open(cluster.settings());
        TopicFollower follower = new TopicFollower(live.client(), List.of(live.topics().articles().name()))) {
      matcher.put(Subscription.of(TEST_ID, query));
      follower.readUntil(follower.endOffsets(), record -> {
        Article article = live.topics().articles().valueSerde().deserializer().deserialize(record.topic(), record.value());
        counts[0]++;
        for (Match match : matcher.match(article)) {
          counts[1]++;
          out().println(article.id() + "\t" + article.title() + "\t" + String.join(" ", match.reasons()));
        }
      });
    }
    out().println(counts[1] + " of " + counts[0] + " retained articles match");
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
