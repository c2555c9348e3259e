package io.cccjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatencyTest {

  @Test
  void latencyDelaysEveryAnswerAtLeastThatLong() throws Exception {
    try (CccEmulator emulator = CccEmulator.builder().latency(Duration.ofMillis(300)).build().start()) {
      TestClient client = new TestClient(emulator);

      long started = System.nanoTime();
      assertEquals(200, client.get(client.getInstance("ccc-test")).status());

      assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(300));
    }
  }

  @Test
  void latencyCanBeChangedWhileRunning() throws Exception {
    try (CccEmulator emulator = CccEmulator.builder().build().start()) {
      TestClient client = new TestClient(emulator);
      emulator.setLatency(Duration.ofMillis(200));

      long started = System.nanoTime();
      client.get(client.getInstance("ccc-test"));

      assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(200));
    }
  }

  @Test
  void concurrentRequestsWaitOutTheirLatencyTogether() throws Exception {
    int requests = 40;
    Duration latency = Duration.ofMillis(500);
    try (CccEmulator emulator = CccEmulator.builder().latency(latency).build().start()) {
      TestClient client = new TestClient(emulator);
      long started = System.nanoTime();
      List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        replies.add(client.sendAsync(client.sign("GET", client.getInstance("ccc-test")), null));
      }
      for (CompletableFuture<HttpResponse<String>> reply : replies) {
        assertEquals(200, reply.get(30, TimeUnit.SECONDS).statusCode());
      }
      long elapsed = System.nanoTime() - started;

      // One after another they would take 20 s; a quarter of that already proves they overlapped.
      assertTrue(elapsed < latency.toNanos() * requests / 4, "took " + Duration.ofNanos(elapsed));
    }
  }
}
