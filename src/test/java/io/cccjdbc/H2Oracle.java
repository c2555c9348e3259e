package io.cccjdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Locale;

/**
 * Every table in an in-memory H2 database, filled straight from the dataset's JSON trees
 * with its own reading of the API's quirks, so that it owes nothing to the driver's model
 * classes or catalog and can judge what the driver returns.
 */
public final class H2Oracle implements AutoCloseable {

  /*
   * DEFAULT_NULL_ORDERING=HIGH: Calcite, and so the driver, treats NULL as greater than every
   * value (last in ASC, first in DESC, also inside window ORDER BYs); H2's default is LOW.
   * The default (Regular) MODE is kept: it keeps '' apart from NULL (Oracle mode does not),
   * compares strings case-sensitively and by UTF-16 code unit as Calcite does, and types
   * string literals as VARCHAR, so CASE branches come back unpadded.
   */
  private static final String URL = "jdbc:h2:mem:;DEFAULT_NULL_ORDERING=HIGH";

  private static final List<String> DDL = List.of(
      "CREATE SCHEMA ccc",
      "SET SCHEMA ccc",
      """
      CREATE TABLE instances (instance_id VARCHAR NOT NULL, name VARCHAR, description VARCHAR,
        domain_name VARCHAR, console_url VARCHAR, aliyun_uid VARCHAR, status VARCHAR,
        PRIMARY KEY (instance_id))""",
      """
      CREATE TABLE admins (instance_id VARCHAR NOT NULL, user_id VARCHAR NOT NULL,
        login_name VARCHAR, display_name VARCHAR, email VARCHAR, extension VARCHAR,
        mobile VARCHAR, role_id VARCHAR, role_name VARCHAR, work_mode VARCHAR,
        PRIMARY KEY (instance_id, user_id))""",
      """
      CREATE TABLE numbers (instance_id VARCHAR NOT NULL, number VARCHAR NOT NULL,
        active BOOLEAN, city VARCHAR, province VARCHAR, contact_flow_id VARCHAR,
        usage VARCHAR, user_id VARCHAR, PRIMARY KEY (instance_id, number))""",
      """
      CREATE TABLE number_skill_groups (instance_id VARCHAR NOT NULL, number VARCHAR NOT NULL,
        skill_group_id VARCHAR NOT NULL, name VARCHAR, display_name VARCHAR,
        description VARCHAR, phone_number_count INTEGER, user_count INTEGER,
        PRIMARY KEY (instance_id, number, skill_group_id))""",
      """
      CREATE TABLE users (instance_id VARCHAR NOT NULL, user_id VARCHAR NOT NULL,
        login_name VARCHAR, display_name VARCHAR, display_id VARCHAR, email VARCHAR,
        extension VARCHAR, mobile VARCHAR, role_id VARCHAR, role_name VARCHAR,
        work_mode VARCHAR, device_id VARCHAR, device_ext VARCHAR, device_state VARCHAR,
        primary_account BOOLEAN, ram_id BIGINT, PRIMARY KEY (instance_id, user_id))""",
      """
      CREATE TABLE user_skill_levels (instance_id VARCHAR NOT NULL, user_id VARCHAR NOT NULL,
        skill_group_id VARCHAR NOT NULL, skill_group_name VARCHAR, skill_level INTEGER,
        PRIMARY KEY (instance_id, user_id, skill_group_id))""",
      """
      CREATE TABLE skill_groups (instance_id VARCHAR NOT NULL, skill_group_id VARCHAR NOT NULL,
        name VARCHAR, display_name VARCHAR, description VARCHAR, media_type VARCHAR,
        user_count INTEGER, phone_number_count INTEGER,
        PRIMARY KEY (instance_id, skill_group_id))""",
      """
      CREATE TABLE contact_flows (instance_id VARCHAR NOT NULL,
        contact_flow_id VARCHAR NOT NULL, name VARCHAR, description VARCHAR, type VARCHAR,
        published BOOLEAN, editor VARCHAR, draft_id VARCHAR, created_time TIMESTAMP,
        updated_time TIMESTAMP, definition VARCHAR, PRIMARY KEY (instance_id, contact_flow_id))""",
      """
      CREATE TABLE phone_numbers (instance_id VARCHAR NOT NULL, number VARCHAR NOT NULL,
        usage VARCHAR, active BOOLEAN, province VARCHAR, city VARCHAR, provider VARCHAR,
        contact_flow_id VARCHAR, contact_flow_name VARCHAR, user_id VARCHAR, tags VARCHAR,
        create_time TIMESTAMP, skill_group_ids VARCHAR, PRIMARY KEY (instance_id, number))""",
      """
      CREATE TABLE realtime_agent_states (instance_id VARCHAR NOT NULL,
        agent_id VARCHAR NOT NULL, agent_name VARCHAR, state VARCHAR, state_code VARCHAR,
        state_time BIGINT, duration BIGINT, call_type VARCHAR, counter_party VARCHAR,
        extension VARCHAR, mobile VARCHAR, work_mode VARCHAR, break_code VARCHAR,
        outbound_scenario BOOLEAN, skill_group_ids VARCHAR, skill_group_names VARCHAR,
        PRIMARY KEY (instance_id, agent_id))""",
      """
      CREATE TABLE realtime_skill_group_states (instance_id VARCHAR NOT NULL,
        skill_group_id VARCHAR NOT NULL, skill_group_name VARCHAR, logged_in_agents BIGINT,
        ready_agents BIGINT, talking_agents BIGINT, working_agents BIGINT,
        breaking_agents BIGINT, total_agents BIGINT, outbound_scenario_ready_agents BIGINT,
        waiting_calls BIGINT, longest_waiting_time BIGINT,
        PRIMARY KEY (instance_id, skill_group_id))""");

  /** ListSkillGroups answers one media type at a time; these are the ones there are. */
  private static final List<String> MEDIA_TYPES = List.of("AUDIO", "CHAT", "VIDEO");

  private final Connection connection;

  private H2Oracle(Connection connection) {
    this.connection = connection;
  }

  /** A private in-memory database holding every instance of the dataset; it goes on close. */
  public static H2Oracle load(Dataset dataset) throws SQLException {
    return load(dataset, ZoneId.systemDefault());
  }

  /**
   * Like {@link #load(Dataset)}, with the API's instants (epoch milliseconds) stored as the
   * wall-clock times of {@code zone}.
   */
  public static H2Oracle load(Dataset dataset, ZoneId zone) throws SQLException {
    Connection connection = DriverManager.getConnection(URL);
    try (Statement statement = connection.createStatement()) {
      for (String ddl : DDL) {
        statement.execute(ddl);
      }
      for (String id : dataset.instanceIds()) {
        insertInstance(connection, dataset.instance(id).orElseThrow());
        insertDirectory(connection, dataset, id, zone);
      }
      new H2History(connection, dataset, zone).load();
      return new H2Oracle(connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  public Connection connection() {
    return connection;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  /** The rows one GetInstance {@code Data} object stands for, in all four tables. */
  private static void insertInstance(Connection connection, JsonNode data) throws SQLException {
    // Every row belongs to the instance asked for: the items' own InstanceId fields are ignored.
    String id = data.get("Id").textValue();
    insert(connection, "instances", id, text(data, "Name"), text(data, "Description"),
        text(data, "DomainName"), text(data, "ConsoleUrl"), text(data, "AliyunUid"),
        text(data, "Status"));
    for (JsonNode admin : items(data, "AdminList")) {
      insert(connection, "admins", id, text(admin, "UserId"), text(admin, "LoginName"),
          text(admin, "DisplayName"), text(admin, "Email"), text(admin, "Extension"),
          text(admin, "Mobile"), text(admin, "RoleId"), text(admin, "RoleName"),
          text(admin, "WorkMode"));
    }
    for (JsonNode number : items(data, "NumberList")) {
      String phone = text(number, "Number");
      insert(connection, "numbers", id, phone, bool(number, "Active"), text(number, "City"),
          text(number, "Province"), text(number, "ContactFlowId"), text(number, "Usage"),
          text(number, "UserId"));
      for (JsonNode group : items(number, "SkillGroups")) {
        insert(connection, "number_skill_groups", id, phone, text(group, "SkillGroupId"),
            text(group, "Name"), text(group, "DisplayName"), text(group, "Description"),
            integer(group, "PhoneNumberCount"), integer(group, "UserCount"));
      }
    }
  }

  /** The rows the list actions hold for one instance; items carry no instance of their own. */
  private static void insertDirectory(Connection connection, Dataset dataset, String id,
      ZoneId zone) throws SQLException {
    for (JsonNode user : dataset.itemsOf("ListUsers", id)) {
      String userId = text(user, "UserId");
      JsonNode primary = user.get("Primary");
      insert(connection, "users", id, userId, text(user, "LoginName"),
          text(user, "DisplayName"), text(user, "DisplayId"), text(user, "Email"),
          text(user, "Extension"), text(user, "Mobile"), text(user, "RoleId"),
          text(user, "RoleName"), text(user, "WorkMode"), text(user, "DeviceId"),
          text(user, "DeviceExt"), text(user, "DeviceState"),
          primary != null && !primary.isNull() ? bool(user, "Primary")
              : bool(user, "PrimaryAccount"),
          bigint(user, "RamId"));
      for (JsonNode level : items(user, "SkillLevelList")) {
        insert(connection, "user_skill_levels", id, userId, text(level, "SkillGroupId"),
            text(level, "SkillGroupName"), integer(level, "SkillLevel"));
      }
    }
    for (JsonNode group : dataset.itemsOf("ListSkillGroups", id)) {
      String mediaType = text(group, "MediaType");
      if (mediaType == null || !MEDIA_TYPES.contains(mediaType.toUpperCase(Locale.ROOT))) {
        continue;
      }
      insert(connection, "skill_groups", id, text(group, "SkillGroupId"),
          text(group, "SkillGroupName"), text(group, "DisplayName"), text(group, "Description"),
          mediaType, integer(group, "UserCount"), integer(group, "PhoneNumberCount"));
    }
    for (JsonNode flow : dataset.itemsOf("ListContactFlows", id)) {
      insert(connection, "contact_flows", id, text(flow, "ContactFlowId"), text(flow, "Name"),
          text(flow, "Description"), text(flow, "Type"), bool(flow, "Published"),
          text(flow, "Editor"), text(flow, "DraftId"), dateTime(flow, "CreatedTime"),
          dateTime(flow, "UpdatedTime"), text(flow, "Definition"));
    }
    for (JsonNode number : dataset.itemsOf("ListPhoneNumbers", id)) {
      Long created = bigint(number, "CreateTime");
      JsonNode groups = number.get("SkillGroups");
      insert(connection, "phone_numbers", id, text(number, "Number"), text(number, "Usage"),
          bool(number, "Active"), text(number, "Province"), text(number, "City"),
          text(number, "Provider"), text(number, "ContactFlowId"),
          text(number, "ContactFlowName"), text(number, "UserId"), text(number, "Tags"),
          created == null ? null : LocalDateTime.ofInstant(Instant.ofEpochMilli(created), zone),
          groups == null || groups.isNull() ? null : String.join(",", items(number,
              "SkillGroups").stream().map(group -> text(group, "SkillGroupId"))
              .filter(Objects::nonNull).toList()));
    }
    for (JsonNode agent : dataset.itemsOf("ListRealtimeAgentStates", id)) {
      insert(connection, "realtime_agent_states", id, text(agent, "AgentId"),
          text(agent, "AgentName"), text(agent, "State"), text(agent, "StateCode"),
          bigint(agent, "StateTime"), bigint(agent, "Duration"), text(agent, "CallType"),
          text(agent, "CounterParty"), text(agent, "Extension"), text(agent, "Mobile"),
          text(agent, "WorkMode"), text(agent, "BreakCode"), bool(agent, "OutboundScenario"),
          joined(agent, "SkillGroupIdList"), joined(agent, "SkillGroupNameList"));
    }
    for (JsonNode group : dataset.itemsOf("ListRealtimeSkillGroupStates", id)) {
      insert(connection, "realtime_skill_group_states", id, text(group, "SkillGroupId"),
          text(group, "SkillGroupName"), bigint(group, "LoggedInAgents"),
          bigint(group, "ReadyAgents"), bigint(group, "TalkingAgents"),
          bigint(group, "WorkingAgents"), bigint(group, "BreakingAgents"),
          bigint(group, "TotalAgents"), bigint(group, "OutboundScenarioReadyAgents"),
          bigint(group, "WaitingCalls"), bigint(group, "LongestWaitingTime"));
    }
  }

  private static void insert(Connection connection, String table, Object... values)
      throws SQLException {
    String marks = String.join(", ", Collections.nCopies(values.length, "?"));
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          // H2 converts a typeless NULL to the column's type.
          insert.setNull(i + 1, Types.NULL);
        } else {
          insert.setObject(i + 1, values[i]);
        }
      }
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new SQLException("cannot load " + table + " row " + Arrays.toString(values), e);
    }
  }

  /** An absent field and JSON null are NULL; the API sends some ids as JSON numbers. */
  private static String text(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isIntegralNumber()) {
      return value.asText();
    }
    throw unreadable(parent, field);
  }

  /** {@code true}, {@code "true"} (any case), {@code 1}, {@code "1"} and their false twins; "" is NULL. */
  private static Boolean bool(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (!value.isTextual() && !value.isIntegralNumber()) {
      throw unreadable(parent, field);
    }
    return switch (value.asText().toLowerCase(Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      case "" -> null;
      default -> throw unreadable(parent, field);
    };
  }

  /** A JSON integer or its decimal digits as a string; "" is NULL. */
  private static Integer integer(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isInt()) {
      return value.intValue();
    }
    if (value.isTextual() && value.textValue().isEmpty()) {
      return null;
    }
    if (value.isTextual() && value.textValue().matches("-?[0-9]+")) {
      return Integer.valueOf(value.textValue());
    }
    throw unreadable(parent, field);
  }

  /** A JSON integer or its digits as a string; "" is NULL. */
  private static Long bigint(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    if (value.isTextual() && value.textValue().isEmpty()) {
      return null;
    }
    if (value.isTextual() && value.textValue().matches("-?[0-9]{1,18}")) {
      return Long.valueOf(value.textValue());
    }
    throw unreadable(parent, field);
  }

  /** Text such as 2021-03-05 17:35:45.0, as the wall-clock value it writes. */
  private static LocalDateTime dateTime(JsonNode parent, String field) {
    String text = text(parent, field);
    return text == null || text.isBlank()
        ? null
        : LocalDateTime.parse(text.trim().replace(' ', 'T'));
  }

  /** The texts of an array field joined with commas; NULL when the field is absent. */
  private static String joined(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw unreadable(parent, field);
    }
    List<String> texts = new ArrayList<>();
    value.forEach(element -> {
      if (!element.isNull()) {
        texts.add(element.asText());
      }
    });
    return String.join(",", texts);
  }

  /** The elements of an array field; absent or null is no elements, a null element is no row. */
  private static List<JsonNode> items(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    List<JsonNode> items = new ArrayList<>();
    if (value == null || value.isNull()) {
      return items;
    }
    if (!value.isArray()) {
      throw unreadable(parent, field);
    }
    value.forEach(item -> {
      if (!item.isNull()) {
        items.add(item);
      }
    });
    return items;
  }

  private static IllegalArgumentException unreadable(JsonNode parent, String field) {
    return new IllegalArgumentException(
        "the oracle does not know how to read " + field + " = " + parent.get(field));
  }
}
