package io.cccjdbc.emulator;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link CccEmulator} from the command line until the process is killed; see
 * {@code --help}. Without {@code --data} it serves the demo data with the demo credentials.
 * Exit code 2 means the arguments were wrong, 1 that the emulator could not start.
 */
public final class EmulatorMain {
  private EmulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    MainOptions options;
    Dataset dataset;
    CccEmulator emulator;
    try {
      options = MainOptions.parse(args);
      if (options.help()) {
        System.out.print(MainOptions.USAGE);
        return;
      }
      dataset = options.dataset();
      emulator = configure(options, dataset).build();
    } catch (MainOptions.UsageException | IOException | IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.print(MainOptions.USAGE);
      System.exit(2);
      return;
    }
    try {
      emulator.start();
    } catch (IOException e) {
      System.err.println("error: cannot listen on " + options.bindAddress().getHostAddress() + ":" + options.port()
          + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "ccc-emulator-shutdown"));
    printConnectionDetails(emulator, options, dataset, System.out);
    new CountDownLatch(1).await();
  }

  static CccEmulator.Builder configure(MainOptions options, Dataset dataset) {
    CccEmulator.Builder builder = CccEmulator.builder()
        .dataset(dataset)
        .bindAddress(options.bindAddress())
        .port(options.port())
        .latency(options.latency());
    if (options.allowNonLoopback()) {
      builder.allowNonLoopback();
    }
    if (!options.demoCredentials()) {
      builder.credential(options.accessKeyId(), options.accessKeySecret());
    }
    return builder;
  }

  static void printConnectionDetails(CccEmulator emulator, MainOptions options, Dataset dataset, PrintStream out) {
    boolean demo = options.demoCredentials();
    String id = demo ? CccEmulator.DEMO_ACCESS_KEY_ID : options.accessKeyId();
    String password = demo ? CccEmulator.DEMO_ACCESS_KEY_SECRET : "<your AccessKey secret>";
    out.println("CCC emulator listening on " + emulator.endpoint()
        + (options.bindAddress().isLoopbackAddress() ? " (loopback only)" : " (reachable from other hosts)"));
    out.println("Serving " + dataset.size() + " instances from "
        + (options.data() == null ? "the built-in demo data" : options.data()));
    out.println("AccessKey ID:     " + id);
    out.println("AccessKey secret: " + (demo
        ? password + " (public demo credentials)"
        : "the one given with --access-key-secret"));
    out.println("JDBC URL:         jdbc:ccc:endpoint=" + emulator.endpoint() + ";user=" + id + ";password=" + password);
    out.println("Stop with Ctrl-C.");
    out.flush();
  }
}
