package io.cccjdbc.jdbc;

import io.cccjdbc.api.CccClient;
import io.cccjdbc.api.Credentials;
import io.cccjdbc.api.Endpoint;
import io.cccjdbc.api.Environment;
import io.cccjdbc.api.HttpClients;
import io.cccjdbc.calcite.CccSchema;
import io.cccjdbc.fetch.FetchSource;
import java.sql.Connection;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.jdbc.CalciteConnection;

/** Opens connections: settings to endpoint and credentials, then Calcite with the CCC schema. */
final class Connections {

  /** Connections opened and not yet closed, in the whole JVM. */
  private static final AtomicInteger OPEN = new AtomicInteger();

  private Connections() {
  }

  static Connection open(String url, Properties info) throws SQLException {
    CccConfig config = CccConfig.parse(url, info);
    Endpoint endpoint = config.demo() ? DemoEndpoint.endpoint() : config.serviceEndpoint();
    Credentials credentials = config.demo()
        ? DemoEndpoint.CREDENTIALS
        : config.credentials(Environment.system());
    CccClient client = new CccClient(
        HttpClients.create(config.httpSettings(), endpoint.scheme().equals("https")), endpoint,
        credentials, config.clientOptions(DriverInfo.userAgent()));
    FetchSource source =
        new FetchSource(client, credentials, config.instanceIds(), config.fetchSettings());
    AvaticaConnection calcite = CalciteEngine.connect(config.timeZone());
    Connection connection;
    try {
      calcite.unwrap(CalciteConnection.class).getRootSchema()
          .add(CccSchema.NAME, new CccSchema(source));
      calcite.setSchema(CccSchema.NAME);
      connection = new ConnectionDelegate(new ConnectionState(calcite, source,
          config.maskedUrl(), credentials.accessKeyId(), config.timeZone(), warnings(config)));
    } catch (SQLException | RuntimeException e) {
      calcite.close();
      throw e;
    }
    OPEN.incrementAndGet();
    return connection;
  }

  /**
   * A connection was closed: its statements' calls stop, and when it was the last one open,
   * the pooled HTTP connections are closed so that an unused driver holds no socket.
   */
  static void closed(ConnectionState state) {
    if (state.markClosed()) {
      state.source().close();
      if (OPEN.decrementAndGet() == 0) {
        HttpClients.closeIdleConnections();
      }
    }
  }

  private static List<String> warnings(CccConfig config) {
    List<String> warnings = new ArrayList<>(config.warnings());
    if (config.demo() && (config.user().isPresent() || config.password().isPresent())) {
      warnings.add("demo=true connects to the built-in demo with its own credentials; "
          + "the given user and password are not used");
    }
    return warnings;
  }

  static DriverPropertyInfo[] propertyInfo(String url, Properties info) throws SQLException {
    return CccConfig.propertyInfo(url, info);
  }
}
