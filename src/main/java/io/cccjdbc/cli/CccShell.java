package io.cccjdbc.cli;

import io.cccjdbc.jdbc.CccDriver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.helpers.NOP_FallbackServiceProvider;
import org.slf4j.spi.SLF4JServiceProvider;
import sqlline.SqlLine;

/**
 * The SQL shell: SQLLine with the driver loaded. Without {@code -u} it connects to the
 * built-in demo; all of SQLLine's own options ({@code -u -n -p -e -f}) work as usual. The
 * first argument {@code serve} or {@code pg-ddl} runs that command instead (docs/postgresql.md).
 */
public final class CccShell {

  static final String DEMO_URL = CccDriver.URL_PREFIX + "demo=true";

  private static final int OUTPUT_WIDTH_WITHOUT_TERMINAL = 200;
  private static final String SLF4J_PROVIDER = "slf4j.provider";

  private CccShell() {
  }

  public static void main(String[] args) throws Exception {
    quietLoggingUnlessConfigured();
    List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
    if (args.length > 0 && args[0].equals("serve")) {
      System.exit(ServeCommand.run(rest, System.out, System.err));
    }
    if (args.length > 0 && args[0].equals("pg-ddl")) {
      System.exit(PgDdlCommand.run(rest, System.out, System.err));
    }
    SqlLine.Status status = SqlLine.start(withDefaultConnection(args), null, true);
    System.exit(status == SqlLine.Status.OK ? 0 : 1);
  }

  static String[] withDefaultConnection(String[] args) {
    List<String> effective = new ArrayList<>(Arrays.asList(args));
    if (!effective.contains("-u")) {
      effective.addAll(0, List.of("-u", DEMO_URL, "-n", "", "-p", ""));
    }
    if (effective.stream().noneMatch(a -> a.startsWith("--isolation"))) {
      // Nothing is written, so there are no transactions to isolate.
      effective.add("--isolation=TRANSACTION_NONE");
    }
    if (!effective.contains("-d")) {
      effective.addAll(List.of("-d", CccDriver.class.getName()));
    }
    boolean widthGiven = effective.stream().anyMatch(a -> a.startsWith("--maxWidth"));
    if (System.console() == null && !widthGiven) {
      // Without a terminal SQLLine measures a width of 0 and prints empty tables.
      effective.add("--maxWidth=" + OUTPUT_WIDTH_WITHOUT_TERMINAL);
    }
    return effective.toArray(String[]::new);
  }

  /**
   * The jar ships no SLF4J binding (the application choosing one is the rule for a
   * driver); the shell is an application, so it silences SLF4J's warning about that,
   * unless a binding is on the class path or one is chosen explicitly.
   */
  private static void quietLoggingUnlessConfigured() {
    if (System.getProperty(SLF4J_PROVIDER) == null
        && ServiceLoader.load(SLF4JServiceProvider.class).findFirst().isEmpty()) {
      System.setProperty(SLF4J_PROVIDER, NOP_FallbackServiceProvider.class.getName());
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }
}
