package io.cccjdbc.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an emulator serves: the instances, each exactly the {@code Data} object GetInstance
 * returns for it, and for each other action the items its list holds per instance (the users
 * ListUsers lists, the skill groups ListSkillGroups lists...). They are kept as JSON trees and
 * served verbatim, so unknown fields and string-typed booleans or numbers reach the client as
 * the dataset wrote them. Lists keep dataset order.
 *
 * <p>Call history is kept the same way, under these names: {@value #CALL_DETAIL_RECORDS} (the
 * call records, by instance id), {@value #INSTANCE_REPORT_HOURLY} and {@code .Daily} (the
 * report's buckets, by instance id), {@value #AGENT_REPORT_HOURLY} and {@code .Daily} (by
 * {@code "<instance id>/<agent id>"}). Their actions serve the items whose {@code StartTime},
 * or {@code StatsTime}, falls in the request's window, in time order. It can also be
 * generated: {@link #withHistory}.
 *
 * <p>A dataset file is either a JSON array of GetInstance {@code Data} objects, or an object
 * {@code {"Instances": [...], "ListUsers": {"<instance id>": [<item>, ...]}, ...}} with any of
 * the lists above, such as {@code "ListIntervalAgentReport.Daily": {"<instance id>/<agent id>":
 * [<bucket>, ...]}}.
 */
public final class Dataset {
  private static final String DEMO_INSTANCES = "demo-instances.json";
  private static final String DEMO_ACTIONS = "demo-actions.json";
  private static final String INSTANCES = "Instances";
  /** The call records of an instance: ListCallDetailRecordsV2's items, by StartTime. */
  public static final String CALL_DETAIL_RECORDS = "ListCallDetailRecordsV2";
  /** ListIntervalInstanceReport's buckets with {@code Interval=Hourly}, by instance id. */
  public static final String INSTANCE_REPORT_HOURLY = "ListIntervalInstanceReport.Hourly";
  /** ListIntervalInstanceReport's buckets with {@code Interval=Daily}, by instance id. */
  public static final String INSTANCE_REPORT_DAILY = "ListIntervalInstanceReport.Daily";
  /** ListIntervalAgentReport's hourly buckets, by {@code "<instance id>/<agent id>"}. */
  public static final String AGENT_REPORT_HOURLY = "ListIntervalAgentReport.Hourly";
  /** ListIntervalAgentReport's daily buckets, by {@code "<instance id>/<agent id>"}. */
  public static final String AGENT_REPORT_DAILY = "ListIntervalAgentReport.Daily";

  /** The demo's history: 120 days, about 8 calls a day per running instance. */
  private static final int DEMO_DAYS = 120;
  private static final int DEMO_CALLS_PER_DAY = 8;
  private static final long DEMO_SEED = 20_200_701L;

  /** The items of one action's list, by key (an instance id); a key without any has none. */
  interface ActionItems {
    List<ObjectNode> of(String key);

    /**
     * The items whose {@code timeField} (epoch milliseconds, a number or a string of one) is
     * in {@code [from, to)}, by time, then by ContactId; items without a time are in none.
     */
    default List<TimedItem> during(String key, String timeField, long from, long to) {
      List<TimedItem> items = new ArrayList<>();
      for (ObjectNode item : of(key)) {
        TimedItem timed = TimedItem.of(item, timeField, "ContactId");
        if (timed != null && timed.time() >= from && timed.time() < to) {
          items.add(timed);
        }
      }
      items.sort(Comparator.comparingLong(TimedItem::time).thenComparing(TimedItem::tieBreak));
      return items;
    }
  }

  private final List<String> ids;
  private final Function<String, ObjectNode> lookup;
  private final Map<String, ActionItems> actions;

  private Dataset(List<String> ids, Function<String, ObjectNode> lookup,
      Map<String, ActionItems> actions) {
    this.ids = List.copyOf(ids);
    this.lookup = lookup;
    this.actions = Map.copyOf(actions);
  }

  /**
   * The built-in demo: six instances, including the API reference's example instance
   * {@code ccc-test}, with their users, skill groups, contact flows and live states, and the
   * call history of the running ones over the 120 days before today (Asia/Shanghai).
   */
  public static Dataset demo() {
    return demo(Instant.now());
  }

  /**
   * The demo as on the day of {@code now}: its history ends at 00:00 that day, so every demo
   * made on the same day holds the same calls.
   */
  public static Dataset demo(Instant now) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set(INSTANCES, resource(DEMO_INSTANCES));
    resource(DEMO_ACTIONS).properties().forEach(action -> root.set(action.getKey(), action.getValue()));
    long today = ServiceTime.startOfDay(ServiceTime.day(now.toEpochMilli()));
    return withHistory(of(root, "the demo dataset"),
        HistorySpec.of(Instant.ofEpochMilli(today), DEMO_DAYS, DEMO_CALLS_PER_DAY, DEMO_SEED));
  }

  /**
   * The base dataset with the call history the spec describes, generated from the base's
   * instances, users (the agents), skill groups and numbers, in place of any history the base
   * holds. It is generated as it is read, so even a history of millions of calls costs little
   * memory; reading the same items twice gives equal items.
   *
   * @throws IllegalArgumentException if the spec names an instance the base does not have
   */
  public static Dataset withHistory(Dataset base, HistorySpec spec) {
    Map<String, ActionItems> actions = new HashMap<>(base.actions);
    actions.putAll(new GeneratedHistory(base, spec).actions());
    return new Dataset(base.ids, base.lookup, actions);
  }

  private static JsonNode resource(String name) {
    try (InputStream in = Dataset.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the demo dataset " + name + " is missing from the classpath");
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a dataset file (see the class comment for its two forms).
   *
   * @throws IllegalArgumentException if the file has neither form, or two instances share an Id
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
    return synthetic(instances, numbersPerInstance, 0, seed);
  }

  /** Like {@link #synthetic(int, int, long)}, each instance also with this many users. */
  public static Dataset synthetic(int instances, int numbersPerInstance, int usersPerInstance,
      long seed) {
    if (instances < 0 || numbersPerInstance < 0 || usersPerInstance < 0) {
      throw new IllegalArgumentException("instances, numbers and users must not be negative");
    }
    SyntheticInstances generator = new SyntheticInstances(numbersPerInstance, usersPerInstance, seed);
    List<String> ids = new ArrayList<>(instances);
    Map<String, Integer> indexById = new HashMap<>();
    for (int i = 0; i < instances; i++) {
      String id = generator.id(i);
      ids.add(id);
      indexById.put(id, i);
    }
    Function<String, ObjectNode> lookup = id -> {
      Integer index = indexById.get(id);
      return index == null ? null : generator.instance(index);
    };
    ActionItems users = id -> {
      Integer index = indexById.get(id);
      return index == null ? List.of() : generator.users(index);
    };
    return new Dataset(ids, lookup, Map.of("ListUsers", users));
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

  /** The items the action's list holds for the instance, in dataset order; shared, never to be modified. */
  List<ObjectNode> items(String action, String instanceId) {
    ActionItems items = actions.get(action);
    return items == null ? List.of() : items.of(instanceId);
  }

  /**
   * Copies of the items the action's list holds for the key, in dataset order (generated
   * history: in time order). The key is the instance id, or {@code "<instance id>/<agent id>"}
   * for the lists of ListIntervalAgentReport.
   */
  public List<JsonNode> itemsOf(String action, String key) {
    return items(action, key).stream().<JsonNode>map(ObjectNode::deepCopy).toList();
  }

  /**
   * Copies of the items of a list of history (see the class comment) whose time
   * ({@code StartTime} of call records, {@code StatsTime} of report buckets) is in
   * {@code [from, to)}, in time order; generated history makes only the days in between.
   */
  public List<JsonNode> itemsOf(String action, String key, Instant from, Instant to) {
    return during(action, key, from.toEpochMilli(), to.toEpochMilli()).stream()
        .<JsonNode>map(item -> item.json().deepCopy()).toList();
  }

  /** The history items of the list stamped in {@code [from, to)}, in time order; shared. */
  List<TimedItem> during(String action, String key, long from, long to) {
    ActionItems items = actions.get(action);
    String timeField = action.equals(CALL_DETAIL_RECORDS) ? "StartTime" : "StatsTime";
    return items == null ? List.of() : items.during(key, timeField, from, to);
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
    if (root.isArray()) {
      return of(root, Map.of(), source);
    }
    if (!root.isObject() || !root.path(INSTANCES).isArray()) {
      throw new IllegalArgumentException(source + " must be a JSON array of GetInstance Data objects,"
          + " or an object with an array \"Instances\" and an object of items by instance id per action");
    }
    Map<String, ActionItems> actions = new HashMap<>();
    for (Map.Entry<String, JsonNode> action : root.properties()) {
      if (!action.getKey().equals(INSTANCES)) {
        actions.put(action.getKey(), itemsByInstance(action.getKey(), action.getValue(), source));
      }
    }
    return of(root.get(INSTANCES), actions, source);
  }

  private static ActionItems itemsByInstance(String action, JsonNode byInstance, String source) {
    if (!byInstance.isObject()) {
      throw new IllegalArgumentException(source + ": " + action + " must map instance ids to lists of items");
    }
    Map<String, List<ObjectNode>> items = new HashMap<>();
    for (Map.Entry<String, JsonNode> instance : byInstance.properties()) {
      List<ObjectNode> list = new ArrayList<>();
      if (!instance.getValue().isArray()) {
        throw new IllegalArgumentException(source + ": " + action + "." + instance.getKey() + " must be a list");
      }
      for (JsonNode item : instance.getValue()) {
        if (!item.isObject()) {
          throw new IllegalArgumentException(source + ": " + action + "." + instance.getKey()
              + " must hold objects only");
        }
        list.add((ObjectNode) item);
      }
      items.put(instance.getKey(), List.copyOf(list));
    }
    return id -> items.getOrDefault(id, List.of());
  }

  private static Dataset of(JsonNode root, Map<String, ActionItems> actions, String source) {
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
    return new Dataset(new ArrayList<>(byId.keySet()), byId::get, actions);
  }
}
