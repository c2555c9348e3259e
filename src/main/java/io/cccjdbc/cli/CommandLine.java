package io.cccjdbc.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} and {@code --flag} options of a subcommand. An unknown option or a
 * missing value is a {@link UsageException} that says which.
 */
final class CommandLine {

  private final Map<String, String> values = new HashMap<>();

  private CommandLine() {
  }

  static CommandLine parse(List<String> args, Set<String> withValue, Set<String> flags)
      throws UsageException {
    CommandLine line = new CommandLine();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      if (flags.contains(name) && value == null) {
        line.values.put(name, "true");
      } else if (withValue.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.size()) {
            throw new UsageException(name + " needs a value");
          }
          value = args.get(++i);
        }
        line.values.put(name, value);
      } else {
        throw new UsageException("unknown option " + arg);
      }
    }
    return line;
  }

  String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  int port(String name, int fallback) throws UsageException {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below with the value that was given.
    }
    throw new UsageException(name + " must be a port number from 1 to 65535, not " + value);
  }

  /** A mistake on the command line: the message says what was wrong. */
  static final class UsageException extends Exception {

    UsageException(String message) {
      super(message);
    }
  }
}
