package io.cccjdbc.calcite;

import io.cccjdbc.api.ApiObject;
import io.cccjdbc.api.ApiRequest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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

  private static final long DAY = 86_400_000L;

  private final TableDef def;
  private final List<String> instanceIds;
  /** Each parameter's alternatives; a request takes one of each. */
  private final List<Map.Entry<String, List<String>>> choices = new ArrayList<>();
  private boolean matchesNothing;

  /** A parameter whose values a list of each instance gives, when no filter does; or null. */
  private Pushdown.PerItem listed;
  /** The time column without a lower bound, refused when the scan starts; null if none. */
  private String unboundedTimeColumn;

  /**
   * @param pushed the values pushed for each column, or no entry if none were
   * @param ranges the window pushed for each time column: {@code {lower, upper, slack,
   *     hasLower, hasUpper, upperIncluded}} as the statement worked them out (local milliseconds
   *     or days), or no entry
   * @param zone the connection's time zone, whose wall clock the bounds are in
   * @param nowMillis when the statement started, the end of a window without one
   */
  RequestPlan(TableDef def, Map<String, List<String>> pushed, Map<String, Object[]> ranges,
      ZoneId zone, long nowMillis) {
    this.def = def;
    List<String> ids = pushed.get(CccTables.INSTANCE_ID);
    this.instanceIds = ids == null ? null : ids.stream()
        .filter(id -> id != null && !id.isEmpty()).distinct().toList();
    for (Pushdown pushdown : def.pushdowns()) {
      if (pushdown instanceof Pushdown.TimeRange time) {
        window(time, ranges.get(time.column()), zone, nowMillis);
        continue;
      }
      List<String> values = pushed.get(pushdown.column());
      if (values != null && values.stream().allMatch(Objects::isNull)) {
        matchesNothing = true;
      }
      if (pushdown instanceof Pushdown.PerItem perItem && values == null) {
        listed = perItem;
        continue;
      }
      List<String> alternatives = alternatives(pushdown, values);
      if (!alternatives.isEmpty()) {
        choices.add(Map.entry(pushdown.parameter(), alternatives));
      }
    }
  }

  /**
   * The request's window, from the earliest instant the lower bound can mean in the zone (a
   * wall-clock time repeated when clocks go back means two) to the latest the upper bound can.
   * Where the reference documents the bounds (start included, end excluded) that is the
   * window; where it does not, it is a millisecond wider at each end, so that whichever way
   * the service reads them, no qualifying row is outside.
   */
  private void window(Pushdown.TimeRange time, Object[] range, ZoneId zone, long nowMillis) {
    if (range == null || !Boolean.TRUE.equals(range[3])) {
      unboundedTimeColumn = time.column();
      return;
    }
    boolean hasUpper = Boolean.TRUE.equals(range[4]);
    if (range[0] == null || hasUpper && range[1] == null) {
      matchesNothing = true;
      return;
    }
    boolean exact = def.source().action().window().exactBounds();
    boolean upperIncluded = Boolean.TRUE.equals(range[5]);
    long start = instantOf(range[0], zone, true) - (exact ? 0 : 1);
    long end = hasUpper
        ? instantOf(range[1], zone, false) + ((Number) range[2]).longValue()
            + (upperIncluded || !exact ? 1 : 0)
        : nowMillis;
    if (start > end) {
      matchesNothing = true;
      return;
    }
    choices.add(Map.entry(time.parameter(), List.of(Long.toString(start))));
    choices.add(Map.entry(time.endParameter(), List.of(Long.toString(end))));
  }

  /** A bound's instant: TIMESTAMPs come as local milliseconds, DATEs as days. */
  private static long instantOf(Object bound, ZoneId zone, boolean earliest) {
    long local = bound instanceof Integer days ? days * DAY : ((Number) bound).longValue();
    LocalDateTime wallClock = LocalDateTime.ofEpochSecond(Math.floorDiv(local, 1000L),
        (int) Math.floorMod(local, 1000L) * 1_000_000, ZoneOffset.UTC);
    ZonedDateTime zoned = ZonedDateTime.ofLocal(wallClock, zone, null);
    zoned = earliest ? zoned.withEarlierOffsetAtOverlap() : zoned.withLaterOffsetAtOverlap();
    return zoned.toInstant().toEpochMilli();
  }

  /**
   * Refuses a scan its filter does not bound in time: the service would answer for a
   * default window and so return fewer rows than the query asks for, without a word.
   */
  void requireWindow() {
    if (unboundedTimeColumn != null && !matchesNothing) {
      throw new MissingTimeBoundException(def.name(), unboundedTimeColumn);
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

  /** The request whose list gives an instance's values of a parameter, or null if none. */
  ApiRequest listingFor(String instanceId) {
    return listed == null || matchesNothing
        ? null
        : ApiRequest.of(listed.listAction(), Map.of("InstanceId", instanceId));
  }

  /** From an item of {@link #listingFor}'s list, the value it gives; null if none. */
  String listedValue(ApiObject item) {
    return item.string(listed.itemField());
  }

  /**
   * The requests for one instance.
   *
   * @param listedValues the values {@link #listingFor}'s list gave, when it has one
   */
  List<ApiRequest> requestsFor(String instanceId, List<String> listedValues) {
    requireWindow();
    if (matchesNothing) {
      return List.of();
    }
    Map<String, String> base = new LinkedHashMap<>(def.source().fixedParameters());
    base.put("InstanceId", instanceId);
    List<Map.Entry<String, List<String>>> all = new ArrayList<>(choices);
    if (listed != null) {
      if (listedValues.isEmpty()) {
        return List.of();
      }
      all.add(Map.entry(listed.parameter(), listedValues));
    }
    List<Map<String, String>> combinations = List.of(base);
    for (Map.Entry<String, List<String>> choice : all) {
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
      // In one order, so that a list asks the same requests (and finds them in the cache)
      // however the statement wrote or planned it.
      return chunks(values.stream().sorted().toList(), list.maxPerRequest());
    }
    if (pushdown instanceof Pushdown.EachOf each) {
      return pushedValues == null ? each.values() : values;
    }
    if (pushdown instanceof Pushdown.PerItem) {
      return values;
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
