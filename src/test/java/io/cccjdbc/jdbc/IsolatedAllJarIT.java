package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.base.Strings;
import io.cccjdbc.AllJar;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The -all jar as a BI tool loads it: its class loader asks first a host application's loader,
 * which holds Guava 19 and Jackson 2.12 (the test class path holds other versions; neither
 * loader sees it), and the host's loader is the thread's context class loader. Only relocation
 * keeps the driver off the host's libraries; every answer must equal the class path driver's.
 */
class IsolatedAllJarIT {

  private static final String DEMO = CccDriver.URL_PREFIX + "demo=true";

  private static URLClassLoader host;
  private static URLClassLoader allJar;
  private static Connection isolated;
  private static Connection reference;

  @BeforeAll
  static void connect() throws Exception {
    host = AllJar.hostApplication();
    allJar = AllJar.load(host);
    isolated = asHost(() -> driversInTheJar().get(0).connect(DEMO, new Properties()));
    reference = new CccDriver().connect(DEMO, new Properties());
  }

  @AfterAll
  static void close() throws Exception {
    asHost(() -> {
      isolated.close();
      return null;
    });
    reference.close();
    allJar.close();
    host.close();
  }

  @Test
  void theOnlyDriverFoundIsCccDriverFromTheJar() throws Exception {
    List<Driver> drivers = asHost(IsolatedAllJarIT::driversInTheJar);

    assertEquals(1, drivers.size());
    assertEquals(CccDriver.class.getName(), drivers.get(0).getClass().getName());
    assertSame(allJar, drivers.get(0).getClass().getClassLoader());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM instances ORDER BY instance_id",
      "SELECT * FROM admins ORDER BY instance_id, user_id",
      "SELECT * FROM numbers ORDER BY instance_id, number",
      "SELECT * FROM number_skill_groups ORDER BY instance_id, number, skill_group_id",
      "SELECT n.number, n.city, g.display_name FROM numbers n JOIN number_skill_groups g"
          + " ON g.instance_id = n.instance_id AND g.number = n.number ORDER BY 1, 3",
      "SELECT province, count(*), sum(CASE WHEN active THEN 1 ELSE 0 END) FROM numbers"
          + " GROUP BY province ORDER BY province NULLS FIRST",
      "SELECT number, row_number() OVER (PARTITION BY instance_id ORDER BY number),"
          + " count(*) OVER (PARTITION BY province) FROM numbers ORDER BY number",
      "SELECT number, city FROM numbers WHERE city LIKE '%山%' OR city = '杭州' ORDER BY number",
      "SELECT instance_id FROM instances UNION SELECT instance_id FROM numbers ORDER BY 1",
      "EXPLAIN PLAN FOR SELECT * FROM numbers WHERE instance_id = 'ccc-test'",
      "SELECT JSON_VALUE('{\"a\":[{\"x\":1},{\"x\":2,\"y\":\"q\"}]}', 'lax $.a[1].y'),"
          + " JSON_QUERY('{\"a\":[{\"x\":1},{\"x\":2}]}', 'lax $.a[?(@.x > 1)]' WITH WRAPPER)"
          + " FROM instances",
      "SELECT md5(number), soundex('Hangzhou'), difference('Robert', 'Rupert'),"
          + " FLOOR(TIMESTAMP '2024-05-06 07:08:09' TO HOUR) FROM numbers ORDER BY number"})
  void queryAnswersAsOnTheClassPath(String sql) throws Exception {
    CanonicalRows rows = asHost(() -> query(isolated, sql));

    assertFalse(rows.rows().isEmpty(), sql);
    assertEquals(query(reference, sql).describe(), rows.describe(), sql);
  }

  @Test
  void preparedStatementAnswersAsOnTheClassPath() throws Exception {
    String sql = "SELECT number FROM numbers WHERE province = ? AND active = ? ORDER BY number";

    CanonicalRows rows = asHost(() -> prepared(isolated, sql));

    assertFalse(rows.rows().isEmpty());
    assertEquals(prepared(reference, sql).describe(), rows.describe());
  }

  @Test
  void metadataAnswersAsOnTheClassPath() throws Exception {
    for (MetaDataCall call : List.<MetaDataCall>of(
        meta -> meta.getTables(null, null, "%", null),
        meta -> meta.getColumns(null, null, "%", "%"),
        meta -> meta.getPrimaryKeys(null, "ccc", "number_skill_groups"),
        meta -> meta.getImportedKeys(null, "ccc", "number_skill_groups"))) {
      CanonicalRows rows = asHost(() -> CanonicalRows.read(call.on(isolated.getMetaData())));

      assertFalse(rows.rows().isEmpty());
      CanonicalRows expected = CanonicalRows.read(call.on(reference.getMetaData()));
      assertEquals(expected.describe(), rows.describe());
    }
  }

  @Test
  void hostLibrariesAreLoadedBesideTheTestsOwnAndTheJarsRelocatedOnes() throws Exception {
    Class<?> hostGuava = host.loadClass("com.google.common.base.Strings");
    Class<?> jarGuava = allJar.loadClass("io.cccjdbc.shaded.com.google.common.base.Strings");

    assertSame(hostGuava, allJar.loadClass(Strings.class.getName()), "the jar sees the host's");
    assertEquals("guava-19.0.jar", jarName(hostGuava));
    assertNotEquals(jarName(hostGuava), jarName(Strings.class));
    assertEquals(AllJar.path().getFileName().toString(), jarName(jarGuava));

    String jackson = "com.fasterxml.jackson.databind.cfg.PackageVersion";
    assertEquals("2.12.7", version(host.loadClass(jackson)));
    assertNotEquals("2.12.7", version(Class.forName(jackson)));
    assertEquals(version(Class.forName(jackson)),
        version(allJar.loadClass("io.cccjdbc.shaded." + jackson)));
  }

  private static List<Driver> driversInTheJar() {
    return ServiceLoader.load(Driver.class, allJar).stream()
        .map(ServiceLoader.Provider::get)
        .toList();
  }

  private static CanonicalRows query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return CanonicalRows.read(statement.executeQuery(sql));
    }
  }

  private static CanonicalRows prepared(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, "浙江");
      statement.setBoolean(2, true);
      return CanonicalRows.read(statement.executeQuery());
    }
  }

  private static String jarName(Class<?> type) {
    String location = type.getProtectionDomain().getCodeSource().getLocation().getPath();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static String version(Class<?> packageVersion) throws ReflectiveOperationException {
    return packageVersion.getField("VERSION").get(null).toString();
  }

  /** Runs as the host application would: its loader is the thread's context class loader. */
  private static <T> T asHost(HostCall<T> call) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(host);
    try {
      return call.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private interface HostCall<T> {
    T run() throws Exception;
  }

  private interface MetaDataCall {
    ResultSet on(DatabaseMetaData meta) throws SQLException;
  }
}
