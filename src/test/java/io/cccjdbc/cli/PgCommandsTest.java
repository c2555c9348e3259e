package io.cccjdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.TableDef;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pg-ddl} and {@code serve}'s command line; serving itself is in AllJarServeIT. */
class PgCommandsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String command, String... args) throws Exception {
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    return command.equals("serve")
        ? ServeCommand.run(List.of(args), o, e) : PgDdlCommand.run(List.of(args), o, e);
  }

  @Test
  void pgDdlPrintsAStatementForEveryTableWithTheEndpointsAddress() throws Exception {
    assertEquals(0, run("pg-ddl", "--port", "6000", "--password", "pw"));
    String ddl = out.toString(StandardCharsets.UTF_8);
    assertTrue(ddl.contains("port '6000'"), ddl);
    assertTrue(ddl.contains("user 'ccc_fdw', password 'pw'"), ddl);
    for (TableDef table : CccTables.ALL) {
      assertTrue(ddl.contains("CREATE FOREIGN TABLE \"ccc\".\"" + table.name() + "\""),
          table.name());
    }
    assertTrue(ddl.strip().endsWith(";"), ddl);
  }

  @Test
  void pgDdlUsesThePasswordKeptInTheDataDirectory(@TempDir Path directory) throws Exception {
    assertEquals(0, run("pg-ddl", "--data-dir", directory.toString()));
    String kept = Files.readString(directory.resolve("password")).strip();
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("password '" + kept + "'"));
    assertEquals("[OWNER_READ, OWNER_WRITE]", Files.getPosixFilePermissions(
        directory.resolve("password")).stream().sorted().toList().toString());
  }

  @Test
  void mistakesOnTheCommandLineSayWhatWasWrong() throws Exception {
    assertEquals(2, run("serve", "--port", "http"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port must be a port number"),
        err.toString(StandardCharsets.UTF_8));
    assertEquals(2, run("serve", "--verbose"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --verbose"));
    assertEquals(2, run("pg-ddl", "--port"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port needs a value"));
  }

  @Test
  void aUrlTheDriverRefusesStopsServeAtOnce() throws Exception {
    assertEquals(1, run("serve", "--url", "jdbc:ccc:regoin=cn-shanghai"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("regoin"),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpShowsTheOptions() throws Exception {
    assertEquals(0, run("serve", "--help"));
    for (String option : List.of("--port", "--url", "--password", "--data-dir", "--listen",
        "--endpoint-only")) {
      assertTrue(out.toString(StandardCharsets.UTF_8).contains(option), option);
    }
  }

  @Test
  void theGuideListsEveryServeOption() throws Exception {
    String guide = Files.readString(Path.of("docs", "postgresql.md"), StandardCharsets.UTF_8);
    List<String> documented = guide.lines().filter(line -> line.startsWith("| `--"))
        .map(line -> line.substring(3, line.indexOf('`', 3))).toList();
    List<String> offered = ServeCommand.USAGE.lines().map(String::strip)
        .filter(line -> line.startsWith("--")).map(line -> line.split("\\s+")[0]).toList();
    assertEquals(offered, documented);
  }
}
