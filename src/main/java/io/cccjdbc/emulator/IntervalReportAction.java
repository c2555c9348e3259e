package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/**
 * ListIntervalInstanceReport and ListIntervalAgentReport: the buckets of an instance, or of one
 * agent ({@code AgentId}), in the window, as a plain array by StatsTime. The window is aligned
 * as the reference says, StartTime floored and EndTime ceiled to the hour, then
 * {@code [start, end)}; by default from 00:00 today (Asia/Shanghai) to now. A daily bucket
 * starts at 00:00 Asia/Shanghai and is in the window when its start is.
 */
final class IntervalReportAction implements ActionHandler {
  private static final List<String> INTERVALS = List.of("Daily", "Hourly");
  private static final List<String> MEDIA_TYPES = List.of("AUDIO", "CHAT", "VIDEO");
  /** The longest window per call, in days, of a Daily and of an Hourly report. */
  static final int MAX_DAILY_DAYS = 180;
  static final int MAX_HOURLY_DAYS = 10;

  private final String name;
  private final boolean perAgent;

  private IntervalReportAction(String name, boolean perAgent) {
    this.name = name;
    this.perAgent = perAgent;
  }

  static IntervalReportAction ofInstance(String name) {
    return new IntervalReportAction(name, false);
  }

  static IntervalReportAction ofAgent(String name) {
    return new IntervalReportAction(name, true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public JsonNode data(Parameters parameters, Dataset dataset) {
    String instanceId = parameters.notBlank("InstanceId");
    String agentId = perAgent ? parameters.notBlank("AgentId") : null;
    String interval = parameters.oneOf("Interval", "Daily", INTERVALS);
    if (perAgent) {
      parameters.oneOfIgnoringCase("MediaType", "AUDIO", MEDIA_TYPES);
    }
    Window window = window(parameters,
        interval.equals("Daily") ? MAX_DAILY_DAYS : MAX_HOURLY_DAYS, interval);
    if (dataset.find(instanceId) == null) {
      throw new Rejection(ApiError.instanceNotFound(instanceId));
    }
    if (perAgent && dataset.items("ListUsers", instanceId).stream()
        .noneMatch(user -> agentId.equals(user.path("UserId").asText(null)))) {
      throw new Rejection(ApiError.userNotFound(agentId, instanceId));
    }
    String key = perAgent ? instanceId + "/" + agentId : instanceId;
    ArrayNode buckets = Json.MAPPER.createArrayNode();
    String list = name + "." + interval;
    for (TimedItem bucket : dataset.during(list, key, window.start(), window.end())) {
      buckets.add(bucket.json());
    }
    return buckets;
  }

  /** A window of time, {@code [start, end)} in epoch milliseconds. */
  private record Window(long start, long end) {}

  /** {@code [start, end)} aligned to the hour; refused if the service does not serve it. */
  private static Window window(Parameters parameters, int maxDays, String interval) {
    long now = parameters.now().toEpochMilli();
    Long start = parameters.optionalMillis("StartTime");
    Long end = parameters.optionalMillis("EndTime");
    long from = start != null ? start : ServiceTime.startOfDay(ServiceTime.day(now));
    long to = end != null ? end : now;
    if (to < from) {
      throw new Rejection(ApiError.invalidRequest("The EndTime " + to
          + " is earlier than the StartTime " + from + "."));
    }
    long alignedFrom = ServiceTime.floorHour(from);
    long alignedTo = ServiceTime.ceilHour(to);
    if (alignedTo - alignedFrom > maxDays * ServiceTime.DAY) {
      throw new Rejection(ApiError.invalidRequest("The time span between StartTime and EndTime"
          + " must not exceed " + maxDays + " days when Interval is " + interval + "."));
    }
    return new Window(alignedFrom, alignedTo);
  }
}
