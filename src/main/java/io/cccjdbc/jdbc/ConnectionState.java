package io.cccjdbc.jdbc;

import io.cccjdbc.fetch.FetchSource;
import java.sql.Connection;
import java.sql.SQLWarning;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.avatica.AvaticaConnection;

/** What one open connection holds besides Calcite's own connection. */
final class ConnectionState {

  private final AvaticaConnection calcite;
  private final FetchSource source;
  private final String displayUrl;
  private final AtomicBoolean closed = new AtomicBoolean();
  private SQLWarning warnings;
  private final Properties clientInfo = new Properties();
  private Connection proxy;

  ConnectionState(AvaticaConnection calcite, FetchSource source, String displayUrl,
      List<String> warnings) {
    this.calcite = calcite;
    this.source = source;
    this.displayUrl = displayUrl;
    warnings.forEach(this::addWarning);
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

  Connection proxy() {
    return proxy;
  }

  void proxy(Connection connection) {
    this.proxy = connection;
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

  private synchronized void addWarning(String message) {
    SQLWarning warning = new SQLWarning(message, "01000");
    if (warnings == null) {
      warnings = warning;
    } else {
      warnings.setNextWarning(warning);
    }
  }
}
