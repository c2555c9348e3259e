package io.cccjdbc.fetch;

import com.google.common.util.concurrent.RateLimiter;
import io.cccjdbc.api.ApiCall;
import io.cccjdbc.api.CccApiException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One logical API request that any number of statements may wait on (single flight): it
 * is rate-limited, retried after transient failures with a fresh signature each time, and
 * canceled only when the last statement waiting on it gives up.
 */
final class SharedCall<S, T> {

  private final Supplier<ApiCall<S>> newCall;
  private final Function<S, T> convert;
  private final T whenNotFound;
  private final RateLimiter rateLimiter;
  private final RetryPolicy retryPolicy;
  private final StatementCounters owner;
  private final CompletableFuture<T> result = new CompletableFuture<>();
  private final CountDownLatch canceled = new CountDownLatch(1);
  private int waiters;
  private ApiCall<S> current;

  /**
   * @param convert what to keep of an answer
   * @param whenNotFound the result when the API says the object does not exist, or null if
   *     that is an error
   */
  SharedCall(Supplier<ApiCall<S>> newCall, Function<S, T> convert, T whenNotFound,
      RateLimiter rateLimiter, RetryPolicy retryPolicy, StatementCounters owner) {
    this.newCall = newCall;
    this.convert = convert;
    this.whenNotFound = whenNotFound;
    this.rateLimiter = rateLimiter;
    this.retryPolicy = retryPolicy;
    this.owner = owner;
  }

  CompletableFuture<T> result() {
    return result;
  }

  /** Adds a waiter; false if the call was already given up, so a new one is needed. */
  synchronized boolean join() {
    if (isCanceled()) {
      return false;
    }
    waiters++;
    return true;
  }

  /** A waiter no longer needs the result; the last one to leave an unfinished call stops it. */
  void leave() {
    ApiCall<S> running;
    synchronized (this) {
      if (--waiters > 0 || result.isDone()) {
        return;
      }
      canceled.countDown();
      running = current;
    }
    if (running != null) {
      running.cancel();
    }
    result.completeExceptionally(new QueryCanceledException(false, "Query was canceled"));
  }

  boolean isCanceled() {
    return canceled.getCount() == 0;
  }

  /** Sends the request, retrying as the policy allows; runs on a fetch thread. */
  void run() {
    int retries = 0;
    while (!isCanceled()) {
      rateLimiter.acquire();
      ApiCall<S> call;
      synchronized (this) {
        if (isCanceled()) {
          return;
        }
        call = newCall.get();
        current = call;
      }
      owner.callStarted(retries > 0);
      try {
        result.complete(convert.apply(call.execute(retries)));
        return;
      } catch (RuntimeException failure) {
        if (whenNotFound != null && failure instanceof CccApiException api && api.isNotFound()) {
          result.complete(whenNotFound);
          return;
        }
        if (isCanceled()) {
          return;
        }
        if (!retryPolicy.shouldRetry(failure, retries)) {
          result.completeExceptionally(failure);
          return;
        }
        retries++;
        if (waitUnlessCanceled(retryPolicy.delayBefore(retries, failure))) {
          return;
        }
      }
    }
  }

  private boolean waitUnlessCanceled(Duration delay) {
    try {
      return canceled.await(delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
