package io.cccjdbc.fetch;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The running counts behind a statement's {@link FetchStatistics}. */
final class StatementCounters {

  private final AtomicInteger apiCalls = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger cacheHits = new AtomicInteger();
  private final AtomicLong waitNanos = new AtomicLong();

  void callStarted(boolean isRetry) {
    apiCalls.incrementAndGet();
    if (isRetry) {
      retries.incrementAndGet();
    }
  }

  void cacheHit() {
    cacheHits.incrementAndGet();
  }

  void waited(long nanos) {
    waitNanos.addAndGet(nanos);
  }

  FetchStatistics snapshot() {
    return new FetchStatistics(apiCalls.get(), retries.get(), cacheHits.get(),
        Duration.ofNanos(waitNanos.get()));
  }
}
