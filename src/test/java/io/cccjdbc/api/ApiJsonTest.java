package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cccjdbc.SpecExample;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

  private static Envelope<Instance> decode(String json) throws JsonProcessingException {
    return ApiJson.MAPPER.readValue(json, ApiJson.envelopeOf(Instance.class));
  }

  @Test
  void specExampleDecodesToTheValuesItDescribes() throws IOException {
    Envelope<Instance> envelope = decode(SpecExample.json());

    assertEquals("OK", envelope.code());
    assertEquals("EEEE671A-3E24-4A04-81E6-6C4F5B39DF75", envelope.requestId());
    assertEquals(200, envelope.httpStatusCode());
    assertEquals(SpecExample.INSTANCE, envelope.data());
  }

  @Test
  void booleansAndIntegersAreReadFromStringsNumbersAndNativeValues() throws IOException {
    Instance instance = decode("""
        {"Code":"OK","Data":{"Id":"i","NumberList":[
          {"Number":"1","Active":true,"SkillGroups":[{"SkillGroupId":"g","UserCount":3}]},
          {"Number":"2","Active":"1"},
          {"Number":"3","Active":0},
          {"Number":"4","Active":"FALSE"},
          {"Number":"5","Active":""}]}}""").data();

    List<Boolean> active = instance.numberList().stream().map(PhoneNumber::active).toList();
    assertEquals(java.util.Arrays.asList(true, true, false, false, null), active);
    assertEquals(3, instance.numberList().get(0).skillGroups().get(0).userCount());
  }

  @Test
  void absentFieldsAreNullAndUnknownFieldsIgnored() throws IOException {
    Instance instance = decode("{\"Code\":\"OK\",\"Data\":{\"Id\":\"i\",\"Brand\":\"new\"}}").data();

    assertEquals("i", instance.id());
    assertNull(instance.name());
    assertTrue(instance.adminList().isEmpty());
    assertTrue(instance.numberList().isEmpty());
  }

  @Test
  void aValueThatIsNotABooleanIsAnErrorNotAGuess() {
    assertThrows(JsonProcessingException.class, () ->
        decode("{\"Code\":\"OK\",\"Data\":{\"NumberList\":[{\"Number\":\"1\",\"Active\":\"yes\"}]}}"));
  }

  @Test
  void anIntegerThatIsNotAnIntegerIsAnError() {
    assertThrows(JsonProcessingException.class, () -> decode("""
        {"Code":"OK","Data":{"NumberList":[{"Number":"1",
          "SkillGroups":[{"SkillGroupId":"g","UserCount":"two"}]}]}}"""));
  }

  @Test
  void errorBodiesDecodeToTheirCodeAndRequestId() throws IOException {
    Envelope<Instance> error = decode("""
        {"RequestId":"R1","HostId":"ccc.cn-shanghai.aliyuncs.com","Code":"Throttling.User",
         "Message":"Request was denied due to user flow control.","Recommend":"https://x"}""");

    assertEquals("Throttling.User", error.code());
    assertEquals("R1", error.requestId());
    assertFalse("OK".equals(error.code()));
    assertNull(error.data());
  }
}
