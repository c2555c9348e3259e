package io.cccjdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import sqlline.SqlLine;

/** SQLLine's metadata commands on the demo, typed as a user would. */
class ShellMetadataCommandsTest {

  @Test
  void tablesListsTheFourTablesWithRemarksAndNoInternalSchema() throws IOException {
    String text = run("!tables");

    for (String table : List.of("instances", "admins", "numbers", "number_skill_groups")) {
      assertTrue(text.contains("| ccc         | " + table), table + " in:\n" + text);
    }
    assertTrue(text.contains("Phone numbers of each instance"), text);
    assertFalse(text.contains("metadata"), text);
    assertFalse(text.contains("SYSTEM TABLE"), text);
  }

  @Test
  void columnsShowBareTypeNamesAndSizes() throws IOException {
    String text = run("!columns numbers");

    assertTrue(text.contains("| active          | 16        | BOOLEAN   | 1 "), text);
    assertTrue(text.contains("| city            | 12        | VARCHAR   | 65536 "), text);
    assertTrue(text.contains("Whether the number is available. (是否可用。)"), text);
    assertFalse(text.contains("NOT NULL"), text);
    assertEquals(8, lines(text, "| numbers    |"));
  }

  @Test
  void primaryKeysAndImportedKeysNameTheirColumns() throws IOException {
    String text = run("!primarykeys number_skill_groups", "!importedkeys number_skill_groups");

    assertEquals(3, lines(text, "| pk_number_skill_groups |"));
    assertTrue(text.contains("| skill_group_id | 3       | pk_number_skill_groups |"), text);
    assertEquals(2, lines(text, "| fk_number_skill_groups_numbers | pk_numbers |"));
    assertTrue(text.contains("| numbers      | number        |"), text);
  }

  @Test
  void aQueryRunsAfterTheMetadataCommands() throws IOException {
    String text = run("!tables", "!columns admins",
        "SELECT a.user_id, i.name FROM admins a JOIN instances i "
            + "ON a.instance_id = i.instance_id WHERE i.instance_id = 'ccc-test';");

    assertTrue(text.contains("user-test@ccc-test"), text);
    assertTrue(text.contains("云呼测试实例"), text);
    assertTrue(text.contains("1 row selected"), text);
  }

  private static String run(String... commands) throws IOException {
    String script = String.join("\n", commands) + "\n!quit\n";
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    SqlLine shell = new SqlLine();
    shell.setOutputStream(new PrintStream(output, true, StandardCharsets.UTF_8));
    shell.setErrorStream(new PrintStream(output, true, StandardCharsets.UTF_8));

    // Wide enough that no column of the metadata tables is cut.
    SqlLine.Status status = shell.begin(
        CccShell.withDefaultConnection(new String[] {"--maxWidth=1000"}),
        new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), false);

    String text = output.toString(StandardCharsets.UTF_8);
    assertEquals(SqlLine.Status.OK, status, text);
    assertFalse(text.contains("Error:"), text);
    return text;
  }

  private static long lines(String text, String containing) {
    return text.lines().filter(line -> line.contains(containing)).count();
  }
}
