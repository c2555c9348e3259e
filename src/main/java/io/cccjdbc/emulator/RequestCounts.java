package io.cccjdbc.emulator;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live counts of the requests an emulator received. Every request is counted once, when it
 * arrives and before anything can reject it, so the counts include requests later refused for a
 * bad signature, answered by a scripted fault, or never answered at all:
 *
 * <ul>
 *   <li>{@link #total()}: every HTTP request, even one whose parameters could not be decoded;
 *   <li>{@link #forAction}: requests whose {@code Action} parameter names that action;
 *   <li>{@link #forInstance}: of those, the ones whose {@code InstanceId} parameter is that id;
 *   <li>{@link #rejected()}: requests answered with an error by the emulator's own checks
 *       (gateway or CCC), such as a wrong signature or an unknown instance;
 *   <li>{@link #faulted()}: requests a scripted {@link Fault} answered instead;
 *   <li>{@link #maxInFlight()}: the most requests in progress at the same time, counted while
 *       they wait out the injected latency (so a request whose answer was already sent can
 *       never overlap the client's next one);
 *   <li>{@link #arrivalNanos()}: when the latest requests arrived, to check a client's pacing;
 *   <li>{@link #received}: the action parameters of the latest requests of an action (without
 *       the signature's common parameters), to check what a client pushed into them.
 * </ul>
 */
public final class RequestCounts {
  private static final int MAX_ARRIVALS_KEPT = 10_000;
  private static final Set<String> COMMON_PARAMETERS = Set.of("Action", "Version", "Format",
      "AccessKeyId", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Signature",
      "Timestamp", "SecurityToken", "RegionId");

  private final LongAdder total = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final LongAdder faulted = new LongAdder();
  private final Map<String, LongAdder> byAction = new ConcurrentHashMap<>();
  private final Map<ActionAndInstance, LongAdder> byInstance = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final Deque<Long> arrivals = new ArrayDeque<>();
  private final Map<String, Deque<Map<String, String>>> received = new ConcurrentHashMap<>();

  RequestCounts() {}

  public long total() {
    return total.sum();
  }

  public long rejected() {
    return rejected.sum();
  }

  public long faulted() {
    return faulted.sum();
  }

  public long forAction(String action) {
    LongAdder count = byAction.get(action);
    return count == null ? 0 : count.sum();
  }

  public long forInstance(String action, String instanceId) {
    LongAdder count = byInstance.get(new ActionAndInstance(action, instanceId));
    return count == null ? 0 : count.sum();
  }

  public int maxInFlight() {
    return maxInFlight.get();
  }

  /** {@link System#nanoTime()} at the arrival of each of the latest requests, oldest first. */
  public synchronized List<Long> arrivalNanos() {
    return List.copyOf(arrivals);
  }

  /** The action parameters of the latest requests of {@code action}, oldest first. */
  public List<Map<String, String>> received(String action) {
    Deque<Map<String, String>> kept = received.get(action);
    if (kept == null) {
      return List.of();
    }
    synchronized (kept) {
      return List.copyOf(kept);
    }
  }

  /** Starts every count again from zero. */
  public void reset() {
    maxInFlight.set(inFlight.get());
    synchronized (this) {
      arrivals.clear();
    }
    total.reset();
    rejected.reset();
    faulted.reset();
    byAction.clear();
    byInstance.clear();
    received.clear();
  }

  @Override
  public String toString() {
    return "RequestCounts[total=" + total() + ", rejected=" + rejected() + ", faulted=" + faulted()
        + ", byAction=" + byAction + "]";
  }

  void countArrival(String action, Map<String, String> parameters) {
    countArrival(action, parameters.get("InstanceId"));
    if (action != null) {
      Map<String, String> own = new TreeMap<>(parameters);
      own.keySet().removeAll(COMMON_PARAMETERS);
      Deque<Map<String, String>> kept = received.computeIfAbsent(action, a -> new ArrayDeque<>());
      synchronized (kept) {
        if (kept.size() == MAX_ARRIVALS_KEPT) {
          kept.removeFirst();
        }
        kept.addLast(Collections.unmodifiableMap(own));
      }
    }
  }

  private void countArrival(String action, String instanceId) {
    synchronized (this) {
      if (arrivals.size() == MAX_ARRIVALS_KEPT) {
        arrivals.removeFirst();
      }
      arrivals.addLast(System.nanoTime());
    }
    total.increment();
    if (action != null) {
      byAction.computeIfAbsent(action, a -> new LongAdder()).increment();
      if (instanceId != null) {
        byInstance.computeIfAbsent(new ActionAndInstance(action, instanceId), k -> new LongAdder()).increment();
      }
    }
  }

  void handlingStarted() {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
  }

  void handlingEnded() {
    inFlight.decrementAndGet();
  }

  void countRejected() {
    rejected.increment();
  }

  void countFaulted() {
    faulted.increment();
  }

  private record ActionAndInstance(String action, String instanceId) {}
}
