package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.H2Oracle;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Sixteen threads, each with its own connection, run a mix of queries for a bounded time
 * against an emulator with latency and a small injected error rate: every result equals what
 * H2 holds, no thread gets stuck, and once the connections are closed the driver's threads
 * and sockets are gone. A pool's way of sharing one connection between threads in turn is
 * checked the same way.
 */
class LoadTest {

  private static final int THREADS = 16;
  private static final Duration RUN_FOR = Duration.ofSeconds(6);
  private static final Duration STUCK_AFTER = Duration.ofSeconds(60);

  private static final List<String> QUERIES = List.of(
      "SELECT instance_id, number, active FROM numbers WHERE instance_id = 'ccc-test'",
      "SELECT province, count(*) AS n FROM numbers GROUP BY province",
      "SELECT i.name, n.number, g.skill_group_id FROM instances i"
          + " JOIN numbers n ON n.instance_id = i.instance_id"
          + " JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number"
          + " WHERE i.instance_id IN ('ccc-hz-service', 'ccc-cd-ops')",
      "SELECT instance_id, user_id, role_name FROM admins",
      "SELECT instance_id, status FROM instances WHERE status <> 'RUNNING'",
      "SELECT a.instance_id, count(*) AS n FROM admins a LEFT JOIN numbers n"
          + " ON n.instance_id = a.instance_id GROUP BY a.instance_id");
  private static final String PREPARED =
      "SELECT number, city FROM numbers WHERE instance_id = ?";
  private static final List<String> PREPARED_IDS =
      List.of("ccc-test", "ccc-hz-service", "ccc-gz-new", "ccc-nope");

  @Test
  void manyConnectionsUnderFaultsGetExactRowsAndLeaveNothingBehind() throws Exception {
    Dataset dataset = Dataset.demo();
    Map<String, String> expected = expectedRows(dataset);
    long socketsBefore = OpenSockets.count();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger statements = new AtomicInteger();
    try (TestEmulator emulator = TestEmulator.start(dataset)) {
      emulator.setLatency(Duration.ofMillis(3));
      emulator.inject(FaultRule.always(Fault.respond(503,
          "{\"RequestId\":\"R-load\",\"Code\":\"ServiceUnavailable\",\"Message\":\"injected\"}")
          .withHeader("x-acs-retry-after", "1")).withProbability(0.03));
      CountDownLatch done = new CountDownLatch(THREADS);
      long deadline = System.nanoTime() + RUN_FOR.toNanos();
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int worker = t;
        Thread thread = new Thread(() -> {
          // Short cache so that statements keep calling the API while the errors fall.
          try (Connection connection = emulator.connect("cacheTtl=1")) {
            for (int i = worker; System.nanoTime() < deadline; i++) {
              String key = run(connection, i);
              String actual = run(connection, key);
              statements.incrementAndGet();
              if (!expected.get(key).equals(actual)) {
                failures.add(key + "\n expected " + expected.get(key) + "\n actual   " + actual);
              }
            }
          } catch (SQLException | RuntimeException e) {
            failures.add("worker " + worker + ": " + e);
          } finally {
            done.countDown();
          }
        }, "load-worker-" + t);
        workers.add(thread);
        thread.start();
      }
      assertTrue(done.await(RUN_FOR.plus(STUCK_AFTER).toSeconds(), TimeUnit.SECONDS),
          "workers still running: " + workers.stream().filter(Thread::isAlive).count());
    }
    assertEquals(List.of(), List.copyOf(failures));
    assertTrue(statements.get() > THREADS, "only " + statements.get() + " statements ran");
    DriverThreads.awaitNone();
    assertTrue(OpenSockets.count() <= socketsBefore,
        "sockets open before: " + socketsBefore + ", after: " + OpenSockets.count());
  }

  @Test
  void oneConnectionSharedByThreadsInTurnGivesConsistentResults() throws Exception {
    Dataset dataset = Dataset.demo();
    Map<String, String> expected = expectedRows(dataset);
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    try (TestEmulator emulator = TestEmulator.start(dataset);
        Connection shared = emulator.connect()) {
      List<Thread> borrowers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int borrower = t;
        Thread thread = new Thread(() -> {
          for (int i = 0; i < 40; i++) {
            synchronized (shared) {
              try {
                String key = run(shared, borrower * 40 + i);
                String actual = run(shared, key);
                if (!expected.get(key).equals(actual)) {
                  failures.add(key + ": " + actual);
                }
              } catch (SQLException e) {
                failures.add(e.toString());
              }
            }
          }
        });
        borrowers.add(thread);
        thread.start();
      }
      for (Thread thread : borrowers) {
        thread.join(STUCK_AFTER.toMillis());
      }
    }
    assertEquals(List.of(), List.copyOf(failures));
  }

  /** The query a worker runs at step {@code i}, named so that its expected rows can be found. */
  private static String run(Connection connection, int i) {
    int choice = i % (QUERIES.size() + PREPARED_IDS.size());
    return choice < QUERIES.size()
        ? QUERIES.get(choice)
        : PREPARED + " [" + PREPARED_IDS.get(choice - QUERIES.size()) + "]";
  }

  private static String run(Connection connection, String key) throws SQLException {
    if (!key.startsWith(PREPARED)) {
      try (Statement statement = connection.createStatement()) {
        return CanonicalRows.read(statement.executeQuery(key)).sorted().describe();
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(PREPARED)) {
      statement.setString(1, key.substring(PREPARED.length() + 2, key.length() - 1));
      return CanonicalRows.read(statement.executeQuery()).sorted().describe();
    }
  }

  private static Map<String, String> expectedRows(Dataset dataset) throws SQLException {
    try (H2Oracle oracle = H2Oracle.load(dataset)) {
      List<String> keys = new ArrayList<>(QUERIES);
      PREPARED_IDS.forEach(id -> keys.add(PREPARED + " [" + id + "]"));
      Map<String, String> expected = new java.util.HashMap<>();
      for (String key : keys) {
        expected.put(key, run(oracle.connection(), key));
      }
      return expected;
    }
  }

  /** Sockets this process holds open, as Linux lists them; none elsewhere. */
  static final class OpenSockets {
    private OpenSockets() {
    }

    static long count() throws java.io.IOException {
      java.nio.file.Path fds = java.nio.file.Path.of("/proc/self/fd");
      if (!java.nio.file.Files.isDirectory(fds)) {
        return 0;
      }
      try (java.util.stream.Stream<java.nio.file.Path> links = java.nio.file.Files.list(fds)) {
        return links.filter(link -> {
          try {
            return java.nio.file.Files.readSymbolicLink(link).toString().startsWith("socket:");
          } catch (java.io.IOException gone) {
            return false;
          }
        }).count();
      }
    }
  }

  /** Threads the driver starts: its fetch threads and OkHttp's. */
  static final class DriverThreads {
    private DriverThreads() {
    }

    static int count() {
      return (int) Thread.getAllStackTraces().keySet().stream()
          .filter(thread -> isDriverThread(thread.getName())).count();
    }

    /**
     * With no connection open, the driver's idle fetch threads end within seconds and
     * OkHttp's idle task threads within its fixed 60 seconds.
     */
    static void awaitNone() throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (count() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Map<String, Long> left = Thread.getAllStackTraces().keySet().stream()
          .map(Thread::getName).filter(DriverThreads::isDriverThread)
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertEquals(Map.of(), left, "driver threads still alive");
    }

    private static boolean isDriverThread(String name) {
      return name.startsWith("ccc-jdbc-") || name.startsWith("OkHttp");
    }
  }
}
