package io.cccjdbc.emulator;

import java.util.Objects;

/**
 * Which requests get a {@link Fault}: the next {@code times} requests that match, optionally only
 * those of one action and/or one {@code InstanceId}. A null action or instance id matches any.
 * Rules are tried in the order they were injected; each matching request uses up one of the
 * first matching rule's {@code times}.
 *
 * <pre>{@code
 * emulator.inject(FaultRule.next(2, Fault.respond(503, body).withHeader("x-acs-retry-after", "1"))
 *     .onAction("GetInstance").onInstance("ccc-test"));
 * }</pre>
 */
public record FaultRule(Fault fault, int times, String action, String instanceId) {

  public FaultRule {
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
  }

  /** The next {@code times} requests of any action, for any instance. */
  public static FaultRule next(int times, Fault fault) {
    return new FaultRule(fault, times, null, null);
  }

  /** Every request from now on, until {@link CccEmulator#clearFaults()}. */
  public static FaultRule always(Fault fault) {
    return next(Integer.MAX_VALUE, fault);
  }

  public FaultRule onAction(String action) {
    return new FaultRule(fault, times, Objects.requireNonNull(action), instanceId);
  }

  public FaultRule onInstance(String instanceId) {
    return new FaultRule(fault, times, action, Objects.requireNonNull(instanceId));
  }

  boolean matches(String requestAction, String requestInstanceId) {
    return (action == null || action.equals(requestAction))
        && (instanceId == null || instanceId.equals(requestInstanceId));
  }
}
