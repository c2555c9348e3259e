package io.cccjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetTest {

  @Test
  void demoDataIsVariedAndIncludesTheSpecExample() throws Exception {
    Dataset demo = Dataset.demo();
    List<JsonNode> instances = demo.instanceIds().stream().map(id -> demo.instance(id).orElseThrow()).toList();

    assertTrue(demo.size() >= 5);
    assertEquals(GetInstanceTest.specExample().path("Data"), demo.instance("ccc-test").orElseThrow());
    assertTrue(instances.stream().map(i -> i.path("Status").asText()).distinct().count() >= 3, "several statuses");
    assertTrue(instances.stream().anyMatch(i -> i.path("NumberList").isEmpty()), "an instance without numbers");
    assertTrue(numbers(instances).anyMatch(n -> n.path("Active").asText().equals("false")), "an inactive number");
    assertTrue(numbers(instances).anyMatch(n -> !n.has("SkillGroups") || n.path("SkillGroups").isEmpty()),
        "a number without skill groups");
    assertTrue(numbers(instances).anyMatch(n -> n.path("SkillGroups").size() > 1), "a number with several");
    assertTrue(instances.stream().flatMap(i -> StreamSupport.stream(i.path("AdminList").spliterator(), false))
        .anyMatch(a -> !a.has("Email")), "an admin without the optional fields");
    assertTrue(numbers(instances).map(n -> n.path("Province").asText()).distinct().count() >= 4, "several provinces");
    assertTrue(instances.stream().anyMatch(i -> i.path("Name").asText().matches("[A-Za-z ]+")), "English text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "[1]", "[{}]", "[{\"Id\":\"\"}]", "[{\"Id\":7}]", "not json",
      "[{\"Id\":\"a\",\"Id\":\"b\"}]"})
  void onlyAnArrayOfInstancesWithIdsIsADataset(String json) {
    assertThrows(IllegalArgumentException.class, () -> Dataset.fromJson(json));
  }

  @Test
  void duplicateInstanceIdsAreRefused() {
    IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
        () -> Dataset.fromJson("[{\"Id\":\"a\"},{\"Id\":\"a\"}]"));
    assertTrue(refusal.getMessage().contains("appears twice"));
  }

  @Test
  void valuesAreServedExactlyAsWritten() throws Exception {
    String instance = "{\"Id\":\"a\",\"Price\":1.10,\"Big\":123456789012345678901234567890,"
        + "\"Flag\":\"true\",\"Count\":\"2\",\"Nothing\":null,\"Future\":{\"Field\":[true,2.50]}}";
    try (CccEmulator emulator = CccEmulator.builder().dataset(Dataset.fromJson("[" + instance + "]")).build().start()) {
      TestClient client = new TestClient(emulator);

      String body = client.get(client.getInstance("a")).text();

      assertTrue(body.contains("\"Data\":" + instance), body);
    }
  }

  @Test
  void instanceIsACopyThatCannotChangeTheDataset() {
    Dataset demo = Dataset.demo();
    ((ObjectNode) demo.instance("ccc-test").orElseThrow()).put("Name", "changed");

    assertEquals("云呼测试实例", demo.instance("ccc-test").orElseThrow().path("Name").asText());
    assertTrue(demo.instance("ccc-missing").isEmpty());
  }

  @Test
  void datasetIsReadFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("instances.json");
    Files.writeString(file, "[{\"Id\":\"ccc-file\",\"Name\":\"来自文件\"}]");

    Dataset dataset = Dataset.fromFile(file);

    assertEquals(List.of("ccc-file"), dataset.instanceIds());
    assertEquals("来自文件", dataset.instance("ccc-file").orElseThrow().path("Name").asText());
  }

  @Test
  void syntheticDatasetHasTheRequestedShape() {
    Dataset dataset = Dataset.synthetic(5_000, 20, 42);

    assertEquals(5_000, dataset.size());
    assertEquals(5_000, new HashSet<>(dataset.instanceIds()).size());
    JsonNode last = dataset.instance(dataset.instanceIds().get(4_999)).orElseThrow();
    assertEquals(dataset.instanceIds().get(4_999), last.path("Id").asText());
    assertEquals(20, last.path("NumberList").size());
    assertTrue(dataset.instance("ccc-syn-05000").isEmpty());
  }

  @Test
  void syntheticDatasetIsTheSameForTheSameSeed() {
    Dataset one = Dataset.synthetic(100, 5, 42);
    Dataset same = Dataset.synthetic(100, 5, 42);
    Dataset other = Dataset.synthetic(100, 5, 43);

    for (String id : one.instanceIds()) {
      assertEquals(one.instance(id), same.instance(id));
    }
    assertFalse(one.instanceIds().stream().allMatch(id -> one.instance(id).equals(other.instance(id))));
    assertNotEquals(one.instance("ccc-syn-00000"), other.instance("ccc-syn-00000"));
  }

  @Test
  void syntheticPhoneNumbersAreUnique() {
    Dataset dataset = Dataset.synthetic(200, 20, 1);
    Set<String> numbers = new HashSet<>();

    for (String id : dataset.instanceIds()) {
      dataset.instance(id).orElseThrow().path("NumberList")
          .forEach(n -> assertTrue(numbers.add(n.path("Number").asText())));
    }
    assertEquals(4_000, numbers.size());
  }

  @Test
  void negativeSyntheticSizesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Dataset.synthetic(-1, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> Dataset.synthetic(1, -1, 0));
  }

  private static Stream<JsonNode> numbers(List<JsonNode> instances) {
    return instances.stream().flatMap(i -> StreamSupport.stream(i.path("NumberList").spliterator(), false));
  }
}
