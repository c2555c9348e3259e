package io.cccjdbc.pg;

import java.io.IOException;

/**
 * {@code serve}: the endpoint on a free loopback port, and the embedded PostgreSQL in front of
 * it with the foreign tables brought up to date; clients connect to PostgreSQL.
 */
public final class ServedPostgres implements AutoCloseable {

  private final PgEndpoint endpoint;
  private final PostgresServer server;
  private final ServeSettings settings;
  private final String password;

  private ServedPostgres(PgEndpoint endpoint, PostgresServer server, ServeSettings settings,
      String password) {
    this.endpoint = endpoint;
    this.server = server;
    this.settings = settings;
    this.password = password;
  }

  public static ServedPostgres start(ServeSettings settings, DriverConnections connections)
      throws IOException, InterruptedException, PostgresException {
    return start(settings, new ServeLayout(settings.dataDirectory()), connections);
  }

  /** As {@link #start(ServeSettings, DriverConnections)}, with the binaries kept elsewhere. */
  public static ServedPostgres start(ServeSettings settings, ServeLayout layout,
      DriverConnections connections) throws IOException, InterruptedException, PostgresException {
    String password = settings.password() != null ? settings.password() : layout.keptPassword();
    PgEndpoint endpoint = PgEndpoint.start(0, new EndpointCredentials(EndpointCredentials.FDW_USER,
        EndpointCredentials.randomPassword()), connections);
    PostgresServer server = null;
    try {
      server = PostgresServer.start(layout, settings.listen(), settings.port());
      ServedDatabase.update(server, endpoint.address(), password);
      return new ServedPostgres(endpoint, server, settings, password);
    } catch (IOException | InterruptedException | PostgresException | RuntimeException e) {
      if (server != null) {
        server.close();
      }
      endpoint.close();
      throw e;
    }
  }

  /** What to give Metabase or psql: {@code postgresql://ccc:PASSWORD@HOST:PORT/ccc}. */
  public String connectionString() {
    String host = ServeLayout.isWildcard(settings.listen()) ? "127.0.0.1" : settings.listen();
    return connectionString(host, settings.port(), password);
  }

  /** The URI's form, for documentation that shows it. */
  public static String connectionString(String host, int port, String password) {
    return "postgresql://" + ServedDatabase.LOGIN + ":" + password + "@" + host + ":" + port + "/"
        + ServedDatabase.DATABASE;
  }

  public int port() {
    return settings.port();
  }

  public String password() {
    return password;
  }

  public PgEndpoint endpoint() {
    return endpoint;
  }

  PostgresServer server() {
    return server;
  }

  /** The PostgreSQL process, for tests that check it stops. */
  public ProcessHandle postgresProcess() {
    return server.process();
  }

  @Override
  public void close() throws IOException {
    try {
      server.close();
    } finally {
      endpoint.close();
    }
  }
}
