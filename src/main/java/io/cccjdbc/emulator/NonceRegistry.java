package io.cccjdbc.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each AccessKey's SignatureNonce values for 15 minutes, the window in which the real
 * gateway refuses a nonce a second time; older ones are forgotten so memory stays bounded.
 */
final class NonceRegistry {
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

  private final Clock clock;
  private final Map<NonceKey, Instant> firstSeen = new ConcurrentHashMap<>();
  private volatile Instant lastPurge;

  NonceRegistry(Clock clock) {
    this.clock = clock;
    this.lastPurge = clock.instant();
  }

  /** Records the nonce and says whether it is fresh, that is not seen in the last 15 minutes. */
  boolean firstUse(String accessKeyId, String nonce) {
    Instant now = clock.instant();
    purgeIfDue(now);
    boolean[] fresh = {false};
    firstSeen.compute(new NonceKey(accessKeyId, nonce), (key, seen) -> {
      if (seen == null || expired(seen, now)) {
        fresh[0] = true;
        return now;
      }
      return seen;
    });
    return fresh[0];
  }

  private void purgeIfDue(Instant now) {
    if (Duration.between(lastPurge, now).compareTo(PURGE_INTERVAL) >= 0) {
      lastPurge = now;
      firstSeen.values().removeIf(seen -> expired(seen, now));
    }
  }

  private static boolean expired(Instant seen, Instant now) {
    return Duration.between(seen, now).compareTo(WINDOW) > 0;
  }

  private record NonceKey(String accessKeyId, String nonce) {}
}
