package io.cccjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignaturesTest {

  @Test
  void publishedExampleSignsAsDocumented() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("TimeStamp", "2016-02-23T12:46:24Z");
    parameters.put("Format", "XML");
    parameters.put("AccessKeyId", "testid");
    parameters.put("Action", "DescribeRegions");
    parameters.put("SignatureMethod", "HMAC-SHA1");
    parameters.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
    parameters.put("Version", "2014-05-26");
    parameters.put("SignatureVersion", "1.0");

    assertEquals("CT9X0VtwR86fNWSnsc6v8YGOjuE=", Signatures.expectedSignature("GET", parameters, "testsecret"));
  }

  @Test
  void percentEncodingKeepsOnlyUnreservedCharacters() {
    assertEquals("AZaz09-_.~", Signatures.percentEncode("AZaz09-_.~"));
    assertEquals("a%20b%2Ac%2Bd%2Fe%3Df%26g%25", Signatures.percentEncode("a b*c+d/e=f&g%"));
    assertEquals("%E4%BA%91%22%27", Signatures.percentEncode("云\"'"));
  }

  @Test
  void canonicalQuerySortsByNameAndLeavesOutTheSignature() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("b", "2 2");
    parameters.put("Signature", "ignored");
    parameters.put("A", "1");
    parameters.put("a", "*");

    assertEquals("A=1&a=%2A&b=2%202", Signatures.canonicalQuery(parameters));
  }

  @Test
  void stringToSignEncodesTheCanonicalQueryOnceMore() {
    assertEquals("POST&%2F&A%3D1%26b%3D2%25202", Signatures.stringToSign("POST", Map.of("A", "1", "b", "2 2")));
  }
}
