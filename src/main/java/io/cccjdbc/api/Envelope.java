package io.cccjdbc.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * The common frame of every CCC response, successful or not, as far as the client reads it:
 * successful ones carry {@code Data}, errors a {@code Code} and {@code Message}. Members
 * nothing reads ({@code HostId}, {@code Recommend}, {@code HttpStatusCode}) are skipped.
 */
record Envelope(String requestId, String code, String message, JsonNode data) {

  /**
   * Reads one answer as it streams in; {@code null} for a body that is JSON {@code null}.
   * Scalars where text is expected are read as their text, and anything after the frame is
   * not read, as a lenient object mapper would.
   *
   * @throws JsonParseException if the body is not a JSON object of this shape
   */
  static Envelope read(InputStream in) throws IOException {
    try (JsonParser parser = ApiJson.FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonParseException(parser, "No content to map due to end-of-input");
      }
      if (first == JsonToken.VALUE_NULL) {
        return null;
      }
      if (first != JsonToken.START_OBJECT) {
        throw new JsonParseException(parser, "Expected a JSON object, found " + first);
      }
      String requestId = null;
      String code = null;
      String message = null;
      JsonNode data = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        switch (name) {
          case "RequestId" -> requestId = text(parser, name);
          case "Code" -> code = text(parser, name);
          case "Message" -> message = text(parser, name);
          case "Data" -> data = ApiJson.tree(parser);
          default -> parser.skipChildren();
        }
      }
      return new Envelope(requestId, code, message, data);
    }
  }

  private static String text(JsonParser parser, String name) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (!token.isScalarValue()) {
      throw new JsonParseException(parser, name + " is " + token + " where text was expected");
    }
    return parser.getText();
  }
}
