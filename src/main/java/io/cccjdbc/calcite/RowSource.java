package io.cccjdbc.calcite;

import io.cccjdbc.api.ApiAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a table's rows come from: one request of {@code action} per instance (with
 * {@code InstanceId}), each item of its answer, or each object of a list nested in the item.
 *
 * @param fixedParameters parameters every request carries
 * @param nested the list fields to descend through, outermost first; empty for the items
 * @param instanceIdField the item's own field holding the instance id, when the item is an
 *     instance; otherwise rows belong to the instance the request named
 * @param discoveryServes whether the items {@code ListInstances} returns hold what the rows
 *     need, so that a scan of every instance needs no request per instance
 */
public record RowSource(ApiAction action, Map<String, String> fixedParameters,
    List<String> nested, String instanceIdField, boolean discoveryServes) {

  public RowSource {
    fixedParameters = Map.copyOf(fixedParameters);
    nested = List.copyOf(nested);
  }

  /** Each item of the action's answer, one request per instance. */
  public static RowSource perInstance(ApiAction action) {
    return new RowSource(action, Map.of(), List.of(), null, false);
  }

  /** Each object of the list field, or lists nested within each other, of every item. */
  public RowSource nested(String... fields) {
    return new RowSource(action, fixedParameters, List.of(fields), instanceIdField,
        discoveryServes);
  }

  /** A parameter every request of this source carries. */
  public RowSource with(String parameter, String value) {
    Map<String, String> parameters = new LinkedHashMap<>(fixedParameters);
    parameters.put(parameter, value);
    return new RowSource(action, parameters, nested, instanceIdField, discoveryServes);
  }

  /** The items are instances; their own {@code field} is the row's instance id. */
  public RowSource instanceIdFrom(String field) {
    return new RowSource(action, fixedParameters, nested, field, discoveryServes);
  }

  /** A scan of every instance reads {@code ListInstances}' items instead of this action. */
  public RowSource orFromDiscovery() {
    return new RowSource(action, fixedParameters, nested, instanceIdField, true);
  }
}
