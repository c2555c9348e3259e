package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NonProxyHostsTest {

  private static final NonProxyHosts JVM_LIKE = NonProxyHosts.parse("localhost|127.*|[::1]");

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1", "[::1]"})
  void theDefaultListKeepsLoopbackDirect(String host) {
    assertTrue(JVM_LIKE.matches(host));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ccc.cn-shanghai.aliyuncs.com", "localhost.example", "10.127.0.1",
      "::2"})
  void theDefaultListSendsOtherHostsToTheProxy(String host) {
    assertFalse(JVM_LIKE.matches(host));
  }

  @ParameterizedTest
  @CsvSource({
      "*.corp.example, intranet.corp.example, true",
      "*.corp.example, corp.example, false",
      "10.*, 10.1.2.3, true",
      "10.*, 110.1.2.3, false",
      "ccc.*.aliyuncs.com, ccc.cn-beijing.aliyuncs.com, true",
      "ccc.*.aliyuncs.com, ccc.aliyuncs.com, false",
      "*, anything.example, true",
      "a*b*c, aXXbYYc, true",
      "a*b*c, aXXbYY, false"})
  void starStandsForAnyCharactersAndTheWholeHostMustMatch(String pattern, String host,
      boolean matches) {
    assertEquals(matches, NonProxyHosts.parse(pattern).matches(host));
  }

  @Test
  void barsAndCommasSeparateAndSpacesAndEmptyItemsAreDropped() {
    NonProxyHosts hosts = NonProxyHosts.parse(" a.example | b.example , C.example ||");
    assertEquals("a.example|b.example|c.example", hosts.toString());
    assertTrue(hosts.matches("c.example"));
    assertFalse(NonProxyHosts.parse("|").matches("localhost"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://corp.example", "corp.example/", "a b", "host;x", "[::1"})
  void patternsThatNoHostCouldMatchAreRejected(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NonProxyHosts.parse(text));
    assertTrue(e.getMessage().contains("* stands for any characters"), e.getMessage());
  }

  @Test
  void aPathologicalPatternIsStillQuick() {
    NonProxyHosts hosts = NonProxyHosts.parse("*a".repeat(5_000) + "b");
    assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertFalse(hosts.matches("a".repeat(253))));
  }

  @Test
  void equalListsAreEqual() {
    assertEquals(NonProxyHosts.parse("A.example|b.example"),
        NonProxyHosts.parse("a.example,b.example"));
  }
}
