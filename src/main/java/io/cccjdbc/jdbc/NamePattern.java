package io.cccjdbc.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * A name argument of a {@link java.sql.DatabaseMetaData} method: {@code %} matches any run of
 * characters, {@code _} any one character, {@code \} (the search string escape) makes the next
 * character literal, and null matches every name.
 *
 * <p>Names match regardless of case because SQL names in this driver do (unquoted and quoted
 * alike), so a tool that sends {@code CCC} or {@code NUMBERS} finds what SQL would find.
 * Arguments that JDBC calls plain names (a table in {@code getPrimaryKeys}) are read as
 * patterns too: tools pass {@code %} there to load the keys of every table at once, and a plain
 * name is a pattern that matches itself.
 *
 * <p>The pattern is split at each {@code %} into pieces matched in order, each at the earliest
 * place it fits; that is enough, since a piece found earlier leaves more room for the rest. So
 * matching takes at most the name's length times the pattern's steps, whatever the pattern: a
 * regular expression would backtrack exponentially on {@code %%%%%%%%%%%%%%!}.
 */
final class NamePattern {

  static final String ESCAPE = "\\";

  /** Stands for {@code _} in a piece: any one character. */
  private static final int ANY_ONE = -1;

  private static final NamePattern ANY = new NamePattern(null, false);

  /** The pieces between {@code %}s, as code points; null matches everything. */
  private final List<int[]> pieces;
  private final boolean anchoredAtBothEnds;

  private NamePattern(List<int[]> pieces, boolean anchoredAtBothEnds) {
    this.pieces = pieces;
    this.anchoredAtBothEnds = anchoredAtBothEnds;
  }

  static NamePattern of(String pattern) {
    if (pattern == null || pattern.equals("%")) {
      return ANY;
    }
    List<int[]> pieces = new ArrayList<>();
    List<Integer> piece = new ArrayList<>();
    boolean escaped = false;
    for (int c : pattern.codePoints().toArray()) {
      if (escaped) {
        piece.add(c);
        escaped = false;
      } else if (c == ESCAPE.charAt(0)) {
        escaped = true;
      } else if (c == '%') {
        pieces.add(codePoints(piece));
        piece.clear();
      } else {
        piece.add(c == '_' ? ANY_ONE : c);
      }
    }
    if (escaped) {
      piece.add((int) ESCAPE.charAt(0));
    }
    pieces.add(codePoints(piece));
    return new NamePattern(pieces, pieces.size() == 1);
  }

  private static int[] codePoints(List<Integer> piece) {
    return piece.stream().mapToInt(Integer::intValue).toArray();
  }

  boolean matches(String name) {
    if (pieces == null) {
      return true;
    }
    int[] text = name.codePoints().toArray();
    int[] first = pieces.get(0);
    if (anchoredAtBothEnds) {
      return text.length == first.length && fitsAt(first, text, 0);
    }
    int[] last = pieces.get(pieces.size() - 1);
    int end = text.length - last.length;
    if (first.length > end || !fitsAt(first, text, 0) || !fitsAt(last, text, end)) {
      return false;
    }
    int position = first.length;
    for (int i = 1; i < pieces.size() - 1; i++) {
      int[] piece = pieces.get(i);
      int found = position;
      while (found + piece.length <= end && !fitsAt(piece, text, found)) {
        found++;
      }
      if (found + piece.length > end) {
        return false;
      }
      position = found + piece.length;
    }
    return true;
  }

  private static boolean fitsAt(int[] piece, int[] text, int start) {
    for (int i = 0; i < piece.length; i++) {
      if (piece[i] != ANY_ONE && !sameIgnoringCase(piece[i], text[start + i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameIgnoringCase(int a, int b) {
    return a == b || Character.toUpperCase(a) == Character.toUpperCase(b)
        || Character.toLowerCase(a) == Character.toLowerCase(b);
  }
}
