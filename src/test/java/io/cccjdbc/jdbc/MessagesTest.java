package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void plainTextIsQuotedAsIs() {
    assertEquals("'cn-beijing'", Messages.quote("cn-beijing"));
    assertEquals("'北京 😀'", Messages.quote("北京 😀"));
  }

  @Test
  void controlFormattingAndLoneSurrogateCharactersAreEscaped() {
    assertEquals("'a\\u000d\\u000ab\\u0000'", Messages.quote("a\r\nb\u0000"));
    assertEquals("'\\u202eevil'", Messages.quote("\u202eevil"));
    assertEquals("'\\ud800x'", Messages.quote("\ud800x"));
  }

  @Test
  void pathsAreShownWholeUpToTheLongestWindowsPath() {
    String path = "/home/someone/" + "nested/".repeat(30) + "corp.p12";
    assertEquals("'" + path + "'", Messages.quotePath(path));
    assertEquals("'" + "x".repeat(260) + "' (cut short; 100000 characters in all)",
        Messages.quotePath("x".repeat(100_000)));
  }

  @Test
  void longTextIsCutShortAndSaysItsLength() {
    assertEquals("'" + "x".repeat(60) + "' (cut short; 100000 characters in all)",
        Messages.quote("x".repeat(100_000)));
  }
}
