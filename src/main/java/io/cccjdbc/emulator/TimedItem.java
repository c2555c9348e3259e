package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An item of a list kept in time order (a call record, a report bucket): its time, and its JSON,
 * which generated items build only when it is served.
 */
interface TimedItem {

  /** Epoch milliseconds: a call's StartTime, a bucket's StatsTime. */
  long time();

  /** Orders items of the same time: a call's ContactId. */
  String tieBreak();

  ObjectNode json();

  /** What list filters read: at least the fields they filter on. */
  default ObjectNode filterView() {
    return json();
  }

  /** An item read from a dataset file; null if its time field is missing or not a number. */
  static TimedItem of(ObjectNode item, String timeField, String tieField) {
    JsonNode time = item.get(timeField);
    long millis;
    if (time != null && time.isIntegralNumber()) {
      millis = time.longValue();
    } else if (time != null && time.isTextual()) {
      try {
        millis = Long.parseLong(time.textValue().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    } else {
      return null;
    }
    JsonNode tie = item.get(tieField);
    return new Stored(millis, tie == null || tie.isContainerNode() ? "" : tie.asText(), item);
  }

  /** An item as a dataset file holds it, served verbatim. */
  record Stored(long time, String tieBreak, ObjectNode json) implements TimedItem {}
}
