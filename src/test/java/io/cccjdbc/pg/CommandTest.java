package io.cccjdbc.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The statements postgres_fdw sends around its queries, recognised by kind. */
class CommandTest {

  @Test
  void postgresFdwSequence() {
    assertEquals(Command.Kind.SETTING, Command.parse("SET extra_float_digits = 3").kind());
    assertEquals("START TRANSACTION",
        Command.parse("START TRANSACTION ISOLATION LEVEL REPEATABLE READ").tag());
    Command declare = Command.parse("DECLARE c1 CURSOR FOR\nSELECT a FROM ccc.t");
    assertEquals(Command.Kind.DECLARE, declare.kind());
    assertEquals("c1", declare.name());
    assertEquals("SELECT a FROM ccc.t", declare.query());
    Command fetch = Command.parse("FETCH 1000 FROM c1");
    assertEquals(1000, fetch.count());
    assertEquals("c1", fetch.name());
    assertEquals(Long.MAX_VALUE, Command.parse("FETCH ALL FROM c2").count());
    assertEquals(Command.Kind.CLOSE, Command.parse("CLOSE c1").kind());
    assertEquals(Command.Kind.COMMIT, Command.parse("COMMIT TRANSACTION").kind());
    assertEquals(Command.Kind.ROLLBACK, Command.parse("ABORT TRANSACTION").kind());
    assertEquals(Command.Kind.SAVEPOINT, Command.parse("ROLLBACK TO SAVEPOINT s2").kind());
    assertEquals(Command.Kind.SAVEPOINT, Command.parse("RELEASE SAVEPOINT s2").kind());
    assertEquals(Command.Kind.DEALLOCATE, Command.parse("DEALLOCATE ALL").kind());
    assertEquals(Command.Kind.WRITE, Command.parse("INSERT INTO ccc.t VALUES (1)").kind());
    assertEquals(Command.Kind.UNSUPPORTED, Command.parse("EXPLAIN SELECT 1").kind());
  }

  @Test
  void aSimpleQueryIsSplitAtSemicolonsOutsideQuotes() {
    assertEquals(List.of("SET a = 'x;y'", " SELECT \";\" FROM t"),
        Command.split("SET a = 'x;y'; SELECT \";\" FROM t"));
  }
}
