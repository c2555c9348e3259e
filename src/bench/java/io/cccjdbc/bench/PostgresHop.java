package io.cccjdbc.bench;

import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.pg.ServeLayout;
import io.cccjdbc.pg.ServeSettings;
import io.cccjdbc.pg.ServedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 7: the same queries through the driver and through the PostgreSQL front (pgjdbc to
 * the embedded PostgreSQL, postgres_fdw, the endpoint, the driver), warm (every instance cached,
 * no latency) and cold (cache off, every call delayed by the latency): the cost of the hop.
 */
final class PostgresHop {

  private static final int WARM_UP = 200;
  private static final int WARM_RUNS = 200;
  private static final int COLD_RUNS = 20;

  private static final String ONE_TABLE = "SELECT * FROM numbers WHERE instance_id ="
      + " 'ccc-syn-00003'";
  private static final String JOIN = "SELECT n.number, g.name FROM numbers n"
      + " JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number"
      + " WHERE n.instance_id = 'ccc-syn-00003'";

  private PostgresHop() {
  }

  static void run(Report report, Duration latency) throws Exception {
    Dataset dataset = Dataset.synthetic(20, 20, 11);
    measure(report, "warm", dataset, Duration.ZERO, "cacheTtl=3600", WARM_RUNS);
    measure(report, "cold, " + latency.toMillis() + " ms latency", dataset, latency, "cacheTtl=0",
        COLD_RUNS);
  }

  private static void measure(Report report, String kind, Dataset dataset, Duration latency,
      String cache, int runs) throws Exception {
    try (BenchEmulator emulator = BenchEmulator.start(dataset, latency)) {
      String url = emulator.url(cache, "maxRequestsPerSecond=10000");
      Path directory = Path.of("target", "bench-pg").toAbsolutePath();
      ServeSettings settings = new ServeSettings(directory, freePort(), ServeSettings.LOOPBACK,
          "bench-password", false);
      try (ServedPostgres served = ServedPostgres.start(settings, new ServeLayout(directory),
              () -> DriverManager.getConnection(url));
          Connection driver = DriverManager.getConnection(url);
          Connection postgres = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:"
              + served.port() + "/ccc", "ccc", "bench-password")) {
        for (String[] query : new String[][] {{"single table", ONE_TABLE}, {"join", JOIN}}) {
          times(driver, query[1], WARM_UP);
          times(postgres, query[1], WARM_UP);
          double direct = Report.percentile(times(driver, query[1], runs), 0.5);
          double front = Report.percentile(times(postgres, query[1], runs), 0.5);
          report.add("7 PostgreSQL front", query[0] + ", " + kind + ": driver median",
              Report.millis(direct));
          report.add("7 PostgreSQL front", query[0] + ", " + kind + ": through PostgreSQL median",
              Report.millis(front));
        }
      }
    }
  }

  private static List<Long> times(Connection connection, String sql, int runs) throws SQLException {
    List<Long> nanos = new ArrayList<>(runs);
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          rows.getString(1);
        }
      }
      nanos.add(System.nanoTime() - start);
    }
    return nanos;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
