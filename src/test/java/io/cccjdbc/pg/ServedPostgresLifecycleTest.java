package io.cccjdbc.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.PostgresFront;
import io.cccjdbc.Rows;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.emulator.Dataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What {@code serve} leaves behind and finds again: a second start brings the foreign tables
 * up to date and keeps what still fits; no file or catalog holds the AccessKey secret; the
 * statements of {@code pg-ddl} work in a database that serve did not make.
 */
class ServedPostgresLifecycleTest {

  @Test
  void aSecondStartBringsTheTablesUpToDateAndKeepsViewsOnUnchangedOnes() throws Exception {
    Path directory = PostgresFront.freshDirectory(getClass().getSimpleName());
    String password;
    try (PostgresFront front = PostgresFront.start(Dataset.demo(), directory)) {
      password = front.served().password();
      try (AdminClient admin = front.served().server().admin(ServedDatabase.DATABASE)) {
        admin.query("ALTER FOREIGN TABLE ccc.admins DROP COLUMN email;"
            + "CREATE FOREIGN TABLE ccc.gone (x text) SERVER ccc_jdbc;"
            + "CREATE VIEW public.active_numbers AS SELECT number FROM ccc.numbers WHERE active;"
            + "GRANT SELECT ON public.active_numbers TO ccc");
      }
      assertSecretNowhere(front);
      ProcessHandle postgres = front.served().postgresProcess();
      front.close();
      assertFalse(postgres.isAlive());
      assertFalse(Files.exists(directory.resolve("cluster").resolve("postmaster.pid")),
          "PostgreSQL was shut down, not killed");
    }
    try (PostgresFront again = PostgresFront.start(Dataset.demo(), directory);
        Connection postgres = again.connect(); Statement statement = postgres.createStatement()) {
      assertEquals(password, again.served().password(), "the kept password");
      assertEquals(CccTables.ALL.size(), Rows.count(statement,
          "SELECT 1 FROM information_schema.tables WHERE table_schema = 'ccc'"));
      assertTrue(Rows.count(statement, "SELECT email FROM ccc.admins") > 0);
      assertEquals(Rows.count(statement, "SELECT * FROM ccc.numbers WHERE active"),
          Rows.count(statement, "SELECT * FROM public.active_numbers"));
    }
  }

  private static void assertSecretNowhere(PostgresFront front) throws Exception {
    byte[] secret = TestEmulator.ACCESS_KEY_SECRET.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(front.dataDirectory())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertFalse(contains(Files.readAllBytes(file), secret), file.toString());
      }
    }
    try (AdminClient admin = front.served().server().admin(ServedDatabase.DATABASE)) {
      for (String catalog : List.of("SELECT srvoptions::text FROM pg_foreign_server",
          "SELECT umoptions::text FROM pg_user_mapping",
          "SELECT setconfig::text FROM pg_db_role_setting",
          "SELECT ftoptions::text FROM pg_foreign_table")) {
        for (List<String> row : admin.query(catalog)) {
          assertFalse(String.valueOf(row.get(0)).contains(TestEmulator.ACCESS_KEY_SECRET), catalog);
        }
      }
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Test
  void theStatementsOfPgDdlPutTheTablesIntoAnotherDatabase() throws Exception {
    Path directory = PostgresFront.freshDirectory(getClass().getSimpleName() + "-ddl");
    try (PostgresFront front = PostgresFront.start(Dataset.demo(), directory)) {
      String url = front.emulator().url();
      String secret = EndpointCredentials.randomPassword();
      try (PgEndpoint endpoint = PgEndpoint.start(0,
          new EndpointCredentials(EndpointCredentials.FDW_USER, secret),
          () -> DriverManager.getConnection(url))) {
        try (AdminClient admin = front.served().server().admin("postgres")) {
          admin.query("CREATE DATABASE mine OWNER ccc");
        }
        try (AdminClient mine = front.served().server().admin("mine")) {
          mine.query(String.join(";\n", ForeignSchemaDdl.all(endpoint.address())));
          mine.query("GRANT USAGE ON SCHEMA ccc TO ccc; GRANT SELECT ON ALL TABLES IN SCHEMA ccc"
              + " TO ccc");
        }
        String mineUrl = front.jdbcUrl().replace("/ccc", "/mine");
        try (Connection postgres = DriverManager.getConnection(mineUrl, "ccc",
                front.served().password());
            Statement statement = postgres.createStatement();
            Connection driver = front.emulator().connect();
            Statement direct = driver.createStatement()) {
          for (var table : CccTables.ALL) {
            String sql = Rows.selectAll(table);
            assertEquals(Rows.count(direct, sql), Rows.count(statement, sql), sql);
          }
        }
      }
    }
  }
}
