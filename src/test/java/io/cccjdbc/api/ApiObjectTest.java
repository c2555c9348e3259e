package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccjdbc.SpecExample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the fields of an answer: lenient about form, never guessing a value. */
class ApiObjectTest {

  private static final ApiRequest REQUEST =
      ApiRequest.of(CccActions.GET_INSTANCE, Map.of("InstanceId", "i"));

  private static ApiObject object(String json) throws IOException {
    JsonNode node = Envelope.read(stream("{\"Data\":" + json + "}")).data();
    return ApiObject.root(node, new ApiObject.Origin(REQUEST, "R-1")).asObject();
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void specExampleEnvelopeDecodesToItsCodeRequestIdAndData() throws IOException {
    Envelope envelope = Envelope.read(stream(SpecExample.json()));

    assertEquals("OK", envelope.code());
    assertEquals("EEEE671A-3E24-4A04-81E6-6C4F5B39DF75", envelope.requestId());
    assertEquals("ccc-test", envelope.data().get("Id").textValue());
  }

  @Test
  void dataIsTheTreeJacksonsObjectMapperWouldRead() throws IOException {
    String data = """
        {"Id":"ccc-test","Count":7,"Big":9223372036854775807,"Huge":99999999999999999999,
         "Rate":1.25,"Tiny":1e-7,"On":true,"Off":false,"None":null,"Name":"\u6d4b\u8bd5",
         "List":[1,"two",[3],{"four":4.0}],"Empty":{},"Twice":1,"Twice":2}""";

    JsonNode read = Envelope.read(stream("{\"Code\":\"OK\",\"Data\":" + data + "}")).data();

    JsonNode expected = new ObjectMapper().readTree(data);
    assertEquals(expected, read);
    assertEquals(expected.toString(), read.toString());
    assertEquals(expected.get("Big").getClass(), read.get("Big").getClass());
    assertEquals(expected.get("Huge").getClass(), read.get("Huge").getClass());
    assertEquals(expected.get("Rate").getClass(), read.get("Rate").getClass());
  }

  @Test
  void shortTextsRepeatedInOneAnswerAreOneNodeLongOnesAreNot() throws IOException {
    String longText = "x".repeat(40);
    JsonNode list = Envelope.read(stream("{\"Code\":\"OK\",\"Data\":[{\"City\":\"Hangzhou\","
        + "\"Note\":\"" + longText + "\"},{\"City\":\"Hangzhou\",\"Note\":\"" + longText
        + "\"}]}")).data();

    assertSame(list.get(0).get("City"), list.get(1).get("City"));
    assertNotSame(list.get(0).get("Note"), list.get(1).get("Note"));
    assertEquals(list.get(0).get("Note"), list.get(1).get("Note"));
  }

  @Test
  void envelopeReadsScalarsAsTextSkipsWhatNothingReadsAndRefusesWhatIsNoFrame()
      throws IOException {
    Envelope envelope = Envelope.read(stream("""
        {"HostId":"h","Recommend":{"url":["x"]},"Code":403,"Message":"",
         "RequestId":null,"HttpStatusCode":"no"} trailing"""));

    assertEquals("403", envelope.code());
    assertEquals("", envelope.message());
    assertNull(envelope.requestId());
    assertNull(envelope.data());
    assertNull(Envelope.read(stream(" null")));
    assertThrows(JsonProcessingException.class, () -> Envelope.read(stream("[]")));
    assertThrows(JsonProcessingException.class, () -> Envelope.read(stream("  ")));
    assertThrows(JsonProcessingException.class,
        () -> Envelope.read(stream("{\"Code\":{\"a\":1}}")));
    assertThrows(JsonProcessingException.class,
        () -> Envelope.read(stream("{\"Code\":\"OK\",\"Data\":{\"Id\"")));
  }

  @Test
  void aListParameterIsOneJsonArrayOfStrings() {
    assertEquals("[\"a\",\"b \\\"c\\\"]\",\"\u00e9\"]",
        ApiRequest.jsonList(List.of("a", "b \"c\"]", "\u00e9")));
  }

  @Test
  void booleansAreReadFromStringsNumbersAndNativeValues() throws IOException {
    ApiObject numbers = object("""
        {"NumberList":[{"Active":true},{"Active":"1"},{"Active":0},{"Active":"FALSE"},
         {"Active":""},{"Active":null},{}]}""");

    List<Boolean> active = numbers.objects("NumberList").stream().map(n -> n.bool("Active"))
        .toList();
    assertEquals(Arrays.asList(true, true, false, false, null, null, null), active);
  }

  @Test
  void wholeNumbersAreReadFromNumbersAndDigitsAndRangeChecked() throws IOException {
    ApiObject o = object("""
        {"a":3,"b":"42","c":"","d":"-7","big":"9223372036854775807","huge":"99999999999999999999"}""");

    assertEquals(3, o.integer("a"));
    assertEquals(42, o.integer("b"));
    assertNull(o.integer("c"));
    assertEquals(-7L, o.bigint("d"));
    assertEquals(Long.MAX_VALUE, o.bigint("big"));
    assertThrows(CccDataException.class, () -> o.integer("big"));
    assertThrows(CccDataException.class, () -> o.bigint("huge"));
  }

  @Test
  void aValueThatIsNotWhatTheFieldHoldsIsAnErrorNamingItNotAGuess() throws IOException {
    ApiObject o = object("""
        {"Active":"yes","UserCount":"two","Rate":"1.5x","Name":{"a":1},"List":"x","At":"yesterday"}""");

    CccDataException e = assertThrows(CccDataException.class, () -> o.bool("Active"));
    assertTrue(e.getMessage().contains("Data.Active = \"yes\""), e.getMessage());
    assertTrue(e.getMessage().contains("RequestId R-1"), e.getMessage());
    assertTrue(e.getMessage().startsWith("GetInstance InstanceId=i failed"), e.getMessage());
    assertFalse(e.isTransient());
    assertThrows(CccDataException.class, () -> o.integer("UserCount"));
    assertThrows(CccDataException.class, () -> o.decimal("Rate"));
    assertThrows(CccDataException.class, () -> o.string("Name"));
    assertThrows(CccDataException.class, () -> o.objects("List"));
    assertThrows(CccDataException.class, () -> o.dateTime("At"));
  }

  @Test
  void idsSentAsNumbersReadAsText() throws IOException {
    assertEquals("1571234567890123", object("{\"AliyunUid\":1571234567890123}").string("AliyunUid"));
  }

  @Test
  void absentFieldsAreNullAndNullListElementsAreNoObject() throws IOException {
    ApiObject o = object("{\"Id\":\"i\",\"Brand\":\"new\",\"AdminList\":[null,{\"UserId\":\"u\"}]}");

    assertNull(o.string("Name"));
    assertTrue(o.objects("NumberList").isEmpty());
    assertEquals(1, o.objects("AdminList").size());
    assertTrue(o.objects("AdminList").get(0).toString().startsWith("Data.AdminList[1] of"));
  }

  @Test
  void writtenDateTimesKeepTheirWallClockValue() throws IOException {
    ApiObject o = object("{\"A\":\"2021-03-05 17:35:45.0\",\"B\":\"2021-03-05 17:35:45\"}");

    assertEquals(LocalDateTime.of(2021, 3, 5, 17, 35, 45), o.dateTime("A"));
    assertEquals(LocalDateTime.of(2021, 3, 5, 17, 35, 45), o.dateTime("B"));
  }

  @Test
  void decimalsAreReadFromNumbersAndDecimalText() throws IOException {
    ApiObject o = object("{\"a\":0.25,\"b\":\"0.5\",\"c\":1}");

    assertEquals(0.25, o.decimal("a"));
    assertEquals(0.5, o.decimal("b"));
    assertEquals(1.0, o.decimal("c"));
  }

  @Test
  void listParametersAreJsonArraysWhateverTheValuesHold() {
    assertEquals("[\"a\",\"x&Action=DeleteInstance\",\"\\\"]\"]",
        ApiRequest.jsonList(List.of("a", "x&Action=DeleteInstance", "\"]")));
  }
}
