package io.cccjdbc.pg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The extended query protocol of one session: Parse, Bind, Describe, Execute and Close, with
 * text parameters only. postgres_fdw uses it to send DECLARE with the query's parameters; a
 * SELECT for a client goes to PostgreSQL, not here. After an error, messages are skipped up to
 * the next Sync, as PostgreSQL does.
 */
final class ExtendedQuery {

  /** Runs a statement with its parameter values; false when it failed and said so. */
  @FunctionalInterface
  interface Runner {
    boolean run(Command command, List<String> values) throws IOException;
  }

  private record Portal(String sql, List<String> values) {
  }

  private final Backend out;
  private final Runner runner;
  private final Map<String, String> statements = new HashMap<>();
  private final Map<String, Portal> portals = new HashMap<>();
  private boolean skipToSync;

  ExtendedQuery(Backend out, Runner runner) {
    this.out = out;
    this.runner = runner;
  }

  /** Whether a message of this type is skipped: one came after an error, before Sync. */
  boolean skips(char type) {
    return skipToSync && type != 'S' && type != 'X';
  }

  void sync() {
    skipToSync = false;
  }

  void parse(ByteBuffer body) throws IOException {
    String name = Wire.cstring(body);
    String sql = Wire.cstring(body);
    statements.put(name, sql);
    out.parseComplete();
  }

  void bind(ByteBuffer body) throws IOException {
    String portal = Wire.cstring(body);
    String statement = Wire.cstring(body);
    int formatCount = Wire.int16(body);
    boolean binary = false;
    for (int i = 0; i < formatCount; i++) {
      binary |= Wire.int16(body) != 0;
    }
    int valueCount = Wire.int16(body);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < valueCount; i++) {
      byte[] value = Wire.bytes(body, Wire.int32(body));
      values.add(value == null ? null : new String(value, StandardCharsets.UTF_8));
    }
    int resultFormats = Wire.int16(body);
    for (int i = 0; i < resultFormats; i++) {
      binary |= Wire.int16(body) != 0;
    }
    String sql = statements.get(statement);
    if (sql == null) {
      fail("26000", "prepared statement \"" + statement + "\" does not exist");
    } else if (binary) {
      fail("0A000", "the ccc-jdbc endpoint sends and reads values as text only");
    } else {
      portals.put(portal, new Portal(sql, values));
      out.bindComplete();
    }
  }

  /** postgres_fdw's statements return no rows through this protocol: only DECLARE does. */
  void describe(ByteBuffer body) throws IOException {
    char kind = (char) body.get();
    String name = Wire.cstring(body);
    Portal portal = portals.get(name);
    String sql = kind == 'S' ? statements.get(name) : portal == null ? null : portal.sql();
    if (sql == null) {
      fail("26000", "\"" + name + "\" does not exist");
      return;
    }
    if (Command.parse(sql).kind() == Command.Kind.SELECT) {
      fail("0A000", "the ccc-jdbc endpoint runs queries for postgres_fdw only; "
          + "connect clients to the PostgreSQL that `serve` runs");
      return;
    }
    if (kind == 'S') {
      out.parameterDescription(0);
    }
    out.noData();
  }

  void execute(ByteBuffer body) throws IOException {
    String name = Wire.cstring(body);
    Portal portal = portals.get(name);
    if (portal == null) {
      fail("34000", "portal \"" + name + "\" does not exist");
      return;
    }
    Command command = Command.parse(portal.sql());
    if (command.kind() == Command.Kind.EMPTY) {
      out.emptyQueryResponse();
    } else if (!runner.run(command, portal.values())) {
      skipToSync = true;
    }
  }

  void close(ByteBuffer body) throws IOException {
    char kind = (char) body.get();
    String name = Wire.cstring(body);
    (kind == 'S' ? statements : portals).remove(name);
    out.closeComplete();
  }

  private void fail(String sqlState, String message) throws IOException {
    out.errorResponse(sqlState, message);
    skipToSync = true;
  }
}
