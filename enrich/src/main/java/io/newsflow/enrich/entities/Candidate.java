package io.newsflow.enrich.entities;

import java.util.Set;

/**
 * One entity an alias may stand for, with how strong that alias is, the entities whose presence
 * lets a short form resolve, and which capitals the text must show ("FTC" not "ftc"; "Apple"
 * not "apple"; "Le Chat" not "Le chat").
 */
record Candidate(LinkedEntity entity, boolean shortForm, Set<String> context, CaseRule caseRule, String alias) {

  Candidate {
    context = Set.copyOf(context);
  }

  /** Whether the text around {@code source[start, end)} shows this alias's capitals. */
  boolean capitalsShown(String source, int start, int end) {
    return caseRule.accepts(alias, source, start, end);
  }

  /** The capitals an alias requires in the original text. */
  enum CaseRule {
    ANY, CAPITALISED, UPPER;

    /** The rule an alias spelling implies. */
    static CaseRule of(String alias) {
      int letters = 0;
      int upper = 0;
      for (int i = 0; i < alias.length(); i++) {
        char c = alias.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          upper += Character.isUpperCase(c) ? 1 : 0;
        }
      }
      if (letters >= 2 && upper == letters && alias.length() <= 8) {
        return UPPER;
      }
      if (letters == 0 || !Character.isUpperCase(firstLetter(alias))) {
        return ANY;
      }
      return isCamelWord(alias) ? ANY : CAPITALISED;
    }

    /** Whether {@code source[start, end)} shows the capitals this rule requires of {@code alias}. */
    boolean accepts(String alias, String source, int start, int end) {
      switch (this) {
        case CAPITALISED:
          return sameCapitalWords(alias, source.substring(start, end));
        case UPPER:
          for (int i = start; i < end; i++) {
            if (Character.isLowerCase(source.charAt(i))) {
              return false;
            }
          }
          return true;
        default:
          return true;
      }
    }

    /** Each word capitalised in the alias is capitalised in the text too. */
    private static boolean sameCapitalWords(String alias, String text) {
      String want = initials(alias);
      String have = initials(text);
      if (want.length() != have.length()) {
        return Character.isUpperCase(firstLetter(text));
      }
      for (int i = 0; i < want.length(); i++) {
        if (Character.isUpperCase(want.charAt(i)) && !Character.isUpperCase(have.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** The first character of each word, after a space if the text starts between words. */
    private static String initials(String text) {
      StringBuilder initials = new StringBuilder(4);
      boolean inWord = false;
      for (int i = 0; i < text.length(); i++) {
        boolean wordChar = isWordChar(text.charAt(i));
        if (wordChar && !inWord) {
          initials.append(text.charAt(i));
        } else if (i == 0) {
          initials.append(' ');
        }
        inWord = wordChar;
      }
      return initials.toString();
    }

    private static boolean isWordChar(char c) {
      int type = Character.getType(c);
      return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
          || type == Character.OTHER_NUMBER;
    }

    private static char firstLetter(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (Character.isLetter(text.charAt(i))) {
          return text.charAt(i);
        }
      }
      return ' ';
    }

    /** One word with a capital or digit inside ("OpenAI", "ChatGPT", "GPT-4"): distinctive in any case. */
    private static boolean isCamelWord(String alias) {
      if (alias.indexOf(' ') >= 0) {
        return false;
      }
      for (int i = 1; i < alias.length(); i++) {
        if (Character.isUpperCase(alias.charAt(i)) || Character.isDigit(alias.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }
}
