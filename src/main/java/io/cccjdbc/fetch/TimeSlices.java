package io.cccjdbc.fetch;

import io.cccjdbc.api.ApiAction.TimeWindow;
import io.cccjdbc.api.ApiRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cuts the time window of a request into the windows the action allows: no longer than its
 * longest window, on its alignment (reports: whole hours, as the service aligns them anyway),
 * or into equal parts when one window holds more items than a request can list. Parts share
 * their borders, so an item stamped exactly there is in both and never in neither, whichever
 * way the service reads its bounds; the reader keeps it once.
 */
final class TimeSlices {

  private TimeSlices() {
  }

  /** Whether the request names both ends of a window its action takes. */
  static boolean isWindowed(ApiRequest request) {
    TimeWindow window = request.action().window();
    return window != null && request.parameter(window.startParameter()) != null
        && request.parameter(window.endParameter()) != null;
  }

  /** The request cut into windows no longer than the action allows; itself if it fits. */
  static List<ApiRequest> byLongestWindow(ApiRequest request) {
    TimeWindow window = request.action().window();
    Duration maxSpan = window.maxSpan(request.parameters());
    if (maxSpan == null) {
      return List.of(request);
    }
    long align = window.alignment().toMillis();
    long start = Math.floorDiv(start(request), align) * align;
    long end = Math.floorDiv(end(request) + align - 1, align) * align;
    long span = maxSpan.toMillis();
    if (end - start <= span) {
      return List.of(request);
    }
    List<ApiRequest> parts = new ArrayList<>();
    for (long from = start; from < end; from += span) {
      parts.add(withWindow(request, from, Math.min(end, from + span)));
    }
    return parts;
  }

  /** The request's window in {@code count} equal parts (at least a millisecond each). */
  static List<ApiRequest> split(ApiRequest request, int count) {
    long start = start(request);
    long end = end(request);
    long length = Math.max(1, (end - start + count - 1) / count);
    List<ApiRequest> parts = new ArrayList<>();
    for (long from = start; from < end; from += length) {
      parts.add(withWindow(request, from, Math.min(end, from + length)));
    }
    return parts;
  }

  /** Whether the window can still be cut: it spans more than a millisecond. */
  static boolean isDivisible(ApiRequest request) {
    return end(request) - start(request) > 1;
  }

  private static long start(ApiRequest request) {
    return Long.parseLong(request.parameter(request.action().window().startParameter()));
  }

  private static long end(ApiRequest request) {
    return Long.parseLong(request.parameter(request.action().window().endParameter()));
  }

  private static ApiRequest withWindow(ApiRequest request, long start, long end) {
    TimeWindow window = request.action().window();
    Map<String, String> parameters = new TreeMap<>(request.parameters());
    parameters.put(window.startParameter(), Long.toString(start));
    parameters.put(window.endParameter(), Long.toString(end));
    return ApiRequest.of(request.action(), parameters);
  }
}
