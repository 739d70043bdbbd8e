package io.newsflow.enrich.entities;

import io.newsflow.core.model.EntityType;
import io.newsflow.core.model.KnowledgeEntity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that tell names from ordinary text: common words (never a name alone), the titles
 * and suffixes that say what kind of name follows or ends, and first names learnt from the base.
 */
final class Vocabulary {

  static final String COMMON_WORDS = "entities/common-words.txt";

  static final Set<String> PARTICLES = Set.of(
      "de", "du", "des", "la", "d", "von", "van", "der", "den", "di", "da", "del", "of", "bin", "al", "el", "le");

  static final Set<String> PERSON_TITLES = Set.of(
      "m", "mme", "mlle", "mr", "mrs", "ms", "dr", "sir", "president", "presidente", "ministre", "minister",
      "ceo", "pdg", "dg", "cfo", "cto", "directeur", "directrice", "fondateur", "fondatrice", "founder", "cofondateur",
      "co-founder", "patron", "patronne", "chairman", "chairwoman", "senator", "senateur", "senatrice", "depute",
      "deputee", "juge", "judge", "professeur", "professor", "maire", "mayor", "gouverneur", "governor",
      "secretaire", "secretary", "chancelier", "chancellor", "roi", "king", "reine", "queen", "pape", "pope",
      "avocat", "avocate", "lawyer", "economiste", "economist", "journaliste", "reporter", "general", "colonel",
      "ambassadeur", "ambassador", "commissaire", "commissioner", "analyste", "analyst", "porte-parole", "spokesman",
      "spokeswoman", "spokesperson", "entrepreneur", "milliardaire", "billionaire", "dirigeant", "dirigeante",
      "executive", "chef", "cheffe", "candidat", "candidate", "leader", "actor", "acteur", "actrice", "chanteur",
      "chanteuse", "singer", "joueur", "joueuse", "player", "coach", "entraineur", "prince", "princesse", "princess");

  static final Set<String> ORG_FIRST_WORDS = Set.of(
      "groupe", "group", "banque", "bank", "universite", "university", "fondation", "foundation", "institut",
      "institute", "association", "societe", "agence", "agency", "ministere", "ministry", "commission", "conseil",
      "council", "parti", "party", "compagnie", "federation", "union", "office", "autorite", "authority", "cour",
      "court", "tribunal", "departement", "department", "comite", "committee", "club", "ecole", "school", "college",
      "laboratoire", "centre", "center", "syndicat", "fonds", "fund", "caisse", "mutuelle", "editions", "studio",
      "studios", "olympique", "racing", "stade", "real", "atletico", "sporting");

  static final Set<String> ORG_LAST_WORDS = Set.of(
      "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "sa", "sas", "sarl", "se", "ag", "gmbh",
      "nv", "bv", "spa", "ab", "asa", "group", "groupe", "holding", "holdings", "fc", "ac", "labs", "lab", "capital",
      "partners", "ventures", "technologies", "technology", "tech", "systems", "bank", "banque", "media", "medias",
      "motors", "airlines", "airways", "pharma", "pharmaceuticals", "energy", "energies", "industries", "international",
      "foundation", "fondation", "institute", "university", "associates", "investments", "software", "robotics",
      "therapeutics", "biotech", "networks", "solutions", "studios", "games", "entertainment", "ai", "fund", "trust",
      "agency", "consulting", "conseil", "assurances", "insurance", "telecom", "telecoms", "communications");

  /** Role words after which "de X" / "of X" names an organisation ("le patron d'OpenAI"). */
  static final Set<String> ROLE_OF = Set.of(
      "patron", "patronne", "pdg", "ceo", "president", "presidente", "directeur", "directrice", "fondateur",
      "fondatrice", "founder", "chief", "head", "chairman", "dirigeant", "dirigeante", "actionnaire", "shareholder",
      "rachat", "acquisition", "filiale", "subsidiary", "salaries", "employees", "employes", "porte-parole",
      "spokesman", "spokeswoman", "spokesperson", "conseil", "board", "action", "shares", "titre", "siege");

  private final Set<String> common;
  private final Set<String> firstNames;

  private Vocabulary(Set<String> common, Set<String> firstNames) {
    this.common = common;
    this.firstNames = firstNames;
  }

  /** The shipped common words, and first names taken from the people of {@code base}. */
  static Vocabulary load(Collection<KnowledgeEntity> base) {
    Set<String> firstNames = new HashSet<>();
    for (KnowledgeEntity entity : base) {
      String[] words = entity.name().split(" ");
      if (entity.type() == EntityType.PERSON && words.length > 1) {
        firstNames.add(FoldedText.key(words[0]));
      }
    }
    return new Vocabulary(readCommonWords(), Set.copyOf(firstNames));
  }

  boolean isCommon(String foldedWord) {
    return common.contains(foldedWord);
  }

  boolean isFirstName(String foldedWord) {
    return firstNames.contains(foldedWord);
  }

  private static Set<String> readCommonWords() {
    InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(COMMON_WORDS);
    if (in == null) {
      throw new IllegalStateException("missing class-path resource " + COMMON_WORDS);
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + COMMON_WORDS, e);
    }
    return Set.copyOf(words);
  }
}
