package io.cccjdbc.api;

import com.google.common.escape.Escaper;
import com.google.common.net.PercentEscaper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.SortedMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud RPC signature, version 1.0 (HMAC-SHA1): the canonical query is the
 * sorted, RFC 3986-encoded parameters; the string to sign is
 * {@code METHOD&%2F&encode(canonical)}; the key is the secret followed by {@code &}.
 */
final class RpcSigner {

  /** RFC 3986 unreserved characters stay; everything else (space too) is %XX in UTF-8. */
  private static final Escaper RFC3986 = new PercentEscaper("-_.~", false);

  private RpcSigner() {
  }

  static String percentEncode(String value) {
    return RFC3986.escape(value);
  }

  static String canonicalQuery(SortedMap<String, String> params) {
    return params.entrySet().stream()
        .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String stringToSign(String method, SortedMap<String, String> params) {
    return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(params));
  }

  static String sign(String method, SortedMap<String, String> params, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      byte[] digest = mac.doFinal(stringToSign(method, params).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is required by every Java platform", e);
    }
  }
}
