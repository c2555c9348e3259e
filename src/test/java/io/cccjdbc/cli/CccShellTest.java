package io.cccjdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import sqlline.SqlLine;

/** The shell is SQLLine on the demo, scripted here as a user would type. */
class CccShellTest {

  @Test
  void withoutAUrlTheShellConnectsToTheDemo() {
    List<String> args = Arrays.asList(CccShell.withDefaultConnection(new String[] {"-e", "x"}));

    assertEquals(CccShell.DEMO_URL, args.get(args.indexOf("-u") + 1));
    assertTrue(args.contains("x"));
  }

  @Test
  void givenUrlIsKept() {
    List<String> args = Arrays.asList(
        CccShell.withDefaultConnection(new String[] {"-u", "jdbc:ccc:region=cn-beijing"}));

    assertEquals(1, args.stream().filter("-u"::equals).count());
    assertEquals("jdbc:ccc:region=cn-beijing", args.get(args.indexOf("-u") + 1));
  }

  @Test
  void scriptedSessionListsTablesAndRunsAQuery() throws IOException {
    String script = String.join("\n",
        "!tables",
        "SELECT instance_id, city FROM numbers WHERE instance_id = 'ccc-test';",
        "!quit", "");
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    SqlLine shell = new SqlLine();
    shell.setOutputStream(new PrintStream(output, true, StandardCharsets.UTF_8));
    shell.setErrorStream(new PrintStream(output, true, StandardCharsets.UTF_8));

    SqlLine.Status status = shell.begin(CccShell.withDefaultConnection(new String[0]),
        new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), false);

    String text = output.toString(StandardCharsets.UTF_8);
    assertEquals(SqlLine.Status.OK, status, text);
    for (String table : List.of("instances", "admins", "numbers", "number_skill_groups")) {
      assertTrue(text.contains(table), table + " in:\n" + text);
    }
    assertTrue(text.contains("乐山"), text);
    assertTrue(text.contains("1 row selected"), text);
  }
}
