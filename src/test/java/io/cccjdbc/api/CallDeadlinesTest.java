package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CallDeadlinesTest {

  private static final CallDeadlines DEADLINES = CallDeadlines.shared();

  @Test
  void aCallStillWatchedAtItsDeadlineIsExpired() throws InterruptedException {
    CountDownLatch expired = new CountDownLatch(1);

    DEADLINES.watch(TimeUnit.MILLISECONDS.toNanos(1), expired::countDown);

    assertTrue(expired.await(30, TimeUnit.SECONDS), "the deadline passed unnoticed");
  }

  @Test
  void aCallThatEndedBeforeItsDeadlineIsLeftAlone() throws InterruptedException {
    AtomicBoolean expiredAfterClose = new AtomicBoolean();
    CountDownLatch laterExpired = new CountDownLatch(1);

    DEADLINES.watch(TimeUnit.MILLISECONDS.toNanos(20), () -> expiredAfterClose.set(true))
        .close();
    DEADLINES.watch(TimeUnit.MILLISECONDS.toNanos(40), laterExpired::countDown);

    // Deadlines are kept in order: once the later one passed, so had the first.
    assertTrue(laterExpired.await(30, TimeUnit.SECONDS), "the deadline passed unnoticed");
    assertFalse(expiredAfterClose.get(), "a call that had ended was expired");
  }

  @Test
  void aSoonerDeadlineWakesAWatcherSleepingUntilALaterOne() throws InterruptedException {
    CountDownLatch soonerExpired = new CountDownLatch(1);

    try (CallDeadlines.Watch later = DEADLINES.watch(TimeUnit.HOURS.toNanos(1), () -> { })) {
      DEADLINES.watch(TimeUnit.MILLISECONDS.toNanos(1), soonerExpired::countDown);

      assertTrue(soonerExpired.await(30, TimeUnit.SECONDS), "the sooner deadline was missed");
    }
  }
}
