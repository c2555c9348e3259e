package io.cccjdbc.jdbc;

import java.util.Set;

/** Helpers for putting user-typed text into error messages safely. */
final class Messages {

  static final String MASK = "***";

  private static final int MAX_SHOWN_CODE_POINTS = 60;
  private static final int MAX_SHOWN_PATH_CODE_POINTS = 260;
  private static final Set<Integer> ESCAPED_TYPES = Set.of((int) Character.CONTROL,
      (int) Character.FORMAT, (int) Character.LINE_SEPARATOR,
      (int) Character.PARAGRAPH_SEPARATOR, (int) Character.SURROGATE,
      (int) Character.UNASSIGNED, (int) Character.PRIVATE_USE);

  private Messages() {}

  /**
   * The text in single quotes, with control, formatting and unpaired surrogate characters
   * escaped (they could rewrite a log line or a terminal) and cut short when long, so a hostile
   * value cannot flood a message. Never pass a secret here.
   */
  static String quote(String text) {
    return quote(text, MAX_SHOWN_CODE_POINTS);
  }

  /** As {@link #quote(String)}, for a file path: whole up to the longest path Windows takes. */
  static String quotePath(String path) {
    return quote(path, MAX_SHOWN_PATH_CODE_POINTS);
  }

  private static String quote(String text, int maxShownCodePoints) {
    StringBuilder shown = new StringBuilder("'");
    int total = text.codePointCount(0, text.length());
    text.codePoints().limit(maxShownCodePoints).forEach(c -> {
      if (ESCAPED_TYPES.contains(Character.getType(c))) {
        shown.append(String.format("\\u%04x", c));
      } else {
        shown.appendCodePoint(c);
      }
    });
    shown.append('\'');
    if (total > maxShownCodePoints) {
      shown.append(" (cut short; ").append(total).append(" characters in all)");
    }
    return shown.toString();
  }
}
