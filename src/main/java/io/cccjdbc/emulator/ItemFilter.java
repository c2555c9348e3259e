package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * How a list action narrows its items by one request parameter. Each reads and checks its
 * parameter whether or not items follow, as the service refuses a bad value either way.
 */
interface ItemFilter {

  /** The test items must pass, or null if the request does not filter on this. */
  Predicate<ObjectNode> from(Parameters parameters);

  /** The item's {@code field} equals the parameter. */
  static ItemFilter equal(String parameter, String field) {
    return parameters -> {
      String value = parameters.optional(parameter);
      return value == null ? null : item -> value.equals(text(item.get(field)));
    };
  }

  /** Like {@link #equal}, except that the parameter's value {@code all} filters nothing. */
  static ItemFilter equalUnless(String parameter, String field, String all) {
    return parameters -> {
      String value = parameters.optional(parameter);
      return value == null || value.equalsIgnoreCase(all)
          ? null : item -> value.equals(text(item.get(field)));
    };
  }

  /** Like {@link #equal}, ignoring case, with the value the service assumes when none is sent. */
  static ItemFilter equalOrDefault(String parameter, String field, String assumed) {
    return parameters -> {
      String value = parameters.optional(parameter);
      String wanted = value == null ? assumed : value;
      return item -> wanted.equalsIgnoreCase(String.valueOf(text(item.get(field))));
    };
  }

  /** Any of the fields contains the parameter's text (the reference's fuzzy match). */
  static ItemFilter contains(String parameter, String... fields) {
    return parameters -> {
      String value = parameters.optional(parameter);
      if (value == null) {
        return null;
      }
      String wanted = value.toLowerCase(Locale.ROOT);
      return item -> List.of(fields).stream().map(field -> text(item.get(field)))
          .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(wanted));
    };
  }

  /** One object of the item's list field has {@code keyField} equal to the parameter. */
  static ItemFilter memberOf(String parameter, String listField, String keyField) {
    return parameters -> {
      String value = parameters.optional(parameter);
      if (value == null) {
        return null;
      }
      return item -> {
        JsonNode list = item.get(listField);
        if (list == null || !list.isArray()) {
          return false;
        }
        for (JsonNode member : list) {
          if (value.equals(text(member.get(keyField)))) {
            return true;
          }
        }
        return false;
      };
    };
  }

  /** The item's {@code field} is one of the JSON-array parameter's values. */
  static ItemFilter inList(String parameter, String field, int maxElements) {
    return parameters -> {
      List<String> values = parameters.jsonList(parameter, maxElements);
      return values == null ? null : item -> values.contains(text(item.get(field)));
    };
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }
}
