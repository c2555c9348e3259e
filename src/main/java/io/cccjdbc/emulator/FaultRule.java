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
public record FaultRule(Fault fault, int times, String action, String instanceId,
    double probability) {

  public FaultRule {
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
    }
  }

  /** The next {@code times} requests of any action, for any instance. */
  public static FaultRule next(int times, Fault fault) {
    return new FaultRule(fault, times, null, null, 1);
  }

  /** Every request from now on, until {@link CccEmulator#clearFaults()}. */
  public static FaultRule always(Fault fault) {
    return next(Integer.MAX_VALUE, fault);
  }

  public FaultRule onAction(String action) {
    return new FaultRule(fault, times, Objects.requireNonNull(action), instanceId, probability);
  }

  public FaultRule onInstance(String instanceId) {
    return new FaultRule(fault, times, action, Objects.requireNonNull(instanceId), probability);
  }

  /**
   * Only a random share of the matching requests (drawn from the emulator's seeded random),
   * for a background error rate under load.
   */
  public FaultRule withProbability(double share) {
    return new FaultRule(fault, times, action, instanceId, share);
  }

  boolean matches(String requestAction, String requestInstanceId) {
    return (action == null || action.equals(requestAction))
        && (instanceId == null || instanceId.equals(requestInstanceId));
  }
}
