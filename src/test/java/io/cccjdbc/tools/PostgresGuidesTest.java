package io.cccjdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.pg.ServeSettings;
import io.cccjdbc.pg.ServedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guides to the PostgreSQL front say what it does: the keys to set in Metabase come from
 * the catalog, and the connection string shown is the one serve prints.
 */
class PostgresGuidesTest {

  private static final Path METABASE = Path.of("docs", "metabase.md");

  @Test
  void metabaseKeysAreTheCatalogs() throws IOException {
    String text = Files.readString(METABASE, StandardCharsets.UTF_8);
    int begin = text.indexOf(MetabaseKeysDoc.BEGIN);
    int end = text.indexOf(MetabaseKeysDoc.END);
    assertTrue(begin >= 0 && end > begin, "the generated keys section of " + METABASE);
    String shown = text.substring(begin, end + MetabaseKeysDoc.END.length());
    if (Boolean.getBoolean("ccc.writeDocs")) {
      Files.writeString(METABASE, text.replace(shown, MetabaseKeysDoc.markdown()),
          StandardCharsets.UTF_8);
      shown = MetabaseKeysDoc.markdown();
    }
    assertEquals(MetabaseKeysDoc.markdown(), shown, METABASE + " is out of date; regenerate it"
        + " with: mvn test -Dtest=PostgresGuidesTest -Dccc.writeDocs=true");
  }

  @Test
  void theConnectionStringShownIsTheOneServePrints() throws IOException {
    String printed = ServedPostgres.connectionString(ServeSettings.LOOPBACK,
        ServeSettings.DEFAULT_PORT, "PASSWORD");
    for (Path guide : List.of(METABASE, Path.of("docs", "postgresql.md"))) {
      assertTrue(Files.readString(guide, StandardCharsets.UTF_8).contains("  " + printed),
          guide + " shows " + printed);
    }
  }

  @Test
  void metabasesFormGetsThePrintedSettings() throws IOException {
    String text = Files.readString(METABASE, StandardCharsets.UTF_8);
    String printed = ServedPostgres.connectionString(ServeSettings.LOOPBACK,
        ServeSettings.DEFAULT_PORT, "PASSWORD");
    String user = printed.substring("postgresql://".length(), printed.indexOf(':', 13));
    String database = printed.substring(printed.lastIndexOf('/') + 1);
    for (String row : List.of("| Database type | PostgreSQL |",
        "| Host | `" + ServeSettings.LOOPBACK + "` |",
        "| Port | `" + ServeSettings.DEFAULT_PORT + "`",
        "| Database name | `" + database + "` |",
        "| Username | `" + user + "` |",
        "| Schemas | Only these… `ccc` |")) {
      assertTrue(text.contains(row), METABASE + " lacks " + row);
    }
  }

  @Test
  void readmeGivesTheServeCommand() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("java -jar target/ccc-jdbc-0.1.0-SNAPSHOT-all.jar serve"), readme);
    assertTrue(readme.contains("(docs/postgresql.md)"), readme);
  }
}
