package io.cccjdbc.calcite;

import io.cccjdbc.api.ApiRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The requests one scan makes per instance, from the values its filter pushed (known only
 * when the statement executes, as they may be {@code ?} parameters). A pushed NULL matches
 * no row, so it asks for nothing.
 */
final class RequestPlan {

  private final TableDef def;
  private final List<String> instanceIds;
  /** Each parameter's alternatives; a request takes one of each. */
  private final List<Map.Entry<String, List<String>>> choices = new ArrayList<>();
  private boolean matchesNothing;

  /** @param pushed the values pushed for each column, or no entry if none were */
  RequestPlan(TableDef def, Map<String, List<String>> pushed) {
    this.def = def;
    List<String> ids = pushed.get(CccTables.INSTANCE_ID);
    this.instanceIds = ids == null ? null : ids.stream()
        .filter(id -> id != null && !id.isEmpty()).distinct().toList();
    for (Pushdown pushdown : def.pushdowns()) {
      List<String> values = pushed.get(pushdown.column());
      if (values != null && values.stream().allMatch(Objects::isNull)) {
        matchesNothing = true;
      }
      List<String> alternatives = alternatives(pushdown, values);
      if (!alternatives.isEmpty()) {
        choices.add(Map.entry(pushdown.parameter(), alternatives));
      }
    }
  }

  /** The pushed instance ids, or null when the scan reads the connection's instances. */
  List<String> instanceIds() {
    return instanceIds;
  }

  /** Whether an instance is read with more than one request, whose answers may overlap. */
  boolean fansOut() {
    return choices.stream().anyMatch(choice -> choice.getValue().size() > 1);
  }

  List<ApiRequest> requestsFor(String instanceId) {
    if (matchesNothing) {
      return List.of();
    }
    Map<String, String> base = new LinkedHashMap<>(def.source().fixedParameters());
    base.put("InstanceId", instanceId);
    List<Map<String, String>> combinations = List.of(base);
    for (Map.Entry<String, List<String>> choice : choices) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> combination : combinations) {
        for (String value : choice.getValue()) {
          Map<String, String> extended = new LinkedHashMap<>(combination);
          extended.put(choice.getKey(), value);
          next.add(extended);
        }
      }
      combinations = next;
    }
    return combinations.stream()
        .map(parameters -> ApiRequest.of(def.source().action(), parameters)).toList();
  }

  /** The values a parameter takes across requests; none: the parameter is left out. */
  private static List<String> alternatives(Pushdown pushdown, List<String> pushedValues) {
    List<String> values = pushedValues == null
        ? List.of()
        : List.copyOf(new LinkedHashSet<>(pushedValues.stream().filter(Objects::nonNull).toList()));
    if (pushdown instanceof Pushdown.ValueList list) {
      return chunks(values, list.maxPerRequest());
    }
    if (pushdown instanceof Pushdown.EachOf each) {
      return pushedValues == null ? each.values() : values;
    }
    // The reference reads an empty value as "no filter"; the filter alone then decides.
    return values.size() == 1 && !values.get(0).isEmpty() ? values : List.of();
  }

  private static List<String> chunks(List<String> values, int size) {
    List<String> chunks = new ArrayList<>();
    for (int start = 0; start < values.size(); start += size) {
      chunks.add(ApiRequest.jsonList(values.subList(start, Math.min(values.size(), start + size))));
    }
    return chunks;
  }
}
