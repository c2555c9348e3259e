package io.cccjdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON response example of the API's reference page for {@code GetInstance}, kept in the
 * test resources (a copy of the page's example), and the rows its tables hold.
 */
public final class SpecExample {

  public static final String RESOURCE = "/io/cccjdbc/emulator/spec-getinstance-response.json";

  /** The example's instance as a row of {@code instances}. */
  public static final Object[] INSTANCE_ROW = {"ccc-test", "云呼测试实例", "测试实例", "ccc-test",
      "https://ccc-v2.aliyun.com/#/workbench/ccc-test", "1571234567890123", "RUNNING"};

  /** Its administrator as a row of {@code admins}. */
  public static final Object[] ADMIN_ROW = {"ccc-test", "user-test@ccc-test", "user-test",
      "云呼测试1", "18866668888@163.com", "80326034", "138xxxx2114", "Admin@ccc-test", "Admin",
      "ON_SITE"};

  /** Its number as a row of {@code numbers}. */
  public static final Object[] NUMBER_ROW = {"ccc-test", "083xxxx0011", true, "乐山", "四川",
      "a3fb6c62-9b49-4942-ae5b-cf2abd4123ek", "Bidirection", "user-test@ccc-test"};

  /** The number's skill group as a row of {@code number_skill_groups}. */
  public static final Object[] NUMBER_SKILL_GROUP_ROW = {"ccc-test", "083xxxx0011",
      "test@ccc-test", "test", "测试技能组", "测试", 1, 2};

  private SpecExample() {
  }

  /** The whole JSON response of the example. */
  public static String json() {
    try (InputStream in = SpecExample.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
