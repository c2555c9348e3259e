package io.cccjdbc.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.util.concurrent.RateLimiter;
import io.cccjdbc.api.ApiAction;
import io.cccjdbc.api.CccActions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The rate limits: one bucket per account, endpoint and action whatever the connection's
 * settings, started full. Permits are taken with {@code tryAcquire} and no timeout, so nothing
 * here depends on how long anything takes.
 */
class RateLimitersTest {

  /** A key no other test uses, so the shared buckets start fresh. */
  private static String freshEndpoint() {
    return "https://ccc-" + UUID.randomUUID() + ".example";
  }

  @Test
  void theDefaultsAreEightyPercentOfThePublishedQuotas() {
    assertEquals(240, RateLimiters.defaultRate(CccActions.GET_INSTANCE));
    assertEquals(80, RateLimiters.defaultRate(CccActions.LIST_USERS));
    assertEquals(80, RateLimiters.defaultRate(CccActions.LIST_CALL_DETAIL_RECORDS));
  }

  @Test
  void aNewBucketHoldsOneSecondsWorthAtOnce() {
    RateLimiter limiter = RateLimiters.full(50);
    for (int i = 0; i < 50; i++) {
      assertTrue(limiter.tryAcquire(0, TimeUnit.MICROSECONDS), "permit " + i);
    }
    RateLimiter slow = RateLimiters.full(2);
    assertTrue(slow.tryAcquire(2, 0, TimeUnit.MICROSECONDS));
    assertTrue(isEmpty(slow), "then it refills at its rate");
  }

  /**
   * Whether the bucket has no permit left to give at once. Guava lets the first request past
   * the stored permits go at once and makes the next one wait for it.
   */
  private static boolean isEmpty(RateLimiter limiter) {
    limiter.tryAcquire(0, TimeUnit.MICROSECONDS);
    return !limiter.tryAcquire(0, TimeUnit.MICROSECONDS);
  }

  @Test
  void connectionsWithDifferentSettingsShareTheAccountsBucket() {
    String endpoint = freshEndpoint();
    // A slow action (8 a second), so that nothing refills while the test runs.
    ApiAction action = new ApiAction("GetSlowly", "GET", ApiAction.Shape.OBJECT, List.of(),
        null, null, false, 10);
    RequestRate defaults = RateLimiters.forAction(endpoint, "AK1", action, 0);
    RequestRate slower = RateLimiters.forAction(endpoint, "AK1", action, 5);
    assertEquals(8, RateLimiters.defaultRate(action));
    RateLimiter account = RateLimiters.account(endpoint, "AK1", action);

    defaults.acquire();
    slower.acquire();
    slower.acquire();
    // Three permits went from the one bucket; what is left of its burst is the rest.
    assertTrue(account.tryAcquire(RateLimiters.defaultRate(action) - 3, 0,
        TimeUnit.MICROSECONDS));
    assertTrue(isEmpty(account));
  }

  @Test
  void aHigherSettingRaisesTheSharedRateAndALowerOneNever() {
    String endpoint = freshEndpoint();
    ApiAction action = CccActions.LIST_SKILL_GROUPS;
    RateLimiter account = RateLimiters.account(endpoint, "AK1", action);

    RateLimiters.forAction(endpoint, "AK1", action, 500);
    assertEquals(500, account.getRate(), 0.001);
    RateLimiters.forAction(endpoint, "AK1", action, 200);
    RateLimiters.forAction(endpoint, "AK1", action, 5);
    assertEquals(500, account.getRate(), 0.001);
  }

  @Test
  void bucketsAreKeptPerAccountEndpointAndAction() {
    String endpoint = freshEndpoint();
    RateLimiter one = RateLimiters.account(endpoint, "AK1", CccActions.LIST_USERS);

    assertSame(one, RateLimiters.account(endpoint, "AK1", CccActions.LIST_USERS));
    assertFalse(one == RateLimiters.account(endpoint, "AK2", CccActions.LIST_USERS));
    assertFalse(one == RateLimiters.account(freshEndpoint(), "AK1", CccActions.LIST_USERS));
    assertFalse(one == RateLimiters.account(endpoint, "AK1", CccActions.LIST_SKILL_GROUPS));
  }
}
