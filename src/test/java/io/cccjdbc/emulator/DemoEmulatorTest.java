package io.cccjdbc.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh demo emulator for each test, and a client signing with the demo credentials. */
abstract class DemoEmulatorTest {

  CccEmulator emulator;
  TestClient client;

  @BeforeEach
  void startEmulator() throws Exception {
    emulator = CccEmulator.builder().build().start();
    client = new TestClient(emulator);
  }

  @AfterEach
  void closeEmulator() {
    emulator.close();
  }
}
