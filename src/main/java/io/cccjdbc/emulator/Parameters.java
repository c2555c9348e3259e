package io.cccjdbc.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An action's request parameters, read and checked the way CCC checks them. */
final class Parameters {
  private final Map<String, String> values;

  Parameters(Map<String, String> values) {
    this.values = values;
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
