package io.cccjdbc.emulator;

import static io.cccjdbc.emulator.GatewayRejectionsTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListInstancesTest extends DemoEmulatorTest {

  @Test
  void pagesListEveryInstanceOnceInDatasetOrder() throws Exception {
    Dataset demo = Dataset.demo();
    List<String> listed = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      JsonNode data = client.get(client.listInstances(page, 4)).json().path("Data");
      assertEquals(page, data.path("PageNumber").asInt());
      assertEquals(4, data.path("PageSize").asInt());
      assertEquals(demo.size(), data.path("TotalCount").asInt());
      data.path("List").forEach(item -> listed.add(item.path("Id").asText()));
    }

    assertEquals(demo.instanceIds(), listed);
    assertEquals(3, emulator.counts().forAction("ListInstances"));
  }

  @Test
  void pagePastTheEndIsEmpty() throws Exception {
    JsonNode data = client.get(client.listInstances(99, 100)).json().path("Data");

    assertEquals(0, data.path("List").size());
    assertEquals(Dataset.demo().size(), data.path("TotalCount").asInt());
  }

  @Test
  void itemsCarryInstanceFieldsButOnlyTheNumberOfEachPhoneNumber() throws Exception {
    JsonNode list = client.get(client.listInstances(1, 100)).json().at("/Data/List");

    for (JsonNode item : list) {
      ObjectNode full = (ObjectNode) Dataset.demo().instance(item.path("Id").asText()).orElseThrow();
      JsonNode numbers = full.remove("NumberList");
      ObjectNode withoutNumbers = ((ObjectNode) item).deepCopy();
      JsonNode listedNumbers = withoutNumbers.remove("NumberList");

      assertEquals(full, withoutNumbers);
      assertEquals(numbers.size(), listedNumbers.size());
      for (int i = 0; i < numbers.size(); i++) {
        assertEquals(Map.of("Number", numbers.get(i).path("Number").asText()),
            Json.MAPPER.convertValue(listedNumbers.get(i), Map.class));
      }
    }
  }

  @Test
  void successEnvelopeHasTheDocumentedFields() throws Exception {
    JsonNode body = client.get(client.listInstances(1, 10)).json();

    assertEquals(List.of("RequestId", "HttpStatusCode", "Code", "Message", "Data"), GetInstanceTest.fieldNames(body));
    assertEquals(List.of("PageNumber", "PageSize", "TotalCount", "List"),
        GetInstanceTest.fieldNames(body.path("Data")));
    assertTrue(body.at("/Data/List/0/AdminList").isArray());
  }

  @Test
  void pageSizeAboveOneHundredIsRejected() throws Exception {
    assertError(client.get(client.listInstances(1, 101)), 400, "Parameter.Maximum",
        "The parameter PageSize must be less than or equal to 100.");
  }

  @Test
  void pageNumberBelowOneIsRejected() throws Exception {
    assertError(client.get(client.listInstances(0, 10)), 400, "Parameter.Minimum",
        "The parameter PageNumber must be greater than or equal to 1.");
  }

  @Test
  void missingPagingParametersAreRejected() throws Exception {
    Map<String, String> noPageNumber = client.listInstances(1, 10);
    noPageNumber.remove("PageNumber");
    Map<String, String> noPageSize = client.listInstances(1, 10);
    noPageSize.remove("PageSize");

    assertError(client.get(noPageNumber), 400, "MissingPageNumber", "PageNumber is mandatory for this action.");
    assertError(client.get(noPageSize), 400, "MissingPageSize", "PageSize is mandatory for this action.");
  }

  @Test
  void nonNumericPageSizeIsRejected() throws Exception {
    Map<String, String> parameters = client.listInstances(1, 10);
    parameters.put("PageSize", "ten");

    assertError(client.get(parameters), 400, "InvalidPageSize", "Specified parameter PageSize is not valid.");
  }

  @Test
  void syntheticDatasetPagesThroughCompletely() throws Exception {
    try (CccEmulator large = CccEmulator.builder().dataset(Dataset.synthetic(250, 3, 7)).build().start()) {
      TestClient largeClient = new TestClient(large);
      List<String> listed = new ArrayList<>();
      for (int page = 1; page <= 3; page++) {
        largeClient.get(largeClient.listInstances(page, 100)).json().at("/Data/List")
            .forEach(item -> {
              listed.add(item.path("Id").asText());
              assertEquals(3, item.path("NumberList").size());
            });
      }

      assertEquals(Dataset.synthetic(250, 3, 7).instanceIds(), listed);
    }
  }
}
