package io.cccjdbc.emulator;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud RPC request signing, SignatureVersion 1.0 with HMAC-SHA1, as the server side
 * recomputes it. Written from the published algorithm only, so that the driver's own signing
 * code and this one check each other.
 */
final class Signatures {
  static final String SIGNATURE_METHOD = "HMAC-SHA1";
  static final String SIGNATURE_VERSION = "1.0";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Signatures() {}

  /** RFC 3986 percent-encoding of the UTF-8 bytes: only {@code A-Za-z0-9-_.~} stay as they are. */
  static String percentEncode(String value) {
    byte[] bytes = value.getBytes(UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /** Every parameter except {@code Signature}, sorted by name, as {@code enc(k)=enc(v)} joined by {@code &}. */
  static String canonicalQuery(Map<String, String> parameters) {
    return new TreeMap<>(parameters).entrySet().stream()
        .filter(e -> !e.getKey().equals("Signature"))
        .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String stringToSign(String httpMethod, Map<String, String> parameters) {
    return httpMethod + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(parameters));
  }

  /** The signature the server expects for these parameters, signed with {@code secret}. */
  static String expectedSignature(String httpMethod, Map<String, String> parameters, String secret) {
    return hmacSha1(stringToSign(httpMethod, parameters), secret);
  }

  static String hmacSha1(String stringToSign, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((secret + "&").getBytes(UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is required of every JDK", e);
    }
  }

  /** Compares in constant time, so response timing tells an attacker nothing about the signature. */
  static boolean matches(String expected, String provided) {
    return MessageDigest.isEqual(expected.getBytes(UTF_8), provided.getBytes(UTF_8));
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-' || c == '_' || c == '.' || c == '~';
  }
}
