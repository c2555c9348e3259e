package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.CapturedLogs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * The {@code -all} jar's SLF4J provider, here over the tests' own SLF4J as the application's:
 * events reach the application's logger of the same name, at their level, formatted, and a level
 * the application has switched off costs nothing. {@code AllJarInAHostProgramIT} runs it inside
 * the jar over SLF4J 1.7.
 */
class HostSlf4jProviderTest {

  private static final String NAME = "io.cccjdbc.test.host";

  private final Logger logger = provider().getLoggerFactory().getLogger(NAME);

  private static HostSlf4jProvider provider() {
    HostSlf4jProvider provider = new HostSlf4jProvider();
    provider.initialize();
    return provider;
  }

  @Test
  void eventsReachTheApplicationsLoggerFormattedAtTheirLevel() {
    try (CapturedLogs logs = CapturedLogs.capture(NAME)) {
      logger.info("GetInstance {}: HTTP {}", "ccc-test", 200);
      logger.warn("slow", new IllegalStateException("late"));

      assertEquals(List.of("INFO " + NAME + ": GetInstance ccc-test: HTTP 200",
          "WARN " + NAME + ": slow\njava.lang.IllegalStateException: late"), logs.lines());
    }
  }

  @Test
  void levelsFollowTheApplicationsLogger() {
    assertFalse(logger.isDebugEnabled(), "the application logs nothing of this name");
    try (CapturedLogs logs = CapturedLogs.capture(NAME)) {
      assertTrue(logger.isDebugEnabled());
      assertTrue(logs.lines().isEmpty());
    }
  }
}
