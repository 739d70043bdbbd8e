package io.newsflow.bench;

import io.newsflow.core.model.EntityTag;
import io.newsflow.enrich.entities.EntityTagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures entity-linking precision and recall on the hand-annotated gold set, with the full
 * shipped knowledge base: {@code scripts/linking-score [gold.tsv]}. Discovered {@code new/} ids
 * are not scored: the gold set lists entities of the base only.
 */
public final class LinkingScore {

  static final Path DEFAULT_GOLD = Path.of("enrich/src/test/resources/entities/gold/gold.tsv");

  private LinkingScore() {}

  public static void main(String[] args) throws IOException {
    Path gold = args.length > 0 ? Path.of(args[0]) : DEFAULT_GOLD;
    EntityTagger tagger = EntityTagger.withDefaultBase();
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int texts = 0;
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      Set<String> expected = new HashSet<>(Arrays.asList(fields[1].split(",")));
      Set<String> found = tagger.tag("", fields[2]).stream().map(EntityTag::id)
          .filter(id -> !id.startsWith("new/")).collect(Collectors.toSet());
      Set<String> missed = new HashSet<>(expected);
      missed.removeAll(found);
      Set<String> wrong = new HashSet<>(found);
      wrong.removeAll(expected);
      truePositives += expected.size() - missed.size();
      falseNegatives += missed.size();
      falsePositives += wrong.size();
      texts++;
      if (!missed.isEmpty() || !wrong.isEmpty()) {
        System.out.printf(Locale.ROOT, "%s missed=%s wrong=%s :: %s%n", fields[0], missed, wrong, fields[2]);
      }
    }
    double precision = truePositives / (double) (truePositives + falsePositives);
    double recall = truePositives / (double) (truePositives + falseNegatives);
    System.out.printf(Locale.ROOT, "texts=%d entities=%d tp=%d fp=%d fn=%d precision=%.3f recall=%.3f f1=%.3f%n",
        texts, truePositives + falseNegatives, truePositives, falsePositives, falseNegatives, precision, recall,
        2 * precision * recall / (precision + recall));
  }
}
