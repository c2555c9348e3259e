package io.cccjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsTest extends DemoEmulatorTest {

  @Test
  void countsEveryRequestIncludingRejectedOnes() throws Exception {
    for (int i = 0; i < 3; i++) {
      client.get(client.getInstance("ccc-test"));
    }
    client.get(client.getInstance("ccc-unknown"));
    client.get(client.listInstances(1, 10));
    Map<String, String> forged = client.getInstance("ccc-test");
    forged.put("Signature", "forged");
    client.sendAsIs("GET", forged);
    client.get(client.request("DeleteInstance"));

    RequestCounts counts = emulator.counts();
    assertEquals(7, counts.total());
    assertEquals(5, counts.forAction("GetInstance"));
    assertEquals(4, counts.forInstance("GetInstance", "ccc-test"));
    assertEquals(1, counts.forInstance("GetInstance", "ccc-unknown"));
    assertEquals(0, counts.forInstance("GetInstance", "ccc-cd-ops"));
    assertEquals(1, counts.forAction("ListInstances"));
    assertEquals(1, counts.forAction("DeleteInstance"));
    assertEquals(3, counts.rejected());
    assertEquals(0, counts.faulted());
  }

  @Test
  void faultedRequestsAreCountedAsArrivedAndFaulted() throws Exception {
    emulator.inject(FaultRule.next(1, Fault.respond(503, "{}")));

    client.get(client.getInstance("ccc-test"));

    assertEquals(1, emulator.counts().forInstance("GetInstance", "ccc-test"));
    assertEquals(1, emulator.counts().faulted());
    assertEquals(0, emulator.counts().rejected());
  }

  @Test
  void resetStartsEveryCountFromZero() throws Exception {
    client.get(client.getInstance("ccc-test"));
    client.get(client.getInstance("ccc-unknown"));

    emulator.counts().reset();
    client.get(client.listInstances(1, 1));

    RequestCounts counts = emulator.counts();
    assertEquals(1, counts.total());
    assertEquals(0, counts.forAction("GetInstance"));
    assertEquals(0, counts.forInstance("GetInstance", "ccc-test"));
    assertEquals(1, counts.forAction("ListInstances"));
    assertEquals(0, counts.rejected());
  }
}
