package io.cccjdbc.pg;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoint postgres_fdw connects to: PostgreSQL protocol v3 on 127.0.0.1, one thread and
 * one driver connection per frontend connection. It only ever listens on loopback.
 */
public final class PgEndpoint implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PgEndpoint.class);

  /** Far above what one PostgreSQL opens (one connection per backend that reads the tables). */
  private static final int MAX_SESSIONS = 200;

  private final ServerSocket server;
  private final EndpointCredentials credentials;
  private final DriverConnections connections;
  private final String serverVersion;
  private final Map<Integer, EndpointSession> sessions = new ConcurrentHashMap<>();
  private final AtomicInteger processIds = new AtomicInteger(1000);
  private final SecureRandom random = new SecureRandom();
  private final Thread acceptor;

  private PgEndpoint(ServerSocket server, EndpointCredentials credentials,
      DriverConnections connections, String serverVersion) {
    this.server = server;
    this.credentials = credentials;
    this.connections = connections;
    this.serverVersion = serverVersion;
    this.acceptor = new Thread(this::accept, "ccc-pg-endpoint-" + server.getLocalPort());
    acceptor.setDaemon(true);
  }

  /** Listens on 127.0.0.1 at {@code port} (0 for any free port) and starts accepting. */
  public static PgEndpoint start(int port, EndpointCredentials credentials,
      DriverConnections connections) throws IOException {
    ServerSocket server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    PgEndpoint endpoint =
        new PgEndpoint(server, credentials, connections, PostgresVersion.version());
    endpoint.acceptor.start();
    return endpoint;
  }

  public int port() {
    return server.getLocalPort();
  }

  /** What a foreign server and user mapping name to reach this endpoint. */
  public EndpointAddress address() {
    return new EndpointAddress(server.getInetAddress().getHostAddress(), port(),
        credentials.user(), credentials.password());
  }

  /** Connections now open, a figure for tests of disconnecting clients. */
  public int openSessions() {
    return sessions.size();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        int processId = processIds.incrementAndGet();
        EndpointSession session = new EndpointSession(socket, this, processId, random.nextInt());
        if (sessions.size() >= MAX_SESSIONS) {
          socket.close();
          LOG.warn("endpoint refused a connection: {} are open already", MAX_SESSIONS);
          continue;
        }
        sessions.put(processId, session);
        Thread thread = new Thread(session, "ccc-pg-session-" + processId);
        thread.setDaemon(true);
        thread.start();
      } catch (IOException e) {
        if (!server.isClosed()) {
          LOG.warn("endpoint could not accept a connection: {}", e.getMessage());
        }
      }
    }
  }

  EndpointCredentials credentials() {
    return credentials;
  }

  DriverConnections connections() {
    return connections;
  }

  /** The server's settings a frontend is told after it logged in; libpq reads several. */
  Map<String, String> parameterStatus(String user) {
    Map<String, String> status = new LinkedHashMap<>();
    status.put("server_version", serverVersion);
    status.put("server_encoding", "UTF8");
    status.put("client_encoding", "UTF8");
    status.put("DateStyle", "ISO, MDY");
    status.put("IntervalStyle", "postgres");
    status.put("TimeZone", "UTC");
    status.put("integer_datetimes", "on");
    status.put("standard_conforming_strings", "on");
    status.put("is_superuser", "off");
    status.put("session_authorization", user);
    status.put("default_transaction_read_only", "on");
    status.put("in_hot_standby", "off");
    return status;
  }

  void cancel(int processId, int secretKey) {
    EndpointSession session = sessions.get(processId);
    if (session != null && session.hasSecretKey(secretKey)) {
      session.cancel();
    }
  }

  void ended(EndpointSession session) {
    sessions.remove(session.processId());
  }

  @Override
  public void close() throws IOException {
    server.close();
    List<EndpointSession> open = new ArrayList<>(sessions.values());
    open.forEach(EndpointSession::disconnect);
  }
}
