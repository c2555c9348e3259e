package io.cccjdbc.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

/** The command line of {@link EmulatorMain}, checked. */
record MainOptions(Path data, int port, InetAddress bindAddress, boolean allowNonLoopback, Duration latency,
    String accessKeyId, String accessKeySecret, boolean help) {

  static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -cp ccc-jdbc.jar io.cccjdbc.emulator.EmulatorMain [options]",
      "  --data FILE             JSON array of GetInstance Data objects, or an object of them",
      "                          (\"Instances\") and of each action's items by instance id,",
      "                          such as \"ListUsers\", \"ListCallDetailRecordsV2\",",
      "                          \"ListIntervalInstanceReport.Hourly\" or \".Daily\", and",
      "                          \"ListIntervalAgentReport.Hourly\" or \".Daily\" by",
      "                          \"<instance id>/<agent id>\" (default: the built-in demo data,",
      "                          with 120 days of call history)",
      "  --port N                TCP port to listen on, 0 for any free one (default: 0)",
      "  --bind ADDR             address to listen on (default: 127.0.0.1)",
      "  --allow-non-loopback    permit a --bind address that other hosts can reach",
      "  --latency-ms N          delay every request by N milliseconds (default: 0)",
      "  --access-key-id ID      accept only this AccessKey ID (default: the public demo credentials)",
      "  --access-key-secret S   the secret of --access-key-id; give both or neither",
      "  --help                  print this and exit",
      "");

  static MainOptions parse(String... args) throws UsageException {
    Path data = null;
    int port = 0;
    InetAddress bind = InetAddress.getLoopbackAddress();
    boolean allowNonLoopback = false;
    Duration latency = Duration.ZERO;
    String id = null;
    String secret = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--help", "-h" -> {
          return new MainOptions(null, 0, bind, false, Duration.ZERO, null, null, true);
        }
        case "--allow-non-loopback" -> allowNonLoopback = true;
        case "--data" -> data = Path.of(value(args, ++i, option));
        case "--port" -> port = integer(value(args, ++i, option), option, 0, 65_535);
        case "--bind" -> bind = address(value(args, ++i, option));
        case "--latency-ms" -> latency =
            Duration.ofMillis(integer(value(args, ++i, option), option, 0, Integer.MAX_VALUE));
        case "--access-key-id" -> id = value(args, ++i, option);
        case "--access-key-secret" -> secret = value(args, ++i, option);
        default -> throw new UsageException("unknown option " + option);
      }
    }
    if ((id == null) != (secret == null)) {
      throw new UsageException("--access-key-id and --access-key-secret go together: give both or neither");
    }
    return new MainOptions(data, port, bind, allowNonLoopback, latency, id, secret, false);
  }

  boolean demoCredentials() {
    return accessKeyId == null;
  }

  Dataset dataset() throws IOException {
    return data == null ? Dataset.demo() : Dataset.fromFile(data);
  }

  private static String value(String[] args, int index, String option) throws UsageException {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    if (args[index].isEmpty()) {
      throw new UsageException(option + " must not be empty");
    }
    return args[index];
  }

  private static int integer(String value, String option, int minimum, int maximum) throws UsageException {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= minimum && parsed <= maximum) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below, like an integer out of range
    }
    throw new UsageException(option + " must be an integer from " + minimum + " to " + maximum + ", not " + value);
  }

  private static InetAddress address(String value) throws UsageException {
    try {
      return InetAddress.getByName(value);
    } catch (UnknownHostException e) {
      throw new UsageException("--bind: unknown address " + value);
    }
  }

  /** A command line that cannot be run; its message says why. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }
}
