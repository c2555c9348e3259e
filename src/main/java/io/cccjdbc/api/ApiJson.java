package io.cccjdbc.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Locale;

/**
 * The one Jackson configuration for CCC responses. The API sends booleans and integers
 * as strings ({@code "true"}, {@code "1"}), omits fields freely and adds new ones, so
 * decoding is lenient about shape but never guesses a value it cannot read.
 */
final class ApiJson {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
      .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, true)
      .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, false)
      .addModule(new SimpleModule("ccc-lenient").addDeserializer(Boolean.class, new LenientBoolean()))
      .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
      .build();

  private ApiJson() {
  }

  static <T> JavaType envelopeOf(Class<T> dataType) {
    return MAPPER.getTypeFactory().constructParametricType(Envelope.class, dataType);
  }

  /** Accepts {@code true}, {@code "true"}, {@code "1"} and {@code 1} (and their false twins). */
  private static final class LenientBoolean extends StdScalarDeserializer<Boolean> {
    LenientBoolean() {
      super(Boolean.class);
    }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (token == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      if (token == JsonToken.VALUE_NUMBER_INT) {
        return fromText(p.getText(), p, ctxt);
      }
      if (token == JsonToken.VALUE_STRING) {
        return fromText(p.getText().trim(), p, ctxt);
      }
      return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
    }

    private static Boolean fromText(String text, JsonParser p, DeserializationContext ctxt)
        throws IOException {
      switch (text.toLowerCase(Locale.ROOT)) {
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
          return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, text,
              "expected true/false or 1/0");
        }
      }
    }

    @Override
    public Boolean getNullValue(DeserializationContext ctxt) {
      return null;
    }
  }
}
