package io.cccjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the -all jar holds: ours, Calcite and SQLLine as they are; the rest relocated. */
class AllJarContentsIT {

  private static final List<String> KEPT_AS_IS = List.of(
      "io/cccjdbc/",          // the driver, and every relocated library under io/cccjdbc/shaded/
      "org/apache/calcite/",  // Calcite, Avatica and linq4j: the engine, kept as it is
      "sqlline/");            // the shell, loaded only by java -jar
  private static final Pattern VERSIONED = Pattern.compile("^META-INF/versions/\\d+/");
  private static final String SERVICES = "META-INF/services/";

  private static JarFile jar;

  @BeforeAll
  static void open() throws IOException {
    jar = new JarFile(AllJar.path().toFile());
  }

  @AfterAll
  static void close() throws IOException {
    jar.close();
  }

  @Test
  void everyThirdPartyClassIsRelocated() {
    List<String> unrelocated = new ArrayList<>();
    for (String name : classEntries()) {
      String path = VERSIONED.matcher(name).replaceFirst("");
      if (KEPT_AS_IS.stream().noneMatch(path::startsWith)) {
        unrelocated.add(name);
      }
    }
    assertEquals(List.of(), unrelocated);
  }

  @Test
  void multiReleaseClassesLiveInRelocatedBasePackages() throws IOException {
    List<String> versioned =
        classEntries().stream().filter(n -> VERSIONED.matcher(n).find()).toList();

    assertFalse(versioned.isEmpty(), "Jackson ships classes for Java 11, 17 and 21");
    for (String name : versioned) {
      String base = VERSIONED.matcher(name).replaceFirst("");
      // XZ for Java adds classes of its own for Java 9; Jackson's override base classes.
      String basePackage = base.substring(0, base.lastIndexOf('/') + 1);
      assertNotNull(jar.getEntry(basePackage), name + " is in no package of the base classes");
    }
    assertEquals("true", jar.getManifest().getMainAttributes().getValue("Multi-Release"));
  }

  @Test
  void onlyTheCccDriverIsRegistered() throws IOException {
    assertEquals(List.of("io.cccjdbc.jdbc.CccDriver"), providers(SERVICES + "java.sql.Driver"));
  }

  @Test
  void serviceFilesNameRelocatedInterfacesAndClassesInTheJar() throws IOException {
    List<String> services = Collections.list(jar.entries()).stream()
        .map(JarEntry::getName)
        .filter(n -> n.startsWith(SERVICES) && !n.equals(SERVICES))
        .toList();

    assertFalse(services.isEmpty());
    for (String service : services) {
      String type = service.substring(SERVICES.length());
      if (!type.startsWith("java.")) {
        assertNotNull(jar.getEntry(classEntry(type)), service + " names a type not in the jar");
      }
      for (String provider : providers(service)) {
        assertNotNull(jar.getEntry(classEntry(provider)), service + " lists missing " + provider);
      }
    }
  }

  @Test
  void theRelocatedSlf4jFindsTheProviderThatHandsEventsToTheApplication() throws IOException {
    assertEquals(List.of("io.cccjdbc.jdbc.HostSlf4jProvider"),
        providers(SERVICES + "io.cccjdbc.shaded.org.slf4j.spi.SLF4JServiceProvider"));
    assertEquals(null, jar.getEntry(SERVICES + "org.slf4j.spi.SLF4JServiceProvider"));
  }

  @Test
  void saffronPropertiesStaysAtTheRoot() {
    assertNotNull(jar.getEntry("saffron.properties"));
  }

  private static List<String> classEntries() {
    return Collections.list(jar.entries()).stream()
        .map(JarEntry::getName)
        .filter(n -> n.endsWith(".class"))
        .toList();
  }

  private static String classEntry(String className) {
    return className.replace('.', '/') + ".class";
  }

  private static List<String> providers(String service) throws IOException {
    try (InputStream in = jar.getInputStream(jar.getEntry(service))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(line -> line.replaceFirst("#.*", "").strip())
          .filter(line -> !line.isEmpty())
          .toList();
    }
  }
}
