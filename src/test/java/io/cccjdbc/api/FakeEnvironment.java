package io.cccjdbc.api;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.Map;

/** An environment made of maps and a temporary home, so tests never see the real ones. */
public record FakeEnvironment(
    Map<String, String> properties, Map<String, String> variables, Path homeDirectory)
    implements Environment {

  public static FakeEnvironment withHome(Path home) {
    return new FakeEnvironment(Map.of(), Map.of(), home);
  }

  public FakeEnvironment property(String name, String value) {
    return new FakeEnvironment(with(properties, name, value), variables, homeDirectory);
  }

  public FakeEnvironment variable(String name, String value) {
    return new FakeEnvironment(properties, with(variables, name, value), homeDirectory);
  }

  @Override
  public String systemProperty(String name) {
    return properties.get(name);
  }

  @Override
  public String environmentVariable(String name) {
    return variables.get(name);
  }

  private static Map<String, String> with(Map<String, String> map, String name, String value) {
    return ImmutableMap.<String, String>builder().putAll(map).put(name, value)
        .buildKeepingLast();
  }
}
