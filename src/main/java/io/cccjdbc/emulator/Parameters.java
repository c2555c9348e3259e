package io.cccjdbc.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An action's request parameters, read and checked the way CCC checks them. */
final class Parameters {
  private final Map<String, String> values;
  private final Instant now;

  /** {@code now} is when the service answers, by the emulator's clock. */
  Parameters(Map<String, String> values, Instant now) {
    this.values = values;
    this.now = now;
  }

  /** When the service answers: what "now" and "today" mean for defaults. */
  Instant now() {
    return now;
  }

  /** The value, or null if absent or empty (CCC reads an empty filter as no filter). */
  String optional(String name) {
    String value = values.get(name);
    return GatewayChecks.isMissing(value) ? null : value;
  }

  /** A mandatory parameter, refused as GetInstance and ListInstances refuse one. */
  String required(String name) {
    String value = optional(name);
    if (value == null) {
      throw new Rejection(ApiError.missing(name));
    }
    return value;
  }

  /** A mandatory parameter, refused as the newer list actions refuse one. */
  String notBlank(String name) {
    String value = optional(name);
    if (value == null) {
      throw new Rejection(ApiError.blank(name));
    }
    return value;
  }

  int requiredInt(String name, int minimum, int maximum) {
    return requiredInt(name, required(name), minimum, maximum);
  }

  int notBlankInt(String name, int minimum, int maximum) {
    return requiredInt(name, notBlank(name), minimum, maximum);
  }

  /** An optional time in epoch milliseconds, not before 1970; null if absent. */
  Long optionalMillis(String name) {
    String raw = optional(name);
    if (raw == null) {
      return null;
    }
    long value;
    try {
      value = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new Rejection(ApiError.invalid(name));
    }
    if (value < 0) {
      throw new Rejection(ApiError.belowMinimum(name, 0));
    }
    return value;
  }

  /** An optional parameter taking one of {@code values}, exactly as spelt there. */
  String oneOf(String name, String absent, List<String> values) {
    String raw = optional(name);
    if (raw == null) {
      return absent;
    }
    if (!values.contains(raw)) {
      throw new Rejection(ApiError.notOneOf(name, values));
    }
    return raw;
  }

  /** Like {@link #oneOf}, ignoring case, for the parameters the reference spells both ways. */
  String oneOfIgnoringCase(String name, String absent, List<String> values) {
    String raw = optional(name);
    if (raw == null) {
      return absent;
    }
    return values.stream().filter(raw::equalsIgnoreCase).findFirst()
        .orElseThrow(() -> new Rejection(ApiError.notOneOf(name, values)));
  }

  private static int requiredInt(String name, String raw, int minimum, int maximum) {
    int value;
    try {
      value = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new Rejection(ApiError.invalid(name));
    }
    if (value < minimum) {
      throw new Rejection(ApiError.belowMinimum(name, minimum));
    }
    if (value > maximum) {
      throw new Rejection(ApiError.aboveMaximum(name, maximum));
    }
    return value;
  }

  /** A list filter sent as a JSON array of strings, such as {@code ["a","b"]}; null if absent. */
  List<String> jsonList(String name, int maxElements) {
    String raw = optional(name);
    if (raw == null) {
      return null;
    }
    JsonNode array;
    try {
      array = Json.MAPPER.readTree(raw);
    } catch (JsonProcessingException e) {
      throw new Rejection(ApiError.invalid(name));
    }
    if (array == null || !array.isArray()) {
      throw new Rejection(ApiError.invalid(name));
    }
    if (array.size() > maxElements) {
      throw new Rejection(ApiError.tooManyElements(name, maxElements));
    }
    List<String> list = new ArrayList<>();
    for (JsonNode element : array) {
      if (!element.isTextual()) {
        throw new Rejection(ApiError.invalid(name));
      }
      list.add(element.textValue());
    }
    return list;
  }
}
