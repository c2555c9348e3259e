package io.cccjdbc.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for CCC responses: the envelope's fields by their API names;
 * {@code Data} stays a tree that {@link ApiObject} reads field by field.
 */
final class ApiJson {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, true)
      .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, false)
      .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
      .build();

  private ApiJson() {
  }

  static <T> JavaType envelopeOf(Class<T> dataType) {
    return MAPPER.getTypeFactory().constructParametricType(Envelope.class, dataType);
  }
}
