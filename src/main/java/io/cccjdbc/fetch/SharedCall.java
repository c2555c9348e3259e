package io.cccjdbc.fetch;

import io.cccjdbc.api.ApiCall;
import io.cccjdbc.api.ApiRequest;
import io.cccjdbc.api.CccApiException;
import io.cccjdbc.api.Page;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One request that any number of statements may wait on (single flight): it is
 * rate-limited, retried after transient failures with a fresh signature each time, and
 * canceled only when the last statement waiting on it gives up. Its result is empty when
 * the API says what was asked for does not exist ({@code NotExists.*}). Whatever goes wrong,
 * even an {@link Error} while decoding, completes it, so no waiter is left waiting.
 */
final class SharedCall {

  private final ApiRequest request;
  private final Function<ApiRequest, ApiCall> newCall;
  private final RequestRate rateLimiter;
  private final RetryPolicy retryPolicy;
  private final StatementCounters owner;
  private final CompletableFuture<Optional<Page>> result = new CompletableFuture<>();
  private final CountDownLatch canceled = new CountDownLatch(1);
  private int waiters;
  private ApiCall current;

  SharedCall(ApiRequest request, Function<ApiRequest, ApiCall> newCall, RequestRate rateLimiter,
      RetryPolicy retryPolicy, StatementCounters owner) {
    this.request = request;
    this.newCall = newCall;
    this.rateLimiter = rateLimiter;
    this.retryPolicy = retryPolicy;
    this.owner = owner;
  }

  CompletableFuture<Optional<Page>> result() {
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

  /**
   * A waiter no longer needs the result; the last one to leave an unfinished call stops it.
   * Each waiter must leave at most once (the statement's fetch sees to that).
   */
  void leave() {
    ApiCall running;
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
    try {
      attempt();
    } catch (Throwable failure) {
      result.completeExceptionally(failure instanceof RuntimeException
          ? failure
          : new FetchFailedException(request, failure));
    }
  }

  private void attempt() {
    int retries = 0;
    while (!isCanceled()) {
      rateLimiter.acquire();
      ApiCall call;
      synchronized (this) {
        if (isCanceled()) {
          return;
        }
        call = newCall.apply(request);
        current = call;
      }
      owner.callStarted(retries > 0);
      try {
        result.complete(Optional.of(call.execute(retries)));
        return;
      } catch (RuntimeException failure) {
        if (failure instanceof CccApiException api && api.isNotFound()) {
          result.complete(Optional.empty());
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
