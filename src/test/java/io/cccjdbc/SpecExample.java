package io.cccjdbc;

import io.cccjdbc.api.Admin;
import io.cccjdbc.api.Instance;
import io.cccjdbc.api.PhoneNumber;
import io.cccjdbc.api.SkillGroup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The example of the API's reference page for GetInstance: its JSON, copied into the tests'
 * resources (a clone of the repository has nothing beside it), and the values it describes.
 */
public final class SpecExample {

  /** The copy; {@code GetInstanceTest} checks it against the page where the page is at hand. */
  public static final String RESOURCE = "/io/cccjdbc/emulator/spec-getinstance-response.json";

  public static final Instance INSTANCE = new Instance("ccc-test", "云呼测试实例", "测试实例",
      "ccc-test", "https://ccc-v2.aliyun.com/#/workbench/ccc-test", "1571234567890123", "RUNNING",
      List.of(new Admin("ccc-test", "user-test@ccc-test", "user-test", "云呼测试1",
          "18866668888@163.com", "80326034", "138xxxx2114", "Admin@ccc-test", "Admin", "ON_SITE")),
      List.of(new PhoneNumber("ccc-test", "083xxxx0011", true, "乐山", "四川",
          "a3fb6c62-9b49-4942-ae5b-cf2abd4123ek", "Bidirection", "user-test@ccc-test",
          List.of(new SkillGroup("ccc-test", "test@ccc-test", "test", "测试技能组", "测试", 1, 2)))));

  private SpecExample() {
  }

  /** The JSON response example. */
  public static String json() throws IOException {
    try (InputStream in = SpecExample.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
