package io.cccjdbc.pg;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A command line for one of PostgreSQL's programs. PostgreSQL refuses to run as root; as root
 * (a container, a CI machine) the program runs in a user namespace of its own ({@code unshare
 * --user}), where it is an unprivileged user that still owns the data directory.
 */
final class PostgresCommand {

  private PostgresCommand() {
  }

  static List<String> of(Path binaries, String program, List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      Path unshare = Path.of("/usr/bin/unshare");
      if (!Files.isExecutable(unshare)) {
        throw new IOException("PostgreSQL does not run as root, and " + unshare + " (util-linux),"
            + " which would run it as an unprivileged user, is missing: run serve as another user");
      }
      command.addAll(List.of(unshare.toString(), "--user"));
    }
    command.add(binaries.resolve("bin").resolve(program).toString());
    command.addAll(arguments);
    return command;
  }

  private static boolean isRoot() {
    return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
        && new UnixSystem().getUid() == 0;
  }
}
