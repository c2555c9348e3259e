package io.cccjdbc.emulator;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The injected fault rules and how many requests each may still take. */
final class FaultScript {
  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  void add(FaultRule rule) {
    entries.add(new Entry(rule, new AtomicInteger(rule.times())));
  }

  void clear() {
    entries.clear();
  }

  /** The fault for this request, if a rule with requests left matches; that rule then has one fewer. */
  Optional<Fault> take(String action, String instanceId) {
    for (Entry entry : entries) {
      if (entry.rule.matches(action, instanceId) && entry.takeOne()) {
        if (entry.remaining.get() == 0) {
          entries.remove(entry);
        }
        return Optional.of(entry.rule.fault());
      }
    }
    return Optional.empty();
  }

  private record Entry(FaultRule rule, AtomicInteger remaining) {
    boolean takeOne() {
      return remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
  }
}
