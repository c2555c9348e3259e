package io.cccjdbc.api;

import java.nio.file.Path;

/**
 * What the credential chain reads from the process: system properties, environment variables and
 * the home directory. Tests pass their own, so they never see the real ones.
 */
public interface Environment {

  /** The JVM's own view: {@link System#getProperty}, {@link System#getenv}, {@code user.home}. */
  static Environment system() {
    return SystemEnvironment.INSTANCE;
  }

  /** The system property's value, or null when it is not set. */
  String systemProperty(String name);

  /** The environment variable's value, or null when it is not set. */
  String environmentVariable(String name);

  Path homeDirectory();
}
