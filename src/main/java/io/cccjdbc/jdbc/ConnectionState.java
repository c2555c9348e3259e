package io.cccjdbc.jdbc;

import io.cccjdbc.fetch.FetchSource;
import io.cccjdbc.fetch.StatementFetch;
import java.sql.SQLWarning;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.calcite.avatica.AvaticaConnection;

/** What one open connection holds besides Calcite's own connection. */
final class ConnectionState {

  private final AvaticaConnection calcite;
  private final FetchSource source;
  private final String displayUrl;
  private final String userName;
  private final ZoneId timeZone;
  private final AtomicBoolean closed = new AtomicBoolean();
  private SQLWarning warnings;
  private final Properties clientInfo = new Properties();
  private boolean autoCommit = true;
  /** The fetch every statement joins while a {@link CccConnection#shareFetches} is open. */
  private final AtomicReference<StatementFetch> sharedFetch = new AtomicReference<>();

  /**
   * @param userName the AccessKey ID the connection signs with: what
   *     {@code DatabaseMetaData.getUserName()} answers
   */
  ConnectionState(AvaticaConnection calcite, FetchSource source, String displayUrl,
      String userName, ZoneId timeZone, List<String> warnings) {
    this.timeZone = timeZone;
    this.calcite = calcite;
    this.source = source;
    this.displayUrl = displayUrl;
    this.userName = userName;
    warnings.forEach(this::addWarning);
  }

  /** The zone whose wall clock the connection's TIMESTAMP values are in. */
  ZoneId timeZone() {
    return timeZone;
  }

  /** The fetch statements share now, or null. */
  StatementFetch sharedFetch() {
    return sharedFetch.get();
  }

  void openScope(StatementFetch fetch) {
    if (!sharedFetch.compareAndSet(null, fetch)) {
      throw new IllegalStateException("this connection already shares its statements' fetches;"
          + " close that scope first");
    }
  }

  void closeScope(StatementFetch fetch) {
    sharedFetch.compareAndSet(fetch, null);
  }

  boolean isClosed() {
    return closed.get();
  }

  /** True the first time only, so that a connection closed twice is counted once. */
  boolean markClosed() {
    return closed.compareAndSet(false, true);
  }

  AvaticaConnection calcite() {
    return calcite;
  }

  FetchSource source() {
    return source;
  }

  /** The URL as users may see it: secrets masked. */
  String displayUrl() {
    return displayUrl;
  }

  String userName() {
    return userName;
  }

  /**
   * What {@code setAutoCommit} set, read back by {@code getAutoCommit}: nothing is written
   * either way, but frameworks check that the mode they set holds.
   */
  synchronized boolean autoCommit() {
    return autoCommit;
  }

  synchronized void autoCommit(boolean autoCommit) {
    this.autoCommit = autoCommit;
  }

  /** A copy: changing it changes nothing. */
  synchronized Properties clientInfo() {
    Properties copy = new Properties();
    copy.putAll(clientInfo);
    return copy;
  }

  /** Sets one client info property; a null value removes it. */
  synchronized void clientInfo(String name, String value) {
    if (value == null) {
      clientInfo.remove(name);
    } else {
      clientInfo.setProperty(name, value);
    }
  }

  synchronized void replaceClientInfo(Properties properties) {
    clientInfo.clear();
    clientInfo.putAll(properties);
  }

  synchronized SQLWarning warnings() {
    return warnings;
  }

  synchronized void clearWarnings() {
    warnings = null;
  }

  synchronized void addWarning(String message) {
    SQLWarning warning = SqlState.WARNING.warning(message);
    if (warnings == null) {
      warnings = warning;
    } else {
      warnings.setNextWarning(warning);
    }
  }
}
