package io.cccjdbc.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes credentials from text the server sent back before it reaches a message: a service
 * (or a proxy) that echoes the request may show the STS token, the signature or worse. Each
 * known value goes, in every spelling a URL or form could give it, and so does the value of
 * any parameter named like a credential.
 */
final class Scrubber {

  static final String MASK = "***";

  /** Shorter values would also match innocent text; real tokens and signatures are long. */
  private static final int SHORTEST_SECRET = 8;

  private static final Pattern NAMED = Pattern.compile(
      "(?i)(\"?(?:SecurityToken|Signature|AccessKeySecret)\"?\\s*[=:]\\s*\"?)[^&\\s\",}]+");

  private final String[] values;
  /** The spellings, worked out on the first scrub: most answers never need one. */
  private List<String> secrets;

  private Scrubber(String[] values) {
    this.values = values;
  }

  /** Scrubs these values (nulls ignored). */
  static Scrubber of(String... values) {
    return new Scrubber(values.clone());
  }

  /** Every spelling of every value, longest first so no part of one survives another. */
  private List<String> secrets() {
    if (secrets == null) {
      Set<String> spellings = new LinkedHashSet<>();
      for (String value : values) {
        if (value != null && value.length() >= SHORTEST_SECRET) {
          spellings.add(value);
          spellings.add(RpcSigner.percentEncode(value));
          spellings.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
          spellings.add(RpcSigner.percentEncode(RpcSigner.percentEncode(value)));
        }
      }
      List<String> ordered = new ArrayList<>(spellings);
      ordered.sort((a, b) -> b.length() - a.length());
      secrets = List.copyOf(ordered);
    }
    return secrets;
  }

  String scrub(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets()) {
      result = result.replace(secret, MASK);
    }
    return NAMED.matcher(result).replaceAll("$1" + MASK);
  }
}
