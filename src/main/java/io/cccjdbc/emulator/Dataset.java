package io.cccjdbc.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The instances an emulator serves, each exactly the {@code Data} object GetInstance returns for
 * it. They are kept as JSON trees and served verbatim, so unknown fields and string-typed
 * booleans or numbers reach the client as the dataset wrote them. ListInstances lists them in
 * dataset order.
 */
public final class Dataset {
  private static final String DEMO_RESOURCE = "demo-instances.json";

  private final List<String> ids;
  private final Function<String, ObjectNode> lookup;

  private Dataset(List<String> ids, Function<String, ObjectNode> lookup) {
    this.ids = List.copyOf(ids);
    this.lookup = lookup;
  }

  /** The built-in demo instances, including the API reference's example instance {@code ccc-test}. */
  public static Dataset demo() {
    try (InputStream in = Dataset.class.getResourceAsStream(DEMO_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the demo dataset " + DEMO_RESOURCE + " is missing from the classpath");
      }
      return of(Json.MAPPER.readTree(in), "the demo dataset");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a JSON array of GetInstance {@code Data} objects.
   *
   * @throws IllegalArgumentException if the file is not such an array, or two instances share an Id
   */
  public static Dataset fromFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(Json.MAPPER.readTree(in), file.toString());
    }
  }

  /** Like {@link #fromFile}, from JSON text. */
  public static Dataset fromJson(String json) {
    try {
      return of(Json.MAPPER.readTree(json), "the JSON text");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the dataset is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A large, deterministic dataset for benchmarks, generated on demand rather than held in memory:
   * the same arguments always give the same instances, ids {@code ccc-syn-00000} onwards.
   */
  public static Dataset synthetic(int instances, int numbersPerInstance, long seed) {
    if (instances < 0 || numbersPerInstance < 0) {
      throw new IllegalArgumentException("instances and numbersPerInstance must not be negative");
    }
    SyntheticInstances generator = new SyntheticInstances(numbersPerInstance, seed);
    List<String> ids = new ArrayList<>(instances);
    Map<String, Integer> indexById = new HashMap<>();
    for (int i = 0; i < instances; i++) {
      String id = generator.id(i);
      ids.add(id);
      indexById.put(id, i);
    }
    return new Dataset(ids, id -> {
      Integer index = indexById.get(id);
      return index == null ? null : generator.instance(index);
    });
  }

  public int size() {
    return ids.size();
  }

  /** The instance ids in dataset order. */
  public List<String> instanceIds() {
    return ids;
  }

  /** A copy of the GetInstance {@code Data} of the instance, if there is one with that id. */
  public Optional<JsonNode> instance(String instanceId) {
    return Optional.ofNullable(find(instanceId)).map(ObjectNode::deepCopy);
  }

  /** The served tree itself, shared and therefore never to be modified; null if unknown. */
  ObjectNode find(String instanceId) {
    return lookup.apply(Objects.requireNonNull(instanceId));
  }

  /** Up to {@code limit} instances from position {@code offset}; empty past the end. */
  List<ObjectNode> page(long offset, int limit) {
    List<ObjectNode> page = new ArrayList<>(Math.min(limit, ids.size()));
    for (long i = offset; i < ids.size() && i < offset + limit; i++) {
      page.add(lookup.apply(ids.get((int) i)));
    }
    return page;
  }

  private static Dataset of(JsonNode root, String source) {
    if (!root.isArray()) {
      throw new IllegalArgumentException(source + " must be a JSON array of GetInstance Data objects");
    }
    Map<String, ObjectNode> byId = new LinkedHashMap<>();
    int position = 0;
    for (JsonNode instance : root) {
      JsonNode id = instance.path("Id");
      if (!instance.isObject() || !id.isTextual() || id.asText().isEmpty()) {
        throw new IllegalArgumentException(
            source + ": element " + position + " is not an object with a non-empty string Id");
      }
      if (byId.putIfAbsent(id.asText(), (ObjectNode) instance) != null) {
        throw new IllegalArgumentException(source + ": the Id " + id.asText() + " appears twice");
      }
      position++;
    }
    return new Dataset(new ArrayList<>(byId.keySet()), byId::get);
  }
}
