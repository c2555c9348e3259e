package io.cccjdbc.pg;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each statement does in a session: transaction control and settings are acknowledged
 * (nothing is written, so there is nothing to commit), DECLARE translates and opens a driver
 * statement, FETCH streams its next rows, CLOSE frees it.
 */
final class StatementRunner {

  private static final Logger LOG = LoggerFactory.getLogger(StatementRunner.class);
  private static final String SELECT_CURSOR = "";

  private final EndpointSession session;

  StatementRunner(EndpointSession session) {
    this.session = session;
  }

  void run(Command command, List<String> values) throws SessionError, SQLException, IOException {
    Backend out = session.out();
    switch (command.kind()) {
      case SETTING, DEALLOCATE -> out.commandComplete(command.tag());
      case BEGIN -> {
        session.begin();
        out.commandComplete(command.tag());
      }
      case COMMIT, ROLLBACK -> {
        session.endTransaction();
        out.commandComplete(command.tag());
      }
      case SAVEPOINT -> {
        if (command.tag().equals("ROLLBACK")) {
          session.rollbackToSavepoint();
        }
        out.commandComplete(command.tag());
      }
      case DECLARE -> {
        inTransaction("DECLARE CURSOR").declare(command.name(), translate(command.query()),
            values);
        out.commandComplete(command.tag());
      }
      case FETCH -> {
        long sent = inTransaction("FETCH").cursor(command.name()).fetch(command.count(), out);
        out.commandComplete("FETCH " + sent);
      }
      case CLOSE -> {
        inTransaction("CLOSE").close(command.name());
        out.commandComplete(command.tag());
      }
      case CLOSE_ALL -> {
        inTransaction("CLOSE ALL").end();
        out.commandComplete(command.tag());
      }
      case SELECT -> select(command, values, out);
      case WRITE -> throw new SessionError("25006", "the CCC tables are read-only: "
          + "the driver reads the CCC API and writes nothing");
      default -> throw new SessionError("0A000", "the ccc-jdbc endpoint runs the statements "
          + "postgres_fdw sends (SELECT through DECLARE and FETCH), not: " + command.query());
    }
  }

  /** A query sent as it is (psql pointed at the endpoint): all rows, in its own transaction. */
  private void select(Command command, List<String> values, Backend out)
      throws SessionError, SQLException, IOException {
    boolean implicit = session.transaction() == null;
    session.begin();
    try {
      RemoteTransaction transaction = session.transaction();
      transaction.declare(SELECT_CURSOR, translate(command.query()), values);
      long sent = transaction.cursor(SELECT_CURSOR).fetch(Long.MAX_VALUE, out);
      transaction.close(SELECT_CURSOR);
      out.commandComplete("SELECT " + sent);
    } finally {
      if (implicit) {
        session.endTransaction();
      }
    }
  }

  /** The translation is logged at DEBUG, to see what postgres_fdw sent and what ran. */
  private static TranslatedQuery translate(String postgresSql) {
    TranslatedQuery query = FdwSqlTranslator.translate(postgresSql);
    LOG.debug("postgres_fdw sent {}\n  the driver runs {}", postgresSql, query.sql());
    return query;
  }

  private RemoteTransaction inTransaction(String statement) throws SessionError {
    RemoteTransaction transaction = session.transaction();
    if (transaction == null) {
      throw new SessionError("25P01", statement + " can only be used in transaction blocks");
    }
    return transaction;
  }
}
