package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.ComparedQuery.ordered;
import static io.cccjdbc.jdbc.ComparedQuery.prepared;
import static io.cccjdbc.jdbc.ComparedQuery.rows;

import io.cccjdbc.emulator.Dataset;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Call records and interval reports give exactly the rows H2 holds, over windows the API must
 * be asked for in several requests, grouped and windowed as dashboards do, in three time
 * zones: UTC, Asia/Shanghai (the service's own) and America/New_York (clocks that change).
 */
class H2HistoryComparisonTest {

  private static final List<ZoneId> ZONES =
      List.of(ZoneOffset.UTC, ZoneId.of("Asia/Shanghai"), ZoneId.of("America/New_York"));
  /** The demo's history ends at the start of the service's day of this instant. */
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final Dataset DATASET = Dataset.demo(NOW);
  private static final List<DriverAgainstH2> DATABASES = new ArrayList<>();

  @BeforeAll
  static void start() throws SQLException {
    for (ZoneId zone : ZONES) {
      DATABASES.add(DriverAgainstH2.start(DATASET, zone));
    }
  }

  @AfterAll
  static void stop() throws SQLException {
    for (DriverAgainstH2 databases : DATABASES) {
      databases.close();
    }
  }

  /** The wall-clock start of the day {@code daysAgo} before today in {@code zone}, as SQL. */
  private static String day(ZoneId zone, int daysAgo) {
    return "TIMESTAMP '" + LocalDate.ofInstant(NOW, zone).minusDays(daysAgo) + " 00:00:00'";
  }

  static Stream<Arguments> queries() {
    return ZONES.stream().flatMap(zone -> queriesIn(zone).map(query ->
        Arguments.of(zone.getId(), query)));
  }

  private static Stream<ComparedQuery> queriesIn(ZoneId zone) {
    String monthAgo = day(zone, 30);
    String weekAgo = day(zone, 7);
    return Stream.of(
        rows("SELECT * FROM call_detail_records WHERE start_time >= " + weekAgo),
        rows("SELECT instance_id, COUNT(*) AS calls FROM call_detail_records"
            + " WHERE start_time >= " + day(zone, 119) + " GROUP BY instance_id"),
        rows("SELECT contact_id, start_time FROM call_detail_records"
            + " WHERE start_time BETWEEN " + monthAgo + " AND " + weekAgo
            + " AND contact_type IN ('INBOUND', 'INTERNAL')"),
        rows("SELECT contact_id, contact_disposition FROM call_detail_records"
            + " WHERE start_time > " + monthAgo + " AND start_time < " + weekAgo
            + " AND contact_disposition = 'Success' AND media_type = 'AUDIO'"),
        // Siblings of the windows above: their plans, run with other literals.
        rows("SELECT * FROM call_detail_records WHERE start_time >= " + day(zone, 2)),
        rows("SELECT contact_id, start_time FROM call_detail_records"
            + " WHERE start_time BETWEEN " + day(zone, 12) + " AND " + day(zone, 3)
            + " AND contact_type IN ('OUTBOUND', 'INBOUND')"),
        rows("SELECT contact_id, contact_disposition FROM call_detail_records"
            + " WHERE start_time > " + day(zone, 9) + " AND start_time < " + day(zone, 1)
            + " AND contact_disposition = 'NoAnswer' AND media_type = 'AUDIO'"),
        rows("SELECT CAST(start_time AS DATE) AS d, COUNT(*) AS n, SUM(talk_time) AS talk"
            + " FROM call_detail_records WHERE start_time >= " + monthAgo
            + " GROUP BY CAST(start_time AS DATE)"),
        rows("SELECT EXTRACT(HOUR FROM start_time) AS h, COUNT(*) AS n FROM call_detail_records"
            + " WHERE CAST(start_time AS DATE) >= DATE '" + LocalDate.ofInstant(NOW, zone)
                .minusDays(20) + "' GROUP BY EXTRACT(HOUR FROM start_time)"),
        rows("SELECT FLOOR(start_time TO DAY) AS d, MAX(wait_time) AS longest"
                + " FROM call_detail_records WHERE FLOOR(start_time TO DAY) >= " + monthAgo
                + " GROUP BY FLOOR(start_time TO DAY)",
            "SELECT DATE_TRUNC('DAY', start_time) AS d, MAX(wait_time) AS longest"
                + " FROM call_detail_records WHERE DATE_TRUNC('DAY', start_time) >= " + monthAgo
                + " GROUP BY DATE_TRUNC('DAY', start_time)"),
        rows("SELECT c.contact_id, u.display_name FROM call_detail_records c"
            + " JOIN users u ON u.instance_id = c.instance_id AND c.agent_ids = u.user_id"
            + " WHERE c.start_time >= " + weekAgo),
        ordered("SELECT contact_id, start_time, call_duration FROM call_detail_records"
            + " WHERE start_time >= " + weekAgo + " AND instance_id = 'ccc-hz-service'"
            + " ORDER BY start_time DESC, contact_id LIMIT 5"),
        rows("SELECT * FROM instance_reports_daily WHERE stats_time >= " + day(zone, 119)),
        rows("SELECT * FROM instance_reports_hourly WHERE stats_time >= " + day(zone, 25)),
        rows("SELECT instance_id, stats_time, inbound_calls_offered, SUM(inbound_calls_offered)"
            + " OVER (PARTITION BY instance_id ORDER BY stats_time) AS cumulative"
            + " FROM instance_reports_daily WHERE stats_time >= " + monthAgo),
        rows("SELECT CAST(stats_time AS DATE) AS d, SUM(overall_total_calls) AS calls"
            + " FROM instance_reports_hourly WHERE stats_time >= " + weekAgo
            + " GROUP BY CAST(stats_time AS DATE)"),
        rows("SELECT r.agent_id, u.display_name, SUM(r.overall_total_calls) AS calls"
            + " FROM agent_reports_daily r JOIN users u ON u.instance_id = r.instance_id"
            + " AND u.user_id = r.agent_id WHERE r.stats_time >= " + monthAgo
            + " GROUP BY r.agent_id, u.display_name"),
        rows("SELECT * FROM agent_reports_daily WHERE stats_time >= " + weekAgo
            + " AND agent_id IN ('zhao.lei@ccc-hz-service', 'he.tao@ccc-cd-ops', 'nobody')"),
        prepared("SELECT contact_id FROM call_detail_records WHERE start_time >= ?"
                + " AND instance_id = ?",
            new Object[] {LocalDate.ofInstant(NOW, zone).minusDays(3).atTime(12, 0), "ccc-test"},
            new Object[] {LocalDate.ofInstant(NOW, zone).minusDays(9).atStartOfDay(),
                "ccc-cd-ops"}));
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @MethodSource("queries")
  void driverReturnsTheRowsH2Holds(String zone, ComparedQuery query) throws SQLException {
    DATABASES.get(ZONES.indexOf(ZoneId.of(zone))).assertSameRows(query);
  }
}
