package io.cccjdbc.pg;

import io.cccjdbc.jdbc.CccConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One remote transaction of postgres_fdw, from its START TRANSACTION to its COMMIT or ABORT.
 * postgres_fdw opens one per local query (and per local transaction), and runs every remote
 * scan of that query as a cursor inside it; they all end with the transaction. It is therefore
 * the span within which the scans of one PostgreSQL query belong together: {@link #begin} and
 * {@link #end} are where anything they share starts and stops.
 */
final class RemoteTransaction {

  private final Connection connection;
  private final Map<String, Cursor> cursors = new LinkedHashMap<>();
  /** The scans of the query fetch as one, as the scans of one JDBC statement do. */
  private final CccConnection.FetchScope fetches;

  private RemoteTransaction(Connection connection, CccConnection.FetchScope fetches) {
    this.connection = connection;
    this.fetches = fetches;
  }

  static RemoteTransaction begin(Connection connection) throws SQLException {
    return new RemoteTransaction(connection,
        connection.unwrap(CccConnection.class).shareFetches());
  }

  void declare(String name, TranslatedQuery query, List<String> values)
      throws SQLException, SessionError {
    String key = key(name);
    synchronized (cursors) {
      if (cursors.containsKey(key)) {
        throw new SessionError("42P03", "cursor \"" + name + "\" already exists");
      }
    }
    Cursor cursor = Cursor.prepare(connection, query, values);
    synchronized (cursors) {
      cursors.put(key, cursor);
    }
    // Run outside the lock and after it is known: a cancel request reaches it while it starts.
    try {
      cursor.execute();
    } catch (SQLException | RuntimeException e) {
      synchronized (cursors) {
        cursors.remove(key);
      }
      cursor.close();
      throw e;
    }
  }

  Cursor cursor(String name) throws SessionError {
    Cursor cursor;
    synchronized (cursors) {
      cursor = cursors.get(key(name));
    }
    if (cursor == null) {
      throw new SessionError("34000", "cursor \"" + name + "\" does not exist");
    }
    return cursor;
  }

  void close(String name) throws SQLException, SessionError {
    Cursor cursor = cursor(name);
    synchronized (cursors) {
      cursors.remove(key(name));
    }
    cursor.close();
  }

  /** Cancels whatever the cursors are fetching; a cancel request arrives on another thread. */
  void cancel() {
    List<Cursor> open;
    synchronized (cursors) {
      open = new ArrayList<>(cursors.values());
    }
    open.forEach(Cursor::cancel);
  }

  /** COMMIT and ABORT alike: nothing was written, so both end by closing every cursor. */
  void end() throws SQLException {
    SQLException first = null;
    synchronized (cursors) {
      for (Cursor cursor : cursors.values()) {
        try {
          cursor.close();
        } catch (SQLException e) {
          first = first == null ? e : first;
        }
      }
      cursors.clear();
    }
    fetches.close();
    if (first != null) {
      throw first;
    }
  }

  /** Cursor names are folded as PostgreSQL folds unquoted names. */
  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
