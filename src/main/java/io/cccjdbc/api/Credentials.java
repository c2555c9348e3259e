package io.cccjdbc.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Strings;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;

/**
 * An AccessKey pair, with an STS token when the pair is temporary. {@link #toString()} shows only
 * the AccessKey ID, so the value is safe to log.
 */
public record Credentials(String accessKeyId, String accessKeySecret, String securityToken) {

  /**
   * Checks that the pair is complete; an empty token is the same as none.
   *
   * @throws IllegalArgumentException if the AccessKey ID or secret is null or empty
   */
  public Credentials {
    checkArgument(!Strings.isNullOrEmpty(accessKeyId), "the AccessKey ID is empty");
    checkArgument(!Strings.isNullOrEmpty(accessKeySecret), "the AccessKey secret is empty");
    securityToken = Strings.emptyToNull(securityToken);
  }

  /**
   * SHA-256 (hex) over all three parts, for keying caches per account without keeping the secret
   * in the key. Each part is length-prefixed, so no two different triples share the input.
   */
  public String digest() {
    Hasher hasher = Hashing.sha256().newHasher();
    putPart(hasher, accessKeyId);
    putPart(hasher, accessKeySecret);
    putPart(hasher, securityToken);
    return hasher.hash().toString();
  }

  @Override
  public String toString() {
    return "Credentials[accessKeyId=" + accessKeyId + ", accessKeySecret=***, securityToken="
        + (securityToken == null ? "none" : "***") + "]";
  }

  private static void putPart(Hasher hasher, String part) {
    if (part == null) {
      hasher.putInt(-1);
      return;
    }
    byte[] bytes = part.getBytes(UTF_8);
    hasher.putInt(bytes.length).putBytes(bytes);
  }
}
