package io.cccjdbc.api;

import java.nio.file.Path;

enum SystemEnvironment implements Environment {
  INSTANCE;

  @Override
  public String systemProperty(String name) {
    return System.getProperty(name);
  }

  @Override
  public String environmentVariable(String name) {
    return System.getenv(name);
  }

  @Override
  public Path homeDirectory() {
    return Path.of(System.getProperty("user.home"));
  }
}
