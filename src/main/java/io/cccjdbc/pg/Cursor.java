package io.cccjdbc.pg;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One driver statement behind a cursor of postgres_fdw: each FETCH reads the next rows from
 * the open result set, so a long result streams and is never held whole.
 */
final class Cursor implements AutoCloseable {

  private final PreparedStatement statement;
  private ResultSet rows;
  private final List<ResultColumn> columns = new ArrayList<>();
  private boolean exhausted;

  private Cursor(PreparedStatement statement) {
    this.statement = statement;
  }

  /** Prepared and bound, not yet run: it can be cancelled from the moment it runs. */
  static Cursor prepare(Connection connection, TranslatedQuery query, List<String> values)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(query.sql());
    try {
      ParameterValues.bind(statement, query, values);
      return new Cursor(statement);
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  void execute() throws SQLException {
    rows = statement.executeQuery();
    ResultSetMetaData meta = rows.getMetaData();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(new ResultColumn(meta.getColumnLabel(i), PgType.ofJdbc(meta.getColumnType(i))));
    }
  }

  /** Sends the row description and up to {@code max} rows; returns how many were sent. */
  long fetch(long max, Backend out) throws SQLException, IOException {
    out.rowDescription(columns);
    long sent = 0;
    while (sent < max && !exhausted) {
      if (!rows.next()) {
        exhausted = true;
        break;
      }
      byte[][] values = new byte[columns.size()][];
      for (int i = 0; i < values.length; i++) {
        values[i] = TextValues.encode(rows, i + 1, columns.get(i).type());
      }
      out.dataRow(values);
      sent++;
    }
    return sent;
  }

  /** Called from the thread that serves a cancel request while another thread fetches. */
  void cancel() {
    try {
      statement.cancel();
    } catch (SQLException e) {
      // The statement has ended or is closing: there is nothing left to cancel.
    }
  }

  @Override
  public void close() throws SQLException {
    statement.close();
  }
}
