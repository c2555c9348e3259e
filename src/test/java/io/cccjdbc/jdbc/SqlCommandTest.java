package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a statement is, told from its leading words whatever comments and quotes surround them. */
class SqlCommandTest {

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "SELECT * FROM numbers | QUERY | SELECT",
      "  (( SELECT 1 )) | QUERY | SELECT",
      "VALUES 1 | QUERY | SELECT",
      "-- INSERT\\nSELECT 1 | QUERY | SELECT",
      "/* DELETE */ SELECT 'INSERT' AS \"update\" | QUERY | SELECT",
      "WITH u AS (SELECT 1) SELECT * FROM u | QUERY | SELECT",
      "WITH RECURSIVE t(n) AS (VALUES 1 UNION ALL SELECT n + 1 FROM t) SELECT n FROM t"
          + " | QUERY | SELECT",
      "EXPLAIN PLAN FOR SELECT * FROM numbers | QUERY | SELECT",
      "'' | QUERY | SELECT",
      "insert into numbers values ('a') | WRITE | INSERT",
      "  /* note */ -- more\\n Update numbers SET city = 'x' | WRITE | UPDATE",
      "DELETE FROM numbers | WRITE | DELETE",
      "MERGE INTO numbers USING admins ON TRUE WHEN MATCHED THEN DELETE | WRITE | MERGE",
      "CREATE TABLE t (x INT) | WRITE | CREATE",
      "drop table numbers | WRITE | DROP",
      "TRUNCATE TABLE numbers | WRITE | TRUNCATE",
      "ALTER TABLE numbers ADD x INT | WRITE | ALTER",
      "UPSERT INTO numbers VALUES (1) | WRITE | UPSERT",
      "GRANT SELECT ON numbers TO x | WRITE | GRANT",
      "WITH u AS (SELECT 1) INSERT INTO numbers SELECT * FROM u | WRITE | INSERT",
      "WITH u AS (SELECT 'DELETE' FROM (SELECT 1)) DELETE FROM numbers | WRITE | DELETE",
      "EXPLAIN PLAN FOR INSERT INTO numbers VALUES ('a') | WRITE | INSERT",
      "SET TRANSACTION READ ONLY | SESSION | SET",
      "set application_name = 'x' | SESSION | SET",
      "BEGIN | SESSION | BEGIN",
      "COMMIT | SESSION | COMMIT",
      "ALTER SESSION SET x = 1 | SESSION | ALTER",
      "SHOW search_path | SESSION | SHOW",
  })
  void leadingWordsTellTheKind(String sql, SqlCommand.Kind kind, String keyword) {
    SqlCommand command = SqlCommand.of(sql.replace("\\n", "\n"));

    assertEquals(kind, command.kind());
    assertEquals(keyword, command.keyword());
  }
}
