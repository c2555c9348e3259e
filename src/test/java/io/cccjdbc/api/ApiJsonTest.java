package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

  /** The JSON example of the reference page, read from the page itself. */
  static String specExample() throws IOException {
    String page = Files.readString(Path.of("../shared/spec/GetInstance.md"));
    Matcher json = Pattern.compile("`JSON`格式\\s*```\\s*(\\{.*?\\n\\})\\s*```", Pattern.DOTALL)
        .matcher(page);
    assertTrue(json.find(), "the spec page has a JSON example");
    return json.group(1);
  }

  private static Envelope<Instance> decode(String json) throws JsonProcessingException {
    return ApiJson.MAPPER.readValue(json, ApiJson.envelopeOf(Instance.class));
  }

  @Test
  void specExampleDecodesToTheValuesItDescribes() throws IOException {
    Envelope<Instance> envelope = decode(specExample());

    assertEquals("OK", envelope.code());
    assertEquals("EEEE671A-3E24-4A04-81E6-6C4F5B39DF75", envelope.requestId());
    assertEquals(200, envelope.httpStatusCode());
    Instance instance = envelope.data();
    assertEquals(new Instance("ccc-test", "云呼测试实例", "测试实例", "ccc-test",
        "https://ccc-v2.aliyun.com/#/workbench/ccc-test", "1571234567890123", "RUNNING",
        List.of(new Admin("ccc-test", "user-test@ccc-test", "user-test", "云呼测试1",
            "18866668888@163.com", "80326034", "138xxxx2114", "Admin@ccc-test", "Admin",
            "ON_SITE")),
        List.of(new PhoneNumber("ccc-test", "083xxxx0011", true, "乐山", "四川",
            "a3fb6c62-9b49-4942-ae5b-cf2abd4123ek", "Bidirection", "user-test@ccc-test",
            List.of(new SkillGroup("ccc-test", "test@ccc-test", "test", "测试技能组", "测试", 1, 2))))),
        instance);
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
