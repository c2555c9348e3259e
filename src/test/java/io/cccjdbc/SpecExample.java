package io.cccjdbc;

import io.cccjdbc.api.Admin;
import io.cccjdbc.api.Instance;
import io.cccjdbc.api.PhoneNumber;
import io.cccjdbc.api.SkillGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The example of the API's reference page: its JSON, and the values it describes. */
public final class SpecExample {

  public static final Path PAGE = Path.of("../shared/spec/GetInstance.md");

  public static final Instance INSTANCE = new Instance("ccc-test", "云呼测试实例", "测试实例",
      "ccc-test", "https://ccc-v2.aliyun.com/#/workbench/ccc-test", "1571234567890123", "RUNNING",
      List.of(new Admin("ccc-test", "user-test@ccc-test", "user-test", "云呼测试1",
          "18866668888@163.com", "80326034", "138xxxx2114", "Admin@ccc-test", "Admin", "ON_SITE")),
      List.of(new PhoneNumber("ccc-test", "083xxxx0011", true, "乐山", "四川",
          "a3fb6c62-9b49-4942-ae5b-cf2abd4123ek", "Bidirection", "user-test@ccc-test",
          List.of(new SkillGroup("ccc-test", "test@ccc-test", "test", "测试技能组", "测试", 1, 2)))));

  private SpecExample() {
  }

  /** The JSON response example, read from the page itself. */
  public static String json() throws IOException {
    Matcher json = Pattern.compile("`JSON`格式\\s*```\\s*(\\{.*?\\n\\})\\s*```", Pattern.DOTALL)
        .matcher(Files.readString(PAGE));
    if (!json.find()) {
      throw new IllegalStateException(PAGE + " has no JSON example");
    }
    return json.group(1);
  }
}
