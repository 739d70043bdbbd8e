package io.newsflow.app.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a bank template: the story's names into {@code {ORG}}-like slots, fresh numbers into
 * {@code {NUM}}, {@code {AMOUNT}}, {@code {PCT}}, {@code {YEAR}}, a weekday into {@code {DAY}},
 * then one alternative of each {@code {a|b|c}}.
 */
final class Template {

  private static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9]+)\\}");
  private static final Pattern CHOICE = Pattern.compile("\\{([^{}]*)\\}");

  private final Story story;
  private final PhraseBank bank;
  private final List<String> days;

  Template(Story story, PhraseBank bank) {
    this.story = story;
    this.bank = bank;
    this.days = bank.words("days");
  }

  String fill(String template, SplittableRandom random) {
    String slotted = replace(SLOT, template, m -> slot(m.group(1), random));
    return replace(CHOICE, slotted, m -> choose(m.group(1), random));
  }

  private String slot(String name, SplittableRandom random) {
    String language = bank.language();
    return switch (name) {
      case "ORG" -> EntityPool.nameIn(story.org(), language);
      case "ORG2" -> EntityPool.nameIn(story.otherOrg(), language);
      case "PERSON" -> EntityPool.nameIn(story.person(), language);
      case "PLACE" -> EntityPool.nameIn(story.place(), language);
      case "PRODUCT" -> EntityPool.nameIn(story.product(), language);
      case "NUM" -> Integer.toString(2 + random.nextInt(98));
      case "PCT" -> Integer.toString(1 + random.nextInt(45));
      case "YEAR" -> Integer.toString(2012 + random.nextInt(15));
      case "DAY" -> days.isEmpty() ? "" : days.get(random.nextInt(days.size()));
      case "AMOUNT" -> amount(random, language);
      default -> throw new IllegalArgumentException("unknown slot {" + name + "} in the " + language + " bank");
    };
  }

  private static String amount(SplittableRandom random, String language) {
    String value = String.format(Locale.ROOT, "%.1f", 0.5 + random.nextInt(400) / 10.0);
    return language.equals("en") ? value : value.replace('.', ',');
  }

  private static String choose(String alternatives, SplittableRandom random) {
    String[] options = alternatives.split("\\|", -1);
    return options[random.nextInt(options.length)];
  }

  private static String replace(Pattern pattern, String text, Function<Matcher, String> value) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 32);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
