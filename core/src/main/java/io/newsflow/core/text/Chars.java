package io.newsflow.core.text;

import java.util.Arrays;

/**
 * A growable array of characters for the one-pass text functions: StringBuilder checks its
 * encoding on every appended character, which made it most of the cost of folding a text.
 */
final class Chars {

  private char[] chars;
  private int length;

  Chars(int capacity) {
    this.chars = new char[Math.max(16, capacity)];
  }

  void append(char c) {
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, 2 * length);
    }
    chars[length++] = c;
  }

  void append(String text) {
    if (length + text.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + text.length()));
    }
    text.getChars(0, text.length(), chars, length);
    length += text.length();
  }

  int length() {
    return length;
  }

  char charAt(int index) {
    return chars[index];
  }

  /** Drops the characters from {@code newLength} on. */
  void truncate(int newLength) {
    length = Math.min(length, newLength);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
