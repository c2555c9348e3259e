package io.cccjdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The call records and interval reports of a dataset in H2, read with the oracle's own eyes:
 * call-record columns by hand, report columns from the JSON itself (each group's fields in
 * snake case, decimals where any value has a fraction), times as wall clocks of one zone.
 */
final class H2History {

  private static final String CDR = "ListCallDetailRecordsV2";
  private static final String[][] CDR_COLUMNS = {
      {"contact_id", "ContactId", "VARCHAR"}, {"contact_type", "ContactType", "VARCHAR"},
      {"contact_disposition", "ContactDisposition", "VARCHAR"},
      {"media_type", "MediaType", "VARCHAR"}, {"start_time", "StartTime", "TIME"},
      {"established_time", "EstablishedTime", "TIME"}, {"release_time", "ReleaseTime", "TIME"},
      {"call_duration", "CallDuration", "INTEGER"}, {"ring_time", "RingTime", "BIGINT"},
      {"wait_time", "WaitTime", "BIGINT"}, {"talk_time", "TalkTime", "BIGINT"},
      {"held_time", "HeldTime", "BIGINT"}, {"ivr_time", "IvrTime", "BIGINT"},
      {"queue_time", "QueueTime", "BIGINT"}, {"dialing_time", "DialingTime", "BIGINT"},
      {"recording_duration", "RecordingDuration", "BIGINT"},
      {"transfer_count", "TransferCount", "BIGINT"},
      {"calling_number", "CallingNumber", "VARCHAR"},
      {"called_number", "CalledNumber", "VARCHAR"},
      {"caller_location", "CallerLocation", "VARCHAR"},
      {"callee_location", "CalleeLocation", "VARCHAR"}, {"agent_ids", "AgentIds", "VARCHAR"},
      {"agent_names", "AgentNames", "VARCHAR"},
      {"skill_group_ids", "SkillGroupIds", "VARCHAR"},
      {"skill_group_names", "SkillGroupNames", "VARCHAR"},
      {"release_initiator", "ReleaseInitiator", "VARCHAR"},
      {"release_reason", "ReleaseReason", "VARCHAR"},
      {"satisfaction_index", "SatisfactionIndex", "INTEGER"},
      {"satisfaction_description", "SatisfactionDescription", "VARCHAR"},
      {"satisfaction_survey_offered", "SatisfactionSurveyOffered", "BOOLEAN"},
      {"satisfaction_survey_channel", "SatisfactionSurveyChannel", "VARCHAR"},
      {"recording_ready", "RecordingReady", "BOOLEAN"},
      {"early_media_state", "EarlyMediaState", "VARCHAR"}, {"broker", "Broker", "VARCHAR"}};
  private static final List<String> INSTANCE_GROUPS = List.of("Inbound", "Outbound", "Overall");
  private static final List<String> AGENT_GROUPS =
      List.of("Inbound", "Outbound", "Internal", "Back2Back", "Overall");
  /** Fields that are instants, not amounts; 0 means none. */
  private static final List<String> TIMES =
      List.of("FirstCheckInTime", "LastCheckOutTime", "LastCheckoutTime");

  private final Connection connection;
  private final Dataset dataset;
  private final ZoneId zone;

  H2History(Connection connection, Dataset dataset, ZoneId zone) {
    this.connection = connection;
    this.dataset = dataset;
    this.zone = zone;
  }

  void load() throws SQLException {
    loadCallRecords();
    loadReport("instance_reports_daily", "ListIntervalInstanceReport.Daily", INSTANCE_GROUPS,
        false);
    loadReport("instance_reports_hourly", "ListIntervalInstanceReport.Hourly", INSTANCE_GROUPS,
        false);
    loadReport("agent_reports_daily", "ListIntervalAgentReport.Daily", AGENT_GROUPS, true);
  }

  private void loadCallRecords() throws SQLException {
    StringBuilder ddl = new StringBuilder("CREATE TABLE call_detail_records (instance_id"
        + " VARCHAR NOT NULL");
    for (String[] column : CDR_COLUMNS) {
      ddl.append(", ").append(column[0]).append(' ')
          .append(column[2].equals("TIME") ? "TIMESTAMP(3)" : column[2]);
    }
    execute(ddl.append(", PRIMARY KEY (instance_id, contact_id))").toString());
    for (String id : dataset.instanceIds()) {
      for (JsonNode call : dataset.itemsOf(CDR, id)) {
        List<Object> row = new ArrayList<>(List.of(id));
        for (String[] column : CDR_COLUMNS) {
          row.add(value(call.get(column[1]), column[2]));
        }
        insert("call_detail_records", row);
      }
    }
  }

  /** Each bucket's groups flattened, with the columns the buckets themselves show. */
  private void loadReport(String table, String items, List<String> groups, boolean perAgent)
      throws SQLException {
    Map<String, List<JsonNode>> buckets = new LinkedHashMap<>();
    for (String id : dataset.instanceIds()) {
      if (perAgent) {
        for (JsonNode user : dataset.itemsOf("ListUsers", id)) {
          String agent = user.path("UserId").asText();
          buckets.put(id + "/" + agent, dataset.itemsOf(items, id + "/" + agent));
        }
      } else {
        buckets.put(id, dataset.itemsOf(items, id));
      }
    }
    Map<String, String> columns = new LinkedHashMap<>(REFERENCE.columns(items, groups));
    for (List<JsonNode> list : buckets.values()) {
      addColumns(columns, list, groups);
    }
    StringBuilder ddl = new StringBuilder("CREATE TABLE " + table + " (instance_id VARCHAR NOT"
        + " NULL" + (perAgent ? ", agent_id VARCHAR NOT NULL" : "") + ", stats_time TIMESTAMP(3)");
    columns.forEach((field, type) -> ddl.append(", ").append(columnName(field)).append(' ')
        .append(type.equals("TIME") ? "TIMESTAMP(3)" : type));
    // No key: where clocks go back, an hour's wall-clock start happens twice.
    execute(ddl.append(")").toString());
    for (Map.Entry<String, List<JsonNode>> owner : buckets.entrySet()) {
      String[] key = owner.getKey().split("/", 2);
      for (JsonNode bucket : owner.getValue()) {
        List<Object> row = new ArrayList<>(List.of(key[0]));
        if (perAgent) {
          row.add(key[1]);
        }
        row.add(value(bucket.get("StatsTime"), "TIME"));
        for (Map.Entry<String, String> column : columns.entrySet()) {
          String[] path = column.getKey().split("\\.", 2);
          row.add(value(bucket.path(path[0]).get(path[1]), column.getValue()));
        }
        insert(table, row);
      }
    }
  }

  private static void addColumns(Map<String, String> columns, List<JsonNode> buckets,
      List<String> groups) {
    for (JsonNode bucket : buckets) {
      for (String group : groups) {
        bucket.path(group).fields().forEachRemaining(field -> columns.merge(
            group + "." + field.getKey(), typeOf(field.getKey(), field.getValue()),
            (a, b) -> a.equals("DOUBLE") || b.equals("DOUBLE") ? "DOUBLE" : a));
      }
    }
  }

  /**
   * The columns the API's reports have, learned from the demo's months of buckets: a dataset
   * without history still gets tables a query can name every column of.
   */
  private static final class Reference {
    private final Dataset demo = Dataset.demo(Instant.parse("2024-06-01T00:00:00Z"));
    private final Map<String, Map<String, String>> learned = new HashMap<>();

    synchronized Map<String, String> columns(String items, List<String> groups) {
      return learned.computeIfAbsent(items, kind -> {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String id : demo.instanceIds()) {
          if (kind.startsWith("ListIntervalAgentReport")) {
            for (JsonNode user : demo.itemsOf("ListUsers", id)) {
              addColumns(columns, demo.itemsOf(kind, id + "/" + user.path("UserId").asText()),
                  groups);
            }
          } else {
            addColumns(columns, demo.itemsOf(kind, id), groups);
          }
        }
        return columns;
      });
    }
  }

  private static final Reference REFERENCE = new Reference();

  private static String typeOf(String field, JsonNode value) {
    if (TIMES.contains(field)) {
      return "TIME";
    }
    String text = value.asText();
    return value.isFloatingPointNumber() || text.contains(".") ? "DOUBLE" : "BIGINT";
  }

  /** {@code Back2Back.CallsDialed} as {@code back2back_calls_dialed}. */
  private static String columnName(String field) {
    String[] path = field.split("\\.", 2);
    return path[0].toLowerCase(Locale.ROOT) + "_" + path[1]
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
        .replaceAll("([a-zA-Z])([0-9]+)$", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /** A JSON value as the column type reads it: numbers as numbers or their digits. */
  private Object value(JsonNode value, String type) {
    if (value == null || value.isNull() || value.asText().isEmpty()) {
      return null;
    }
    return switch (type) {
      case "TIME" -> value.asLong() == 0 ? null
          : LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(value.asText())), zone);
      case "BIGINT" -> Long.valueOf(value.asText());
      case "INTEGER" -> Integer.valueOf(value.asText());
      case "DOUBLE" -> Double.valueOf(value.asText());
      case "BOOLEAN" -> value.isBoolean() ? value.booleanValue()
          : value.asText().equalsIgnoreCase("true") || value.asText().equals("1");
      default -> value.asText();
    };
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void insert(String table, List<Object> values) throws SQLException {
    String marks = String.join(", ", Collections.nCopies(values.size(), "?"));
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
      for (int i = 0; i < values.size(); i++) {
        insert.setObject(i + 1, values.get(i));
      }
      insert.executeUpdate();
    }
  }
}
