package io.cccjdbc.api;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code logHttp} on, one INFO line per API call: what {@link ApiRequest} names (action and
 * instance id or page), the retry number, the HTTP status and API error code, the duration and
 * the request id. Never the URL, whose query holds the AccessKey ID, signature and STS token.
 */
final class HttpLog {

  static final String LOGGER_NAME = "io.cccjdbc.api.http";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  private HttpLog() {
  }

  static void answered(ApiRequest request, int retry, int status, String requestId,
      long startedNanos) {
    if (LOG.isInfoEnabled()) {
      LOG.info("{}{}: HTTP {} in {} ms, RequestId {}", printable(request), retried(retry), status,
          millisSince(startedNanos), printable(requestId));
    }
  }

  static void failed(ApiRequest request, int retry, CccException failure, long startedNanos) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    if (failure instanceof CccApiException api) {
      LOG.info("{}{}: HTTP {} {} in {} ms, RequestId {}", printable(request), retried(retry),
          api.httpStatus(), printable(api.code()), millisSince(startedNanos),
          printable(api.requestId()));
    } else {
      LOG.info("{}{}: failed after {} ms: {}", printable(request), retried(retry),
          millisSince(startedNanos), printable(failure.reason()));
    }
  }

  private static String retried(int retry) {
    return retry == 0 ? "" : " (retry " + retry + ")";
  }

  private static long millisSince(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }

  /** Instance ids come from SQL: a line break in one must not forge a second log line. */
  private static String printable(Object value) {
    String text = String.valueOf(value);
    StringBuilder shown = new StringBuilder(text.length());
    text.chars().forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        shown.append(String.format("\\u%04x", c));
      } else {
        shown.append((char) c);
      }
    });
    return shown.toString();
  }
}
