package io.cccjdbc.pg;

import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One frontend connection (in practice one PostgreSQL backend's postgres_fdw connection): its
 * startup and password check, then the simple and extended query protocol, with a driver
 * connection of its own that lives as long as the frontend's.
 */
final class EndpointSession implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(EndpointSession.class);

  private static final int SSL_REQUEST = 80877103;
  private static final int GSS_REQUEST = 80877104;
  private static final int CANCEL_REQUEST = 80877102;
  private static final Set<String> UTF8_NAMES = Set.of("utf8", "utf-8", "unicode", "sql_ascii");

  private final Socket socket;
  private final PgEndpoint endpoint;
  private final int processId;
  private final int secretKey;
  private Backend out;
  private ExtendedQuery extended;
  private Connection driver;
  private volatile RemoteTransaction transaction;
  private char status = 'I';

  EndpointSession(Socket socket, PgEndpoint endpoint, int processId, int secretKey) {
    this.socket = socket;
    this.endpoint = endpoint;
    this.processId = processId;
    this.secretKey = secretKey;
  }

  int processId() {
    return processId;
  }

  boolean hasSecretKey(int key) {
    return secretKey == key;
  }

  @Override
  public void run() {
    try (socket) {
      socket.setTcpNoDelay(true);
      WireReader in = new WireReader(socket.getInputStream());
      out = new Backend(new WireWriter(socket.getOutputStream()));
      extended = new ExtendedQuery(out, this::run);
      if (startup(in)) {
        serve(in);
      }
    } catch (IOException e) {
      LOG.debug("endpoint connection {} ended: {}", processId, e.getMessage());
    } catch (RuntimeException e) {
      // A message whose fields do not add up: only this connection ends.
      LOG.warn("endpoint connection {} closed after unreadable input", processId, e);
    } finally {
      endTransactionQuietly();
      closeDriverQuietly();
      endpoint.ended(this);
    }
  }

  /** Cancels the statement this session is running, for a cancel request on another socket. */
  void cancel() {
    RemoteTransaction running = transaction;
    if (running != null) {
      running.cancel();
    }
  }

  /** Closes the socket, which ends {@link #run} and frees the session's statements. */
  void disconnect() {
    try {
      socket.close();
    } catch (IOException e) {
      LOG.debug("closing endpoint connection {}: {}", processId, e.getMessage());
    }
  }

  private boolean startup(WireReader in) throws IOException {
    while (true) {
      ByteBuffer packet = in.startup();
      int code = Wire.int32(packet);
      if (code == SSL_REQUEST || code == GSS_REQUEST) {
        out.flush();
        socket.getOutputStream().write('N');
        continue;
      }
      if (code == CANCEL_REQUEST) {
        endpoint.cancel(Wire.int32(packet), Wire.int32(packet));
        return false;
      }
      if (code >>> 16 != 3) {
        out.errorResponse("08P01", "unsupported frontend protocol " + (code >>> 16) + "."
            + (code & 0xffff) + ": the endpoint speaks protocol 3.0");
        out.flush();
        return false;
      }
      Map<String, String> parameters = new LinkedHashMap<>();
      List<String> protocolOptions = new ArrayList<>();
      while (packet.hasRemaining()) {
        String name = Wire.cstring(packet);
        if (name.isEmpty()) {
          break;
        }
        String value = Wire.cstring(packet);
        if (name.startsWith("_pq_.")) {
          protocolOptions.add(name);
        } else {
          parameters.put(name, value);
        }
      }
      if ((code & 0xffff) != 0 || !protocolOptions.isEmpty()) {
        out.negotiateProtocolVersion(protocolOptions);
      }
      return authenticate(in, parameters);
    }
  }

  private boolean authenticate(WireReader in, Map<String, String> parameters)
      throws IOException {
    String user = parameters.getOrDefault("user", "");
    byte[] salt = endpoint.credentials().newSalt();
    out.authenticationMd5(salt);
    out.flush();
    WireReader.Message response = in.next();
    if (response == null) {
      return false;
    }
    if (response.type() != 'p') {
      throw new WireFormatException("a '" + response.type() + "' message instead of a password");
    }
    if (!endpoint.credentials().accepts(user, response.string(), salt)) {
      LOG.warn("endpoint refused a connection for user \"{}\": wrong user name or password", user);
      out.errorResponse("28P01", "password authentication failed for user \"" + user + "\"");
      out.flush();
      return false;
    }
    String encoding = parameters.getOrDefault("client_encoding", "UTF8");
    if (!UTF8_NAMES.contains(encoding.toLowerCase(Locale.ROOT))) {
      out.errorResponse("22023", "the ccc-jdbc endpoint sends UTF8 only, not " + encoding
          + ": use it from a database whose encoding is UTF8");
      out.flush();
      return false;
    }
    try {
      driver = endpoint.connections().open();
    } catch (SQLException e) {
      error(e);
      out.flush();
      return false;
    }
    out.authenticationOk();
    for (Map.Entry<String, String> status : endpoint.parameterStatus(user).entrySet()) {
      out.parameterStatus(status.getKey(), status.getValue());
    }
    out.parameterStatus("application_name", parameters.getOrDefault("application_name", ""));
    out.backendKeyData(processId, secretKey);
    out.readyForQuery(status);
    out.flush();
    return true;
  }

  private void serve(WireReader in) throws IOException {
    WireReader.Message message;
    while ((message = in.next()) != null) {
      if (extended.skips(message.type())) {
        continue;
      }
      ByteBuffer body = message.body();
      switch (message.type()) {
        case 'Q' -> simpleQuery(message.string());
        case 'P' -> extended.parse(body);
        case 'B' -> extended.bind(body);
        case 'D' -> extended.describe(body);
        case 'E' -> extended.execute(body);
        case 'C' -> extended.close(body);
        case 'S' -> {
          extended.sync();
          out.readyForQuery(status);
          out.flush();
        }
        case 'H' -> out.flush();
        case 'X' -> {
          return;
        }
        default -> throw new WireFormatException("the message type '" + message.type() + "'");
      }
    }
  }

  private void simpleQuery(String sql) throws IOException {
    List<String> parts = Command.split(sql);
    for (String part : parts) {
      Command command = Command.parse(part);
      if (command.kind() == Command.Kind.EMPTY) {
        if (parts.size() == 1) {
          out.emptyQueryResponse();
        }
        continue;
      }
      if (!run(command, List.of())) {
        break;
      }
    }
    out.readyForQuery(status);
    out.flush();
  }

  /** Runs one statement; false when it failed and its error was sent. */
  private boolean run(Command command, List<String> values) throws IOException {
    try {
      if (status == 'E' && command.kind() != Command.Kind.ROLLBACK
          && command.kind() != Command.Kind.SAVEPOINT) {
        throw new SessionError("25P02", "current transaction is aborted, "
            + "commands ignored until end of transaction block");
      }
      new StatementRunner(this).run(command, values);
      return true;
    } catch (SessionError | SQLException | RuntimeException e) {
      error(e);
      if (status == 'T') {
        status = 'E';
      }
      return false;
    }
  }

  Backend out() {
    return out;
  }

  Connection driver() {
    return driver;
  }

  RemoteTransaction transaction() {
    return transaction;
  }

  void begin() throws SQLException {
    if (transaction == null) {
      transaction = RemoteTransaction.begin(driver);
      status = 'T';
    }
  }

  void rollbackToSavepoint() {
    if (status == 'E') {
      status = 'T';
    }
  }

  void endTransaction() throws SQLException {
    RemoteTransaction ending = transaction;
    transaction = null;
    status = 'I';
    if (ending != null) {
      ending.end();
    }
  }

  private void endTransactionQuietly() {
    try {
      endTransaction();
    } catch (SQLException e) {
      LOG.debug("closing the statements of endpoint connection {}: {}", processId, e.getMessage());
    }
  }

  private void closeDriverQuietly() {
    if (driver == null) {
      return;
    }
    try {
      driver.close();
    } catch (SQLException e) {
      LOG.debug("closing the driver connection of endpoint connection {}: {}", processId,
          e.getMessage());
    }
  }

  private void error(Exception e) throws IOException {
    String sqlState = "XX000";
    if (e instanceof SessionError refused) {
      sqlState = refused.sqlState();
    } else if (e instanceof UntranslatableSqlException) {
      sqlState = UntranslatableSqlException.SQL_STATE;
    } else if (e instanceof SQLException failed && failed.getSQLState() != null
        && failed.getSQLState().length() == 5) {
      sqlState = failed.getSQLState();
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof RuntimeException && !(e instanceof UntranslatableSqlException)) {
      LOG.warn("endpoint connection {} failed a statement", processId, e);
    }
    out.errorResponse(sqlState, message);
  }
}
