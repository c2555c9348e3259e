package io.cccjdbc.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One JSON object of an answer, read field by field. The API sends booleans and numbers as
 * strings ({@code "true"}, {@code "1"}), ids as numbers, omits fields freely and adds new ones,
 * so reading is lenient about form but never guesses a value: one it cannot read is a
 * {@link CccDataException} that names the request, its request id, the field and the value.
 * An absent field, JSON {@code null} and {@code ""} read as null.
 */
public final class ApiObject {

  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendLiteral('T').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .toFormatter(Locale.ROOT);

  private final JsonNode node;
  private final Origin origin;
  /** Where this object is in the answer, or, for an element, where its array is. */
  private final String path;
  /** An element's index in the array at {@code path}; -1 for any other object. */
  private final int index;

  /** Where an object came from, for messages. */
  record Origin(ApiRequest request, String requestId) {
  }

  ApiObject(JsonNode node, Origin origin, String path) {
    this(node, origin, path, -1);
  }

  private ApiObject(JsonNode node, Origin origin, String path, int index) {
    this.node = node;
    this.origin = origin;
    this.path = path;
    this.index = index;
  }

  /** The {@code Data} object of an answer to {@code request} decoded elsewhere. */
  public static ApiObject of(JsonNode data, ApiRequest request, String requestId) {
    return root(data, new Origin(request, requestId)).asObject();
  }

  /** The answer's {@code Data}, of whatever JSON type, before its shape is checked. */
  static ApiObject root(JsonNode data, Origin origin) {
    return new ApiObject(data, origin, "Data");
  }

  /** This node, checked to be an object. */
  ApiObject asObject() {
    if (!node.isObject()) {
      throw unreadablePath(path(), node, "an object");
    }
    return this;
  }

  /** This node's elements, checked to be an array of objects. */
  List<ApiObject> asObjects() {
    return elements(node, path());
  }

  public boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /** Text; a JSON integer reads as its digits (the API sends some ids as numbers). */
  public String string(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isIntegralNumber()) {
      return value.asText();
    }
    throw unreadable(field, value, "text");
  }

  /** {@code true}, {@code "true"} (any case), {@code 1}, {@code "1"} and their false twins. */
  public Boolean bool(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isTextual() || value.isIntegralNumber()) {
      switch (value.asText().trim().toLowerCase(Locale.ROOT)) {
        case "true", "1" -> {
          return Boolean.TRUE;
        }
        case "false", "0" -> {
          return Boolean.FALSE;
        }
        case "" -> {
          return null;
        }
        default -> {
          // Falls through to the error below.
        }
      }
    }
    throw unreadable(field, value, "true/false or 1/0");
  }

  public Integer integer(String field) {
    BigInteger value = wholeNumber(field);
    if (value == null) {
      return null;
    }
    if (value.bitLength() >= Integer.SIZE) {
      throw unreadable(field, node.get(field), "an INTEGER (a whole number within 32 bits)");
    }
    return value.intValue();
  }

  public Long bigint(String field) {
    BigInteger value = wholeNumber(field);
    if (value == null) {
      return null;
    }
    if (value.bitLength() >= Long.SIZE) {
      throw unreadable(field, node.get(field), "a BIGINT (a whole number within 64 bits)");
    }
    return value.longValue();
  }

  /** A JSON number or a decimal number written as text. */
  public Double decimal(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (value.isTextual()) {
      String text = value.textValue().trim();
      if (text.isEmpty()) {
        return null;
      }
      if (text.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
        return Double.valueOf(text);
      }
    }
    throw unreadable(field, value, "a number");
  }

  /**
   * A date and time written as text, {@code yyyy-MM-dd HH:mm:ss} with an optional fraction
   * (as {@code ListContactFlows} sends them), kept as the wall-clock value written.
   */
  public LocalDateTime dateTime(String field) {
    String text = string(field);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.trim(), DATE_TIME);
    } catch (DateTimeParseException e) {
      throw unreadable(field, node.get(field), "a date and time (yyyy-MM-dd HH:mm:ss)");
    }
  }

  /** A nested object, or null if absent. */
  public ApiObject object(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw unreadable(field, value, "an object");
    }
    return new ApiObject(value, origin, path() + "." + field);
  }

  /** The objects of an array field; absent or null is none, and a null element is no object. */
  public List<ApiObject> objects(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return new ArrayList<>();
    }
    return elements(value, path() + "." + field);
  }

  private List<ApiObject> elements(JsonNode array, String arrayPath) {
    if (!array.isArray()) {
      throw unreadablePath(arrayPath, array, "a list");
    }
    List<ApiObject> objects = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      if (element.isObject()) {
        objects.add(new ApiObject(element, origin, arrayPath, i));
      } else if (!element.isNull()) {
        throw unreadablePath(arrayPath + "[" + i + "]", element, "an object");
      }
    }
    return objects;
  }

  /** The texts of an array field; absent or null is none, and a null element is left out. */
  public List<String> strings(String field) {
    JsonNode value = node.get(field);
    List<String> strings = new ArrayList<>();
    if (value == null || value.isNull()) {
      return strings;
    }
    if (!value.isArray()) {
      throw unreadable(field, value, "a list");
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (element.isTextual() || element.isIntegralNumber()) {
        strings.add(element.asText());
      } else if (!element.isNull()) {
        throw unreadable(field + "[" + i + "]", element, "text");
      }
    }
    return strings;
  }

  /** The request whose answer this object is part of. */
  public ApiRequest request() {
    return origin.request();
  }

  /** Whether both hold the same JSON, wherever they came from. */
  public boolean sameContent(ApiObject other) {
    return node.equals(other.node);
  }

  @Override
  public String toString() {
    return path() + " of " + origin.request();
  }

  private BigInteger wholeNumber(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue();
    }
    if (value.isTextual()) {
      String text = value.textValue().trim();
      if (text.isEmpty()) {
        return null;
      }
      if (text.matches("[+-]?[0-9]{1,40}")) {
        return new BigInteger(text);
      }
    }
    throw unreadable(field, value, "a whole number");
  }

  /**
   * Such as {@code Data.NumberList[2]}; an element's is put together only when asked, as
   * reading many rows needs none.
   */
  private String path() {
    return index < 0 ? path : path + "[" + index + "]";
  }

  private CccDataException unreadable(String field, JsonNode value, String expected) {
    return unreadablePath(path() + "." + field, value, expected);
  }

  private CccDataException unreadablePath(String where, JsonNode value, String expected) {
    String shown = value.toString();
    if (shown.length() > 80) {
      shown = shown.substring(0, 80) + "...";
    }
    return new CccDataException(origin.request(), "the answer"
        + (origin.requestId() == null ? "" : " (RequestId " + origin.requestId() + ")")
        + " has " + where + " = " + shown + ", which is not " + expected
        + "; the driver does not guess values");
  }
}
