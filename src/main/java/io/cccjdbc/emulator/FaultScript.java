package io.cccjdbc.emulator;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The injected fault rules and how many requests each may still take. */
final class FaultScript {
  /** Seeded, so a load run's injected errors fall the same way each time it is repeated. */
  private static final long SEED = 20200701L;

  private final List<Entry> entries = new CopyOnWriteArrayList<>();
  private final Random random = new Random(SEED);

  void add(FaultRule rule) {
    entries.add(new Entry(rule, new AtomicInteger(rule.times())));
  }

  void clear() {
    entries.clear();
  }

  /** The fault for this request, if a rule with requests left matches; that rule then has one fewer. */
  Optional<Fault> take(String action, String instanceId) {
    for (Entry entry : entries) {
      if (entry.rule.matches(action, instanceId) && chosen(entry.rule) && entry.takeOne()) {
        if (entry.remaining.get() == 0) {
          entries.remove(entry);
        }
        return Optional.of(entry.rule.fault());
      }
    }
    return Optional.empty();
  }

  private boolean chosen(FaultRule rule) {
    if (rule.probability() >= 1) {
      return true;
    }
    synchronized (random) {
      return random.nextDouble() < rule.probability();
    }
  }

  private record Entry(FaultRule rule, AtomicInteger remaining) {
    boolean takeOne() {
      return remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
  }
}
