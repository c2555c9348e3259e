package io.cccjdbc;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the driver logs through SLF4J while a test captures it. Every thread's events count, since
 * the driver logs from its fetch threads. With no capture open, logging does nothing, as it does
 * without a binding.
 */
public final class CapturedLogs implements AutoCloseable {

  private static final Set<CapturedLogs> OPEN = ConcurrentHashMap.newKeySet();

  private final String loggerPrefix;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private CapturedLogs(String loggerPrefix) {
    this.loggerPrefix = loggerPrefix;
  }

  /** Captures the events of loggers whose names start with this, "" for all, until closed. */
  public static CapturedLogs capture(String loggerPrefix) {
    CapturedLogs capture = new CapturedLogs(loggerPrefix);
    OPEN.add(capture);
    return capture;
  }

  /** Each event as {@code LEVEL logger: message}, then any throwable on the following lines. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void close() {
    OPEN.remove(this);
  }

  static boolean isCaptured(String logger) {
    return OPEN.stream().anyMatch(capture -> logger.startsWith(capture.loggerPrefix));
  }

  static void record(String logger, String level, String message, Throwable thrown) {
    String line = level + " " + logger + ": " + message
        + (thrown == null ? "" : "\n" + thrown);
    for (CapturedLogs capture : OPEN) {
      if (logger.startsWith(capture.loggerPrefix)) {
        capture.lines.add(line);
      }
    }
  }
}
