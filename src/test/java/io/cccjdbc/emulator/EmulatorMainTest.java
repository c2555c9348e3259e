package io.cccjdbc.emulator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmulatorMainTest {

  @Test
  void noArgumentsMeanDemoDataAndCredentialsOnAnEphemeralLoopbackPort() throws Exception {
    MainOptions options = MainOptions.parse();

    assertNull(options.data());
    assertEquals(0, options.port());
    assertTrue(options.bindAddress().isLoopbackAddress());
    assertEquals(Duration.ZERO, options.latency());
    assertTrue(options.demoCredentials());
  }

  @Test
  void everyOptionIsRead() throws Exception {
    MainOptions options = MainOptions.parse("--data", "x.json", "--port", "8089", "--bind", "127.0.0.1",
        "--latency-ms", "25", "--access-key-id", "id", "--access-key-secret", "secret");

    assertEquals(Path.of("x.json"), options.data());
    assertEquals(8089, options.port());
    assertEquals(Duration.ofMillis(25), options.latency());
    assertEquals("id", options.accessKeyId());
    assertEquals("secret", options.accessKeySecret());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--bogus", "--port", "--port x", "--port 70000", "--latency-ms -1",
      "--access-key-id onlyid", "--access-key-secret onlysecret", "--data --port 1"})
  void badArgumentsAreUsageErrors(String line) {
    assertThrows(MainOptions.UsageException.class, () -> MainOptions.parse(line.split(" ")));
  }

  @Test
  void printsEndpointDemoCredentialsAndJdbcUrl() throws Exception {
    MainOptions options = MainOptions.parse();
    Dataset dataset = options.dataset();
    try (CccEmulator emulator = EmulatorMain.configure(options, dataset).build().start()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      EmulatorMain.printConnectionDetails(emulator, options, dataset, new PrintStream(out, true, UTF_8));

      String printed = out.toString(UTF_8);
      assertTrue(printed.contains("listening on " + emulator.endpoint() + " (loopback only)"), printed);
      assertTrue(printed.contains(CccEmulator.DEMO_ACCESS_KEY_ID), printed);
      assertTrue(printed.contains(CccEmulator.DEMO_ACCESS_KEY_SECRET), printed);
      assertTrue(printed.contains("jdbc:ccc:endpoint=" + emulator.endpoint() + ";user=" + CccEmulator.DEMO_ACCESS_KEY_ID
          + ";password=" + CccEmulator.DEMO_ACCESS_KEY_SECRET), printed);
    }
  }

  @Test
  void ownSecretIsNeverPrinted() throws Exception {
    MainOptions options = MainOptions.parse("--access-key-id", "mine", "--access-key-secret", "s3cr3t");
    Dataset dataset = options.dataset();
    try (CccEmulator emulator = EmulatorMain.configure(options, dataset).build().start()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      EmulatorMain.printConnectionDetails(emulator, options, dataset, new PrintStream(out, true, UTF_8));

      String printed = out.toString(UTF_8);
      assertTrue(printed.contains("user=mine"), printed);
      assertFalse(printed.contains("s3cr3t"), printed);
    }
  }

  @Test
  void standaloneExitsWithTwoAndUsageOnBadArguments() throws Exception {
    Process process = launch("--port", "not-a-port");

    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, process.exitValue());
    String err = new String(process.getErrorStream().readAllBytes(), UTF_8);
    assertTrue(err.contains("--port must be an integer") && err.contains("usage:"), err);
  }

  @Test
  void standaloneServesTheDemoDataUntilKilled() throws Exception {
    Process process = launch("--port", "0");
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
      String firstLine = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
      Matcher endpoint =
          Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+) \\(loopback only\\)")
              .matcher(firstLine);
      assertTrue(endpoint.find(), firstLine);
      TestClient client = new TestClient(endpoint.group(1), CccEmulator.DEMO_ACCESS_KEY_ID,
          CccEmulator.DEMO_ACCESS_KEY_SECRET);

      TestClient.Reply reply = client.get(client.getInstance("ccc-test"));

      assertEquals(200, reply.status(), reply.text());
      assertTrue(process.isAlive());
    } finally {
      process.destroy();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    }
  }

  private static Process launch(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        EmulatorMain.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
