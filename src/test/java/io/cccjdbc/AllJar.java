package io.cccjdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged {@code -all} jar and a stand-in for the application that loads it, both set
 * by the failsafe plugin in {@code mvn verify}.
 */
public final class AllJar {

  private AllJar() {
  }

  public static Path path() {
    return Path.of(property("ccc.allJar"));
  }

  /**
   * A host application's own libraries (other Guava and Jackson versions) in a class loader
   * that sees nothing of the test's class path.
   */
  public static URLClassLoader hostApplication() throws IOException {
    try (Stream<Path> jars = Files.list(Path.of(property("ccc.hostApplication")))) {
      URL[] urls = jars.sorted().map(AllJar::url).toArray(URL[]::new);
      return new URLClassLoader("host-application", urls, ClassLoader.getPlatformClassLoader());
    }
  }

  /** The SLF4J 1.7 API and binding of an application that logs through them, as jar files. */
  public static List<Path> hostLogging() throws IOException {
    try (Stream<Path> jars = Files.list(Path.of(property("ccc.hostLogging")))) {
      return jars.sorted().toList();
    }
  }

  /** The jar in a class loader of its own that delegates to {@code parent} first, as tools do. */
  public static URLClassLoader load(ClassLoader parent) {
    return new URLClassLoader("ccc-jdbc-all", new URL[] {url(path())}, parent);
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(name + " is set by the failsafe plugin: run mvn verify");
    }
    return value;
  }
}
