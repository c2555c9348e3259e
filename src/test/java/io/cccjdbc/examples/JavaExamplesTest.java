package io.cccjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.ChildJvm;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java programs in {@code examples/}, compiled from their source files without warnings and
 * run against the demo as {@code examples/README.md} shows, their output checked.
 */
class JavaExamplesTest {

  private static final String DEMO = "jdbc:ccc:demo=true";

  @TempDir
  Path classes;

  @Test
  void plainJdbcListsTheInstancesThenTheNumbersOfTheInstanceAsked() throws Exception {
    String output = run("PlainJdbc", DEMO, "ccc-hz-service");

    for (String id : List.of("ccc-cd-ops", "ccc-global-sales", "ccc-gz-new", "ccc-hz-service",
        "ccc-sh-pilot", "ccc-test")) {
      assertTrue(output.contains(id), id + " in:\n" + output);
    }
    assertTrue(output.contains("Numbers of ccc-hz-service:"), output);
    assertTrue(output.contains("0571xxxx1001"), output);
    assertTrue(output.contains("0571xxxx1002"), output);
    assertTrue(output.contains("0574xxxx2003"), output);
    assertFalse(output.contains("028xxxx7001"), "another instance's number:\n" + output);
    assertTrue(output.contains("3 number(s)"), output);
  }

  @Test
  void plainJdbcWithoutAnInstanceShowsTheNumbersOfTheFirstOneListed() throws Exception {
    String output = run("PlainJdbc", DEMO);

    assertTrue(output.contains("Numbers of ccc-cd-ops:"), output);
    assertTrue(output.contains("028xxxx7001"), output);
    assertTrue(output.contains("3 number(s)"), output);
  }

  @Test
  void plainJdbcRunsFromItsSourceFileAndTheJvmEnds() {
    ChildJvm.Result result =
        ChildJvm.run(Duration.ofSeconds(90), "examples/PlainJdbc.java", DEMO, "ccc-test");

    assertFalse(result.timedOut(), "did not end:\n" + result.output());
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("Numbers of ccc-test:"), result.output());
    assertTrue(result.output().contains("083xxxx0011"), result.output());
  }

  @Test
  void reportWritesTodaysCsvOfActiveNumbersPerInstanceAndProvince(@TempDir Path out)
      throws Exception {
    LocalDate before = LocalDate.now();
    String output = run("ActiveNumbersReport", DEMO, out.toString());
    LocalDate after = LocalDate.now();

    Path report = onlyFile(out);
    String name = report.getFileName().toString();
    assertTrue(name.equals("active-numbers-" + before + ".csv")
        || name.equals("active-numbers-" + after + ".csv"), name);
    assertEquals(String.join("\r\n",
        "instance_id,province,active_numbers",
        "ccc-cd-ops,四川,2",
        "ccc-global-sales,,1",
        "ccc-global-sales,广东,1",
        "ccc-hz-service,浙江,2",
        "ccc-test,四川,1",
        ""), Files.readString(report, StandardCharsets.UTF_8));
    assertTrue(output.contains("Wrote 5 row(s) for 6 instance(s)"), output);
  }

  @Test
  void reportFetchesEachInstanceOnceWithItsPreparedStatement(@TempDir Path out)
      throws Exception {
    try (TestEmulator emulator = TestEmulator.demo()) {
      run("ActiveNumbersReport", emulator.url("cacheTtl=0"), out.toString());

      assertEquals(1, emulator.listInstancesCalls());
      assertEquals(6, emulator.getInstanceCalls());
      for (String id : List.of("ccc-cd-ops", "ccc-test", "ccc-sh-pilot")) {
        assertEquals(1, emulator.getInstanceCalls(id), id);
      }
    }
  }

  @Test
  void reportQuotesFieldsHoldingCommasQuotesOrLineBreaks(@TempDir Path out) throws Exception {
    Dataset dataset = Dataset.fromJson("""
        [{"Id": "ccc-a", "Name": "a", "NumberList": [
          {"Number": "1", "Active": true, "Province": "Hai,nan"},
          {"Number": "2", "Active": true, "Province": "Hai,nan"},
          {"Number": "3", "Active": true, "Province": "The \\"North\\""},
          {"Number": "4", "Active": true, "Province": "two\\nlines"},
          {"Number": "5", "Active": true},
          {"Number": "6", "Active": false, "Province": "inactive only"}
        ]}]
        """);
    try (TestEmulator emulator = TestEmulator.start(dataset)) {
      run("ActiveNumbersReport", emulator.url(), out.toString());
    }

    List<String> rows = List.of(Files.readString(onlyFile(out), StandardCharsets.UTF_8)
        .split("\r\n"));
    assertEquals(List.of(
        "instance_id,province,active_numbers",
        "ccc-a,\"Hai,nan\",2",
        "ccc-a,\"The \"\"North\"\"\",1",
        "ccc-a,\"two\nlines\",1",
        "ccc-a,,1"), rows);
  }

  /** The one file the report left in {@code dir}: no partial file stays behind. */
  private static Path onlyFile(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.toList();
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }

  /** Compiles {@code examples/<name>.java}, runs its main method, and returns what it printed. */
  private String run(String name, String... args) throws Exception {
    compile(name);
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      System.setOut(console);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  private void compile(String name) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean compiled = compiler.getTask(null, files, diagnostics,
          List.of("--release", "17", "-Xlint:all", "-Werror", "-d", classes.toString()), null,
          files.getJavaFileObjects(Path.of("examples", name + ".java"))).call();
      assertTrue(compiled, diagnostics.getDiagnostics().toString());
    }
  }
}
