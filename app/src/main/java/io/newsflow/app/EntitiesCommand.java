package io.newsflow.app;

import io.newsflow.core.model.EntityType;
import io.newsflow.core.model.KnowledgeEntity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow entities add|list|remove}: live additions and overrides of the knowledge base. */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "Adds, lists or removes knowledge-base entries in the compacted entities topic;"
        + " a running enrich picks them up without restart.")
final class EntitiesCommand {

  @Spec
  private CommandSpec spec;

  @Mixin
  private ClusterOptions cluster;

  @Command(name = "add", description = "Adds an entity, or overrides the one with the same id.")
  void add(
      @Parameters(paramLabel = "ID", description = "Stable id, such as org/mistral-ai.") String id,
      @Option(names = "--name", required = true, description = "Canonical name.") String name,
      @Option(names = "--type", defaultValue = "OTHER", description = "PERSON, ORG, PRODUCT, PLACE or OTHER (default: ${DEFAULT-VALUE}).") EntityType type,
      @Option(names = "--alias", paramLabel = "NAME", description = "Another name it is known by (repeatable).") List<String> aliases,
      @Option(names = "--wikidata", paramLabel = "QID", description = "Wikidata id, such as Q116959442.") String wikidata) {
    KnowledgeEntity entity = new KnowledgeEntity(id, wikidata, type, name, aliases);
    try (LiveTopics live = LiveTopics.open(cluster.settings())) {
      Publisher.publish(live.client(), live.topics().entities(), List.of(entity), KnowledgeEntity::id);
    }
    out().println("added " + id + " (" + type + ") " + name);
  }

  @Command(name = "list", description = "Lists the entries added or overridden through the topic.")
  void list() {
    Map<String, KnowledgeEntity> entities;
    try (LiveTopics live = LiveTopics.open(cluster.settings())) {
      entities = TopicTable.read(live.client(), live.topics().entities());
    }
    entities.values().forEach(e -> out().println(e.id() + "\t" + e.type() + "\t" + e.name()
        + (e.aliases().isEmpty() ? "" : "\t" + String.join(", ", e.aliases()))));
    out().println(entities.size() + " entities added through the topic");
  }

  @Command(name = "remove", description = "Removes an entry (a tombstone on the topic).")
  void remove(@Parameters(paramLabel = "ID") String id) {
    try (LiveTopics live = LiveTopics.open(cluster.settings())) {
      Publisher.delete(live.client(), live.topics().entities(), id);
    }
    out().println("removed " + id);
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
