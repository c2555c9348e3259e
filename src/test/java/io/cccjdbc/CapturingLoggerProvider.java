package io.cccjdbc;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The tests' SLF4J binding (registered in {@code META-INF/services}; the driver ships none): it
 * hands events to {@link CapturedLogs}.
 */
public final class CapturingLoggerProvider implements SLF4JServiceProvider {

  private final ConcurrentMap<String, CapturingLogger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory loggerFactory =
      name -> loggers.computeIfAbsent(name, CapturingLogger::new);
  private final IMarkerFactory markerFactory = new BasicMarkerFactory();
  private final MDCAdapter mdcAdapter = new NOPMDCAdapter();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggerFactory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markerFactory;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdcAdapter;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    // Nothing to set up.
  }

  private static final class CapturingLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return CapturedLogs.isCaptured(name);
    }

    @Override
    public boolean isDebugEnabled() {
      return CapturedLogs.isCaptured(name);
    }

    @Override
    public boolean isInfoEnabled() {
      return CapturedLogs.isCaptured(name);
    }

    @Override
    public boolean isWarnEnabled() {
      return CapturedLogs.isCaptured(name);
    }

    @Override
    public boolean isErrorEnabled() {
      return CapturedLogs.isCaptured(name);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
        Object[] arguments, Throwable throwable) {
      CapturedLogs.record(name, level.name(),
          MessageFormatter.basicArrayFormat(pattern, arguments), throwable);
    }
  }
}
