package io.cccjdbc.api;

import com.google.common.escape.Escaper;
import com.google.common.net.PercentEscaper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud RPC signature, version 1.0 (HMAC-SHA1): the canonical query is the
 * sorted, RFC 3986-encoded parameters; the string to sign is
 * {@code METHOD&%2F&encode(canonical)}; the key is the secret followed by {@code &}.
 *
 * <p>One signer per secret: looking up and keying a {@link Mac} took more CPU than the
 * signing itself, so each signature starts from a copy of one keyed Mac.
 */
final class RpcSigner {

  private static final String ALGORITHM = "HmacSHA1";

  /** RFC 3986 unreserved characters stay; everything else (space too) is %XX in UTF-8. */
  private static final Escaper RFC3986 = new PercentEscaper("-_.~", false);

  private final SecretKeySpec key;
  /** Keyed once, never updated: only ever cloned, which is safe from any thread. */
  private final Mac keyed;

  RpcSigner(String secret) {
    key = new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), ALGORITHM);
    keyed = newMac(key);
  }

  static String percentEncode(String value) {
    return RFC3986.escape(value);
  }

  static String canonicalQuery(SortedMap<String, String> params) {
    StringBuilder query = new StringBuilder(512);
    for (Map.Entry<String, String> param : params.entrySet()) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(percentEncode(param.getKey())).append('=')
          .append(percentEncode(param.getValue()));
    }
    return query.toString();
  }

  static String stringToSign(String method, String canonicalQuery) {
    return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery);
  }

  /** The Base64 signature of a request with this method and canonical query. */
  String sign(String method, String canonicalQuery) {
    byte[] digest = mac().doFinal(
        stringToSign(method, canonicalQuery).getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(digest);
  }

  private Mac mac() {
    try {
      return (Mac) keyed.clone();
    } catch (CloneNotSupportedException e) {
      // A provider whose Mac cannot be copied (some FIPS modules) is keyed anew each time.
      return newMac(key);
    }
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is required by every Java platform", e);
    }
  }
}
