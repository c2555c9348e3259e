package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RpcSignerTest {

  @Test
  void publishedExampleGivesPublishedSignature() {
    TreeMap<String, String> params = new TreeMap<>();
    params.put("TimeStamp", "2016-02-23T12:46:24Z");
    params.put("Format", "XML");
    params.put("AccessKeyId", "testid");
    params.put("Action", "DescribeRegions");
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
    params.put("Version", "2014-05-26");
    params.put("SignatureVersion", "1.0");

    assertEquals("CT9X0VtwR86fNWSnsc6v8YGOjuE=",
        new RpcSigner("testsecret").sign("GET", RpcSigner.canonicalQuery(params)));
  }

  @Test
  void oneSignerSignsEachRequestOnItsOwn() {
    RpcSigner signer = new RpcSigner("testsecret");
    TreeMap<String, String> first = new TreeMap<>(Map.of("Action", "DescribeRegions"));
    TreeMap<String, String> second = new TreeMap<>(Map.of("Action", "GetInstance"));

    String firstSignature = signer.sign("GET", RpcSigner.canonicalQuery(first));
    String secondSignature = signer.sign("POST", RpcSigner.canonicalQuery(second));

    assertNotEquals(firstSignature, secondSignature);
    assertEquals(firstSignature, signer.sign("GET", RpcSigner.canonicalQuery(first)));
    assertEquals(secondSignature,
        new RpcSigner("testsecret").sign("POST", RpcSigner.canonicalQuery(second)));
    assertNotEquals(firstSignature,
        new RpcSigner("othersecret").sign("GET", RpcSigner.canonicalQuery(first)));
  }

  @Test
  void percentEncodingFollowsRfc3986() {
    assertEquals("a%20b%2A~-_.%2B%2F%3D%26%25", RpcSigner.percentEncode("a b*~-_.+/=&%"));
    assertEquals("%E4%B9%90%E5%B1%B1", RpcSigner.percentEncode("乐山"));
  }

  @Test
  void stringToSignEncodesTheSortedCanonicalQuery() {
    TreeMap<String, String> params = new TreeMap<>();
    params.put("b", "x y");
    params.put("a", "1&Action=Delete");

    assertEquals("GET&%2F&a%3D1%2526Action%253DDelete%26b%3Dx%2520y",
        RpcSigner.stringToSign("GET", RpcSigner.canonicalQuery(params)));
  }
}
