package io.cccjdbc.emulator;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text, the encoding of both the query string
 * and a POST body: {@code +} is a space and {@code %2B} a plus, so any value survives the trip.
 */
final class FormParameters {
  private FormParameters() {}

  /**
   * Adds the pairs of {@code raw} (undecoded) to {@code into}. A name seen before keeps its first
   * value, so a value smuggled in without encoding cannot replace one the client signed.
   *
   * @throws IllegalArgumentException if a percent escape is malformed
   */
  static void decodeInto(String raw, Map<String, String> into) {
    if (raw == null || raw.isEmpty()) {
      return;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8);
      into.putIfAbsent(name, value);
    }
  }
}
