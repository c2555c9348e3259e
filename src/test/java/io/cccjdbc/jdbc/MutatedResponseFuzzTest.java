package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.ColumnDef;
import io.cccjdbc.calcite.TableDef;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of real answers of every table's action (types swapped,
 * nulls, deep nesting, huge strings, broken encodings, duplicated keys): the driver gives
 * rows of the declared column types, or an SQLException, and never anything else or a hang.
 * {@code -Dccc.fuzz.seed=N} replays a run; the seed is in every failure message.
 */
class MutatedResponseFuzzTest {

  private static final int MUTANTS = 150;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DEEP_MARK = "@@nested@@";

  @Test
  void mutatedAnswersGiveTypedRowsOrAnSqlException() throws Exception {
    long seed = Long.getLong("ccc.fuzz.seed", System.nanoTime());
    Random random = new Random(seed);
    Dataset dataset = Dataset.demo();
    int answered = 0;
    int refused = 0;
    try (TestEmulator emulator = TestEmulator.start(dataset);
        Connection connection = emulator.connect("cacheTtl=0", "maxRetries=0")) {
      for (int i = 0; i < MUTANTS; i++) {
        TableDef table = CccTables.ALL.get(random.nextInt(CccTables.ALL.size()));
        String action = table.source().action().name();
        boolean list = action.equals("GetInstance") && table.source().discoveryServes()
            && i % 3 == 0;
        ObjectNode answer = list ? listAnswer(dataset)
            : action.equals("GetInstance") ? getAnswer(dataset, "ccc-hz-service")
            : pageAnswer(dataset, action, "ccc-hz-service");
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
          mutate(answer, random);
        }
        byte[] body = encode(answer, random);
        emulator.inject(FaultRule.next(1, Fault.respond(200, body))
            .onAction(list ? "ListInstances" : action));
        String sql = "SELECT * FROM " + table.name()
            + (list ? "" : " WHERE instance_id = 'ccc-hz-service'");
        try (Statement statement = connection.createStatement()) {
          statement.setQueryTimeout(20);
          checkTypes(table, statement.executeQuery(sql));
          answered++;
        } catch (SQLException expected) {
          refused++;
        } catch (RuntimeException | Error e) {
          fail("mutant " + i + " of seed " + seed + " (-Dccc.fuzz.seed=" + seed + ") on " + sql
              + " threw " + e + "; body: " + abbreviate(new String(body, StandardCharsets.UTF_8)),
              e);
        } finally {
          emulator.clearFaults();
        }
      }
    }
    // Both outcomes must occur, or the mutations are too weak or too strong to test anything.
    assertTrue(answered > MUTANTS / 10 && refused > MUTANTS / 10,
        answered + " answered, " + refused + " refused (seed " + seed + ")");
  }

  private static ObjectNode getAnswer(Dataset dataset, String id) {
    ObjectNode answer = NODES.objectNode().put("RequestId", "R-fuzz").put("Code", "OK")
        .put("HttpStatusCode", 200);
    answer.set("Data", dataset.instance(id).orElseThrow());
    return answer;
  }

  /** The first page of a list action's answer for one instance. */
  private static ObjectNode pageAnswer(Dataset dataset, String action, String id) {
    ArrayNode items = NODES.arrayNode();
    dataset.itemsOf(action, id).forEach(items::add);
    ObjectNode data = NODES.objectNode().put("PageNumber", 1).put("PageSize", 100)
        .put("TotalCount", items.size());
    data.set("List", items);
    ObjectNode answer = NODES.objectNode().put("RequestId", "R-fuzz").put("Code", "OK");
    answer.set("Data", data);
    return answer;
  }

  private static ObjectNode listAnswer(Dataset dataset) {
    ArrayNode items = NODES.arrayNode();
    dataset.instanceIds().forEach(id -> items.add(dataset.instance(id).orElseThrow()));
    ObjectNode data = NODES.objectNode().put("PageNumber", 1).put("PageSize", 100)
        .put("TotalCount", items.size());
    data.set("List", items);
    ObjectNode answer = NODES.objectNode().put("RequestId", "R-fuzz").put("Code", "OK");
    answer.set("Data", data);
    return answer;
  }

  /** Changes one randomly chosen place in the tree. */
  private static void mutate(ObjectNode root, Random random) {
    List<Map.Entry<ObjectNode, String>> places = new ArrayList<>();
    collect(root, places);
    Map.Entry<ObjectNode, String> place = places.get(random.nextInt(places.size()));
    ObjectNode parent = place.getKey();
    String field = place.getValue();
    switch (random.nextInt(8)) {
      case 0 -> parent.putNull(field);
      case 1 -> parent.put(field, random.nextInt());
      case 2 -> parent.put(field, random.nextBoolean());
      case 3 -> parent.set(field, NODES.objectNode().put("x", "y"));
      case 4 -> parent.set(field, NODES.arrayNode().add("a").add(1));
      case 5 -> parent.put(field, "长".repeat(200_000 + random.nextInt(100_000)));
      case 6 -> parent.put(field, DEEP_MARK + (1 + random.nextInt(3000)));
      default -> parent.remove(field);
    }
  }

  private static void collect(JsonNode node, List<Map.Entry<ObjectNode, String>> places) {
    if (node instanceof ObjectNode object) {
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        places.add(Map.entry(object, name));
        collect(object.get(name), places);
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(child -> collect(child, places));
    }
  }

  /** Deeper than Jackson writes, so the nesting is spliced into the text after writing. */
  private static String withNesting(String text) {
    Matcher mark = Pattern.compile("\"" + DEEP_MARK + "(\\d+)\"").matcher(text);
    StringBuilder out = new StringBuilder();
    while (mark.find()) {
      int depth = Integer.parseInt(mark.group(1));
      mark.appendReplacement(out, "[".repeat(depth) + "\"deep\"" + "]".repeat(depth));
    }
    return mark.appendTail(out).toString();
  }

  /** Usually proper JSON; sometimes a duplicated key, a cut, or bytes that are not UTF-8. */
  private static byte[] encode(ObjectNode answer, Random random) throws Exception {
    String text = withNesting(JSON.writeValueAsString(answer));
    switch (random.nextInt(6)) {
      case 0 -> text = text.replaceFirst("\\{\"RequestId\"", "{\"Code\":\"Throttling\",\"RequestId\"");
      case 1 -> text = text.substring(0, random.nextInt(text.length()));
      case 2 -> {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[random.nextInt(bytes.length)] = (byte) (0x80 | random.nextInt(0x40));
        return bytes;
      }
      default -> {
        // Unchanged.
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void checkTypes(TableDef table, ResultSet rows) throws SQLException {
    while (rows.next()) {
      for (int c = 0; c < table.columns().size(); c++) {
        ColumnDef column = table.columns().get(c);
        Object value = rows.getObject(c + 1);
        Class<?> expected = switch (column.type()) {
          case BOOLEAN -> Boolean.class;
          case INTEGER -> Integer.class;
          case BIGINT -> Long.class;
          case DOUBLE -> Double.class;
          case TIMESTAMP -> java.sql.Timestamp.class;
          default -> String.class;
        };
        assertTrue(value == null ? column.nullable() : expected.isInstance(value),
            table.name() + "." + column.name() + " = " + abbreviate(String.valueOf(value)));
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
