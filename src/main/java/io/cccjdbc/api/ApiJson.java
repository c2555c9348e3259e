package io.cccjdbc.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON of the API, through Jackson's streaming parser and generator and its tree nodes. Not
 * its object mapper: building one, and a deserializer for the response frame, made a fresh
 * JVM load some 500 classes before its first answer could be read, for what a few lines of
 * streaming do. Trees are built as the mapper's {@code readTree} builds them (the same node
 * for each kind of number), so {@link ApiObject} reads the same values.
 */
final class ApiJson {

  static final JsonFactory FACTORY = new JsonFactory();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ApiJson() {
  }

  /**
   * Texts up to this long are shared within one answer: a list repeats the same cities,
   * states and flags on every item, and answers stay in memory for a statement's life and
   * the cache's, so one node per distinct value keeps a scan of thousands of instances
   * within a small heap.
   */
  private static final int SHARED_TEXT_LENGTH = 32;

  /** The value at the parser's current token, as a tree; the parser is left on its end. */
  static JsonNode tree(JsonParser parser) throws IOException {
    return tree(parser, new HashMap<>());
  }

  private static JsonNode tree(JsonParser parser, Map<String, JsonNode> texts)
      throws IOException {
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.replace(name, tree(parser, texts));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(tree(parser, texts));
        }
        yield array;
      }
      case VALUE_STRING -> text(parser.getText(), texts);
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> NODES.numberNode(parser.getIntValue());
        case LONG -> NODES.numberNode(parser.getLongValue());
        default -> NODES.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new JsonParseException(parser,
          "Unexpected token (" + parser.currentToken() + ") where a JSON value was expected");
    };
  }

  private static JsonNode text(String value, Map<String, JsonNode> texts) {
    if (value.length() > SHARED_TEXT_LENGTH) {
      return NODES.textNode(value);
    }
    return texts.computeIfAbsent(value, NODES::textNode);
  }

  /** Strings as one JSON array. */
  static String stringArray(List<String> values) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.writeStartArray();
      for (String value : values) {
        generator.writeString(value);
      }
      generator.writeEndArray();
    }
    return out.toString();
  }
}
