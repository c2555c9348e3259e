package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EnvironmentTest {

  @Test
  void systemEnvironmentReadsSystemProperties() {
    String name = "io.cccjdbc.test." + System.nanoTime();
    assertNull(Environment.system().systemProperty(name));
    System.setProperty(name, "value");
    try {
      assertEquals("value", Environment.system().systemProperty(name));
    } finally {
      System.clearProperty(name);
    }
  }
}
