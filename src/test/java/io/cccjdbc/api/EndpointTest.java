package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
      "ap-southeast-5", "cn-beijing", "cn-chengdu", "cn-hongkong", "cn-huhehaote", "cn-qingdao",
      "cn-shenzhen", "cn-zhangjiakou", "eu-central-1", "eu-west-1", "me-east-1", "us-east-1",
      "us-west-1", "cn-hangzhou-finance", "cn-shenzhen-finance-1", "cn-shanghai-finance-1",
      "cn-north-2-gov-1"})
  void sdkMappedRegionsUseTheCentralEndpoint(String region) {
    assertEquals("https://ccc.aliyuncs.com", Endpoint.forRegion(region).baseUrl());
  }

  @Test
  void otherRegionsUseTheRegionalEndpoint() {
    assertEquals("https://ccc.cn-shanghai.aliyuncs.com",
        Endpoint.forRegion("cn-shanghai").baseUrl());
    assertEquals("https://ccc.cn-hangzhou.aliyuncs.com",
        Endpoint.forRegion("cn-hangzhou").baseUrl());
  }

  @Test
  void unknownButPlausibleRegionIsAccepted() {
    Endpoint endpoint = Endpoint.forRegion("xx-future-9");
    assertEquals(new Endpoint("https", "ccc.xx-future-9.aliyuncs.com", 443), endpoint);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "cn-shanghai.evil.com", "evil.com/x", "cn shanghai", "-cn", "cn-",
      "CN-SHANGHAI", "cn_shanghai", "cn-shanghai\n", "北京",
      "a123456789012345678901234567890123456789012345678901234567890123"})
  void implausibleRegionIsRejected(String region) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Endpoint.forRegion(region));
    assertTrue(e.getMessage().contains("such as cn-shanghai"), e.getMessage());
  }

  @Test
  void nullRegionIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Endpoint.forRegion(null));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "example.com                     | https | example.com  | 443  | https://example.com",
      "Example.COM                     | https | example.com  | 443  | https://example.com",
      "example.com:8443                | https | example.com  | 8443 | https://example.com:8443",
      "https://example.com             | https | example.com  | 443  | https://example.com",
      "HTTPS://example.com:443/        | https | example.com  | 443  | https://example.com",
      "https://example.com:9443        | https | example.com  | 9443 | https://example.com:9443",
      "'  ccc.aliyuncs.com  '          | https | ccc.aliyuncs.com | 443 | https://ccc.aliyuncs.com",
      "http://127.0.0.1:8080           | http  | 127.0.0.1    | 8080 | http://127.0.0.1:8080",
      "http://127.1.2.3                | http  | 127.1.2.3    | 80   | http://127.1.2.3",
      "http://localhost:9000           | http  | localhost    | 9000 | http://localhost:9000",
      "http://LOCALHOST                | http  | localhost    | 80   | http://localhost",
      "http://[::1]:8080               | http  | ::1          | 8080 | http://[::1]:8080",
      "'http://[0:0:0:0:0:0:0:1]:8080' | http  | ::1          | 8080 | http://[::1]:8080",
      "[2001:db8::1]                   | https | 2001:db8::1  | 443  | https://[2001:db8::1]",
      "'[2001:db8::1]:8443'            | https | 2001:db8::1  | 8443 | https://[2001:db8::1]:8443",
      "10.0.0.5:8443                   | https | 10.0.0.5     | 8443 | https://10.0.0.5:8443",
  })
  void endpointFormsAreParsed(String text, String scheme, String host, int port, String url) {
    Endpoint endpoint = Endpoint.parse(text);
    assertAll(
        () -> assertEquals(scheme, endpoint.scheme()),
        () -> assertEquals(host, endpoint.host()),
        () -> assertEquals(port, endpoint.port()),
        () -> assertEquals(url, endpoint.baseUrl()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.com", "http://127.0.0.1.evil.com",
      "http://localhost.evil",
      "http://evil-localhost", "http://10.0.0.1:8080", "http://[2001:db8::1]", "http://127.1",
      "http://0x7f000001", "http://2130706433", "http://[::2]", "http://0.0.0.0"})
  void httpIsRefusedForNonLoopbackHosts(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Endpoint.parse(text));
    assertTrue(e.getMessage().contains("only for a loopback host"), e.getMessage());
    assertTrue(e.getMessage().contains("use https://"), e.getMessage());
  }

  @Test
  void httpsIsAcceptedForLookalikeLoopbackNames() {
    assertEquals("127.0.0.1.evil.com", Endpoint.parse("127.0.0.1.evil.com").host());
    assertFalse(Endpoint.parse("localhost.evil").isLoopback());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''                               | empty",
      "'   '                            | empty",
      "ftp://example.com                | only https://",
      "https://                         | host is missing",
      "https://example.com/path         | without path",
      "https://example.com?x=1          | without path, query",
      "https://user@example.com         | user info",
      "https://exa mple.com             | spaces",
      "example.com:0                    | port",
      "example.com:65536                | port",
      "example.com:http                 | port",
      "example.com:                     | port",
      "::1                              | brackets",
      "2001:db8::1:443                  | brackets",
      "exa_mple.com                     | dot-separated labels",
      "example..com                     | dot-separated labels",
      "-example.com                     | dot-separated labels",
      "bücher.de                        | xn-- form",
  })
  void malformedEndpointsSayWhatIsWrong(String text, String expectedPart) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Endpoint.parse(text));
    assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
  }

  @Test
  void controlCharactersAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Endpoint.parse("example.com\u0000"));
    assertThrows(IllegalArgumentException.class, () -> Endpoint.parse("example.com\r\nX: y"));
  }

  @Test
  void hugeEndpointGivesAClearError() {
    String huge = "a".repeat(100_000) + ".com";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Endpoint.parse(huge));
    assertTrue(e.getMessage().contains("dot-separated labels") || e.getMessage().contains("253"),
        e.getMessage());
  }

  @Test
  void constructorAlsoRefusesPlainHttpToRemoteHosts() {
    assertThrows(IllegalArgumentException.class, () -> new Endpoint("http", "example.com", 80));
    assertThrows(IllegalArgumentException.class, () -> new Endpoint("ftp", "localhost", 21));
  }

  @Test
  void loopbackIsDecidedWithoutDns() {
    assertTrue(Endpoint.parse("127.0.0.1").isLoopback());
    assertTrue(Endpoint.parse("[::1]").isLoopback());
    assertTrue(Endpoint.parse("localhost").isLoopback());
    assertFalse(Endpoint.parse("ccc.aliyuncs.com").isLoopback());
  }
}
