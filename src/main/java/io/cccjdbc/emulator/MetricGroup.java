package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One metrics object of a report bucket, such as {@code Inbound}: counters, and ratios of
 * counters (averages and rates), declared as the reference documents them. A counter adds up
 * when buckets merge, except {@code Max*} (the largest), {@code First*} (the earliest set)
 * and {@code Last*} (the latest); a counter named with a leading {@code _} is kept for ratios
 * but not sent. A ratio {@code "A + B / C + D"} is {@code (A + B) / (C + D)}, 0 when that is
 * 0 / 0, so merged buckets recompute theirs from merged counters.
 */
final class MetricGroup {
  private final String name;
  private final boolean asText;
  private final Map<String, Integer> slots = new HashMap<>();
  private final List<String> counters = new ArrayList<>();
  private final List<Output> outputs = new ArrayList<>();

  private record Output(String field, int slot, int[] numerator, int[] denominator) {}

  /**
   * @param asText whether the service sends this object's numbers as strings
   * @param fields counters and ratios in the order they are sent
   */
  MetricGroup(String name, boolean asText, String... fields) {
    this.name = name;
    this.asText = asText;
    for (String field : fields) {
      if (field.indexOf('=') < 0) {
        counter(field);
      }
    }
    for (String field : fields) {
      int equals = field.indexOf('=');
      if (equals < 0 && !field.startsWith("_")) {
        outputs.add(new Output(field, slot(field), null, null));
      } else if (equals >= 0) {
        String[] ratio = field.substring(equals + 1).split("/");
        outputs.add(new Output(field.substring(0, equals).trim(), -1,
            terms(ratio[0]), terms(ratio[1])));
      }
    }
  }

  String name() {
    return name;
  }

  long[] newTally() {
    return new long[counters.size()];
  }

  /** Where the counter is kept in a tally of this group. */
  int slot(String counter) {
    Integer slot = slots.get(counter);
    if (slot == null) {
      throw new IllegalArgumentException(name + " has no counter " + counter);
    }
    return slot;
  }

  void merge(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] = combine(counters.get(i), into[i], from[i]);
    }
  }

  /** Adds one observation to the counter, by the counter's rule. */
  void record(long[] tally, String counter, long value) {
    int slot = slot(counter);
    tally[slot] = combine(counter, tally[slot], value);
  }

  private static long combine(String counter, long current, long value) {
    if (counter.startsWith("Max") || counter.startsWith("Last")) {
      return Math.max(current, value);
    }
    if (counter.startsWith("First")) {
      return current == 0 ? value : value == 0 ? current : Math.min(current, value);
    }
    return current + value;
  }

  static boolean isEmpty(long[] tally) {
    for (long value : tally) {
      if (value != 0) {
        return false;
      }
    }
    return true;
  }

  void writeTo(ObjectNode bucket, long[] tally) {
    ObjectNode object = bucket.putObject(name);
    for (Output output : outputs) {
      if (output.numerator() == null) {
        long value = tally[output.slot()];
        if (asText) {
          object.put(output.field(), String.valueOf(value));
        } else {
          object.put(output.field(), value);
        }
      } else {
        long denominator = sum(tally, output.denominator());
        double value =
            denominator == 0 ? 0.0 : (double) sum(tally, output.numerator()) / denominator;
        if (asText) {
          object.put(output.field(), String.valueOf(value));
        } else {
          object.put(output.field(), value);
        }
      }
    }
  }

  private void counter(String counter) {
    if (slots.putIfAbsent(counter, counters.size()) != null) {
      throw new IllegalArgumentException(name + " declares " + counter + " twice");
    }
    counters.add(counter);
  }

  private int[] terms(String expression) {
    String[] names = expression.split("\\+");
    int[] terms = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      terms[i] = slot(names[i].trim());
    }
    return terms;
  }

  private static long sum(long[] tally, int[] terms) {
    long sum = 0;
    for (int term : terms) {
      sum += tally[term];
    }
    return sum;
  }
}
