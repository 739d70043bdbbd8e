package io.newsflow.enrich.entities;

import io.newsflow.core.model.EntityType;
import io.newsflow.core.model.KnowledgeEntity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the knowledge-base data file, {@code entities/knowledge-base.tsv} on the class path,
 * whose format is documented at its top: one entity a line, tab-separated id, Wikidata id,
 * canonical name and {@code |}-separated aliases; the type comes from the id's prefix.
 */
public final class KnowledgeBase {

  /** The class-path resource holding the default base. */
  public static final String DEFAULT_RESOURCE = "entities/knowledge-base.tsv";

  /** Marks an alias as a short form that only resolves in context (see the data file). */
  public static final String SHORT_FORM_MARK = "~";

  /** After a short form, an entity id whose presence lets it resolve: {@code ~Claude@org/anthropic}. */
  public static final String CONTEXT_MARK = "@";

  private KnowledgeBase() {}

  /** The default base shipped with newsflow, in file order (earlier lines win ties). */
  public static List<KnowledgeEntity> loadDefault() {
    InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing class-path resource " + DEFAULT_RESOURCE);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** Parses a base in the data-file format; a malformed line fails with its line number. */
  public static List<KnowledgeEntity> read(Reader reader) throws IOException {
    List<KnowledgeEntity> entities = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (!line.isBlank() && !line.startsWith("#")) {
        entities.add(parse(line, number));
      }
    }
    return entities;
  }

  static KnowledgeEntity parse(String line, int number) {
    String[] fields = line.split("\t", -1);
    if (fields.length < 3 || fields[0].isBlank() || fields[2].isBlank()) {
      throw new IllegalArgumentException("line " + number + ": expected id, wikidata, name, aliases");
    }
    String id = fields[0].strip();
    String wikidata = fields[1].isBlank() ? null : fields[1].strip();
    List<String> aliases = fields.length > 3 ? splitAliases(fields[3]) : List.of();
    return new KnowledgeEntity(id, wikidata, typeOf(id, number), fields[2].strip(), aliases);
  }

  /** The type an id's prefix names: {@code person/}, {@code org/}, {@code product/}, ... */
  static EntityType typeOf(String id, int number) {
    int slash = id.indexOf('/');
    String prefix = slash < 0 ? "" : id.substring(0, slash).toUpperCase(Locale.ROOT);
    try {
      return EntityType.valueOf(prefix);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + number + ": unknown id prefix in " + id, e);
    }
  }

  private static List<String> splitAliases(String field) {
    return Arrays.stream(field.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
  }
}
