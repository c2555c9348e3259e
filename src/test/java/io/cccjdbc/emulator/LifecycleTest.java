package io.cccjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  @Test
  void endpointIsLoopbackOnTheChosenPort() throws Exception {
    try (CccEmulator emulator = CccEmulator.builder().build().start()) {
      assertTrue(emulator.port() > 0);
      assertEquals("http://127.0.0.1:" + emulator.port(), emulator.endpoint());
    }
  }

  @Test
  void nonLoopbackBindIsRefusedUnlessAllowed() throws Exception {
    InetAddress everywhere = InetAddress.getByAddress(new byte[] {0, 0, 0, 0});

    IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
        () -> CccEmulator.builder().bindAddress(everywhere).build());
    assertTrue(refusal.getMessage().contains("0.0.0.0"));
    CccEmulator.builder().bindAddress(everywhere).allowNonLoopback().build();
  }

  @Test
  void closeStopsEveryThreadTheEmulatorStarted() throws Exception {
    Set<Thread> before = liveThreads();
    CccEmulator emulator = CccEmulator.builder().build().start();
    TestClient client = new TestClient(emulator);
    assertEquals(200, client.get(client.getInstance("ccc-test")).status());
    assertTrue(liveThreads().stream().anyMatch(t -> t.getName().startsWith("ccc-emulator-")));

    emulator.close();

    Set<Thread> leftBehind = liveThreads().stream()
        .filter(t -> !before.contains(t))
        .filter(t -> !t.isDaemon() || t.getName().startsWith("ccc-emulator-"))
        .collect(Collectors.toSet());
    assertEquals(Set.of(), leftBehind);
  }

  @Test
  void handlerThreadsAreDaemons() throws Exception {
    try (CccEmulator emulator = CccEmulator.builder().build().start()) {
      TestClient client = new TestClient(emulator);
      client.get(client.getInstance("ccc-test"));

      assertTrue(liveThreads().stream()
          .filter(t -> t.getName().startsWith("ccc-emulator-"))
          .allMatch(Thread::isDaemon));
    }
  }

  @Test
  void anEmulatorStartsOnceAndClosesAnyNumberOfTimes() throws Exception {
    CccEmulator emulator = CccEmulator.builder().build();
    assertThrows(IllegalStateException.class, emulator::port);
    emulator.start();
    assertThrows(IllegalStateException.class, emulator::start);
    emulator.close();
    emulator.close();
    assertThrows(IllegalStateException.class, emulator::start);
  }

  @Test
  void onceCredentialsAreGivenTheDemoOnesAreRefused() throws Exception {
    try (CccEmulator emulator = CccEmulator.builder().credential("mine", "my-secret").build().start()) {
      TestClient demo = new TestClient(emulator);
      TestClient mine = new TestClient(emulator, "mine", "my-secret");

      assertEquals(404, demo.get(demo.getInstance("ccc-test")).status());
      assertEquals(200, mine.get(mine.getInstance("ccc-test")).status());
    }
  }

  private static Set<Thread> liveThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
  }
}
