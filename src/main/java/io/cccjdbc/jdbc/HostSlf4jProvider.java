package io.cccjdbc.jdbc;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The logging of the self-contained {@code -all} jar, which carries its own SLF4J relocated
 * (so that, first on a class path, it never shadows an application's SLF4J 1.7 or 2 and switches
 * its logging off). This is that relocated SLF4J's provider, registered only in the
 * {@code -all} jar: it hands each event to the application's own SLF4J, whichever version, when
 * there is one, and otherwise drops it, so a program without logging prints nothing.
 *
 * <p>The thin jar registers nothing: there the driver logs straight through the application's
 * SLF4J.
 */
public final class HostSlf4jProvider implements SLF4JServiceProvider {

  /**
   * Spelled at run time: relocating the {@code -all} jar rewrites every constant that names
   * SLF4J, and this one must keep naming the application's.
   */
  private static final String HOST_LOGGER_FACTORY =
      String.join(".", "org", "slf4j", "LoggerFactory");
  private static final String HOST_LOGGER = String.join(".", "org", "slf4j", "Logger");

  private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory loggerFactory =
      name -> loggers.computeIfAbsent(name, HostLogger::new);
  private final IMarkerFactory markerFactory = new BasicMarkerFactory();
  private final MDCAdapter mdcAdapter = new NOPMDCAdapter();
  private volatile HostLogging host;

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
    host = HostLogging.find(HostSlf4jProvider.class.getClassLoader());
  }

  private HostLogging host() {
    HostLogging found = host;
    if (found == null) {
      initialize();
      found = host;
    }
    return found;
  }

  /** The application's SLF4J, reached through method handles, or none. */
  private record HostLogging(MethodHandle getLogger, MethodHandle[] isEnabled,
      MethodHandle[] log) {

    private static final Level[] LEVELS = Level.values();

    static HostLogging find(ClassLoader loader) {
      try {
        Class<?> factory = Class.forName(HOST_LOGGER_FACTORY, true, loader);
        Class<?> logger = Class.forName(HOST_LOGGER, false, loader);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        MethodHandle getLogger = lookup.findStatic(factory, "getLogger",
            MethodType.methodType(logger, String.class));
        MethodHandle[] isEnabled = new MethodHandle[LEVELS.length];
        MethodHandle[] log = new MethodHandle[LEVELS.length];
        for (Level level : LEVELS) {
          String name = level.name().toLowerCase(java.util.Locale.ROOT);
          isEnabled[level.ordinal()] = lookup.findVirtual(logger,
              "is" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Enabled",
              MethodType.methodType(boolean.class));
          log[level.ordinal()] = lookup.findVirtual(logger, name,
              MethodType.methodType(void.class, String.class, Throwable.class));
        }
        return new HostLogging(getLogger, isEnabled, log);
      } catch (ReflectiveOperationException | LinkageError e) {
        return new HostLogging(null, null, null);
      }
    }

    Object logger(String name) {
      if (getLogger == null) {
        return null;
      }
      try {
        return getLogger.invoke(name);
      } catch (Throwable e) {
        return null;
      }
    }

    boolean isEnabled(Object logger, Level level) {
      try {
        return logger != null && (boolean) isEnabled[level.ordinal()].invoke(logger);
      } catch (Throwable e) {
        return false;
      }
    }

    void log(Object logger, Level level, String message, Throwable thrown) {
      try {
        log[level.ordinal()].invoke(logger, message, thrown);
      } catch (Throwable e) {
        // The application's logging failed; the driver carries on without it.
      }
    }
  }

  /** One logger: the application's logger of the same name, looked up on first use. */
  private final class HostLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private transient volatile Object target;

    HostLogger(String name) {
      this.name = name;
    }

    private Object target() {
      Object found = target;
      if (found == null) {
        found = host().logger(name);
        target = found;
      }
      return found;
    }

    private boolean enabled(Level level) {
      return host().isEnabled(target(), level);
    }

    @Override
    public boolean isTraceEnabled() {
      return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
      return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
      return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
      return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
      return enabled(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
        Object[] arguments, Throwable throwable) {
      Object logger = target();
      if (logger != null) {
        host().log(logger, level, MessageFormatter.basicArrayFormat(pattern, arguments),
            throwable);
      }
    }
  }
}
