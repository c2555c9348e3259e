package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestCertificates;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.TestProxy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The driver behind an HTTP proxy that the test runs on loopback: which requests pass through
 * it, and proxy authentication. Loopback is on the default bypass list, so these tests route
 * 127.0.0.1 through the proxy by giving a list without it. The emulator serves HTTPS, so what
 * passes the proxy is a CONNECT tunnel: a signed request never crosses a proxy in clear text.
 */
class ProxyTest {

  private static final String QUERY = "SELECT COUNT(*) FROM instances WHERE instance_id = 'ccc-test'";
  private static final String PROXY_PASSWORD = "Pr0xy-Secret-9";
  /** Every statement goes to the API, so every one is seen or not seen by the proxy. */
  private static final String NO_CACHE = "cacheTtl=0";
  private static final String LOOPBACK_VIA_PROXY = "nonProxyHosts=localhost";

  private static TestEmulator emulator;
  /** The settings that make the driver trust the emulator's test certificate. */
  private static String trust;

  @BeforeAll
  static void start() {
    TestCertificates certificates = TestCertificates.get();
    emulator = TestEmulator.demoOverHttps(certificates.loopbackServer());
    trust = "trustStore='" + certificates.trustStore("PKCS12") + "';trustStorePassword="
        + TestCertificates.PASSWORD;
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static String proxyAt(TestProxy proxy) {
    return "proxyHost=127.0.0.1;proxyPort=" + proxy.port();
  }

  private static long count(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(QUERY)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static SQLException failure(String url, Properties info) {
    SQLException e = assertThrows(SQLException.class, () -> {
      try (Connection connection = DriverManager.getConnection(url, info)) {
        count(connection);
      }
    });
    assertFalse(e.getMessage().contains(PROXY_PASSWORD), e.getMessage());
    return e;
  }

  private static Properties proxyLogin(String user, String password) {
    Properties info = new Properties();
    info.setProperty("proxyUser", user);
    info.setProperty("proxyPassword", password);
    return info;
  }

  @Test
  void queriesGoThroughTheProxy() throws SQLException {
    try (TestProxy proxy = TestProxy.start();
        Connection connection =
            emulator.connect(trust, NO_CACHE, proxyAt(proxy), LOOPBACK_VIA_PROXY)) {
      long before = emulator.getInstanceCalls();
      assertEquals(1, count(connection));
      assertEquals(1, count(connection));

      // Both requests went through one tunnel, kept open between them.
      assertEquals(List.of("CONNECT 127.0.0.1:" + emulator.port()), proxy.passed());
      assertEquals(before + 2, emulator.getInstanceCalls());
    }
  }

  @Test
  void aPlainHttpEndpointIsNeverReachedThroughAProxy() throws SQLException {
    try (TestEmulator plain = TestEmulator.demo();
        TestProxy proxy = TestProxy.start();
        JvmProxySettings jvm = JvmProxySettings.set(proxy.port());
        Connection viaProperty = plain.connect(NO_CACHE, proxyAt(proxy), LOOPBACK_VIA_PROXY);
        Connection viaJvm = plain.connect(NO_CACHE)) {
      assertEquals(1, count(viaProperty));
      assertEquals(1, count(viaJvm));

      assertEquals(List.of(), proxy.passed());
      assertEquals(2, plain.getInstanceCalls());
    }
  }

  @Test
  void loopbackBypassesTheProxyByDefault() throws SQLException {
    try (TestProxy proxy = TestProxy.start();
        Connection connection = emulator.connect(trust, NO_CACHE, proxyAt(proxy))) {
      assertEquals(1, count(connection));

      assertEquals(List.of(), proxy.passed());
    }
  }

  @Test
  void hostsMatchingNonProxyHostsBypassTheProxy() throws SQLException {
    try (TestProxy proxy = TestProxy.start();
        Connection connection = emulator.connect(trust, NO_CACHE, proxyAt(proxy),
            "nonProxyHosts='*.corp.example|127.0.0.*'")) {
      assertEquals(1, count(connection));

      assertEquals(List.of(), proxy.passed());
    }
  }

  @Test
  void proxyCredentialsAnswerTheProxysChallenge() throws SQLException {
    try (TestProxy proxy = TestProxy.requiringBasic("alice", PROXY_PASSWORD);
        Connection connection = DriverManager.getConnection(
            emulator.url(trust, NO_CACHE, proxyAt(proxy), LOOPBACK_VIA_PROXY),
            proxyLogin("alice", PROXY_PASSWORD))) {
      assertEquals(1, count(connection));

      assertEquals(1, proxy.challenges(), "credentials are sent when asked for, not before");
      assertEquals(List.of("CONNECT 127.0.0.1:" + emulator.port()), proxy.passed());
    }
  }

  @Test
  void aWrongProxyPasswordFailsNamingTheProxyAndTheProperties() {
    try (TestProxy proxy = TestProxy.requiringBasic("alice", "the-right-one")) {
      SQLException e = failure(emulator.url(trust, NO_CACHE, proxyAt(proxy), LOOPBACK_VIA_PROXY),
          proxyLogin("alice", PROXY_PASSWORD));

      assertTrue(e.getMessage().contains("the HTTP proxy 127.0.0.1:" + proxy.port()
          + " refused the credentials given in proxyUser and proxyPassword"), e.getMessage());
      assertInstanceOf(SQLNonTransientConnectionException.class, e);
      assertEquals(2, proxy.challenges(), "one answer, not retried");
      assertEquals(List.of(), proxy.passed());
    }
  }

  @Test
  void aProxyAskingForCredentialsSaysWhichPropertiesToSet() {
    try (TestProxy proxy = TestProxy.requiringBasic("alice", PROXY_PASSWORD)) {
      SQLException e = failure(emulator.url(trust, NO_CACHE, proxyAt(proxy), LOOPBACK_VIA_PROXY),
          new Properties());

      assertTrue(e.getMessage().contains("the HTTP proxy 127.0.0.1:" + proxy.port()
          + " asks for a user name and password (HTTP 407); set proxyUser and proxyPassword"),
          e.getMessage());
    }
  }

  @Test
  void aProxyOfferingOnlyAnotherSchemeIsReportedAsSuch() {
    try (TestProxy proxy = TestProxy.offeringOnly("NTLM")) {
      SQLException e = failure(emulator.url(trust, NO_CACHE, proxyAt(proxy), LOOPBACK_VIA_PROXY),
          proxyLogin("alice", PROXY_PASSWORD));

      assertTrue(e.getMessage().contains("the HTTP proxy 127.0.0.1:" + proxy.port()
          + " asks for authentication by NTLM (HTTP 407), and ccc-jdbc answers only Basic"),
          e.getMessage());
      assertEquals(1, proxy.challenges(), "no credentials were sent");
    }
  }

  @Test
  void httpsPassesTheProxyInAnAuthenticatedConnectTunnel() throws SQLException {
    TestCertificates certificates = TestCertificates.get();
    try (TestEmulator https = TestEmulator.demoOverHttps(certificates.loopbackServer());
        TestProxy proxy = TestProxy.requiringBasic("alice", PROXY_PASSWORD);
        Connection connection = DriverManager.getConnection(
            https.url(NO_CACHE, proxyAt(proxy), LOOPBACK_VIA_PROXY,
                "trustStore='" + certificates.trustStore("PKCS12") + "'",
                "trustStorePassword=" + TestCertificates.PASSWORD),
            proxyLogin("alice", PROXY_PASSWORD))) {
      assertEquals(1, count(connection));

      assertEquals(List.of("CONNECT 127.0.0.1:" + https.port()), proxy.passed());
      assertEquals(1, proxy.challenges(), "credentials are sent when asked for, not before");
      assertEquals(1, https.getInstanceCalls());
    }
  }

  @Test
  void httpsPassesAProxyThatAsksForNoCredentials() throws SQLException {
    TestCertificates certificates = TestCertificates.get();
    try (TestEmulator https = TestEmulator.demoOverHttps(certificates.loopbackServer());
        TestProxy proxy = TestProxy.start();
        Connection connection = https.connect(NO_CACHE, proxyAt(proxy), LOOPBACK_VIA_PROXY,
            "trustStore='" + certificates.trustStore("PKCS12") + "'",
            "trustStorePassword=" + TestCertificates.PASSWORD)) {
      assertEquals(1, count(connection));

      assertEquals(List.of("CONNECT 127.0.0.1:" + https.port()), proxy.passed());
    }
  }

  @Test
  void aTunnelRefusedForAWrongPasswordFailsNamingTheProxy() {
    TestCertificates certificates = TestCertificates.get();
    try (TestEmulator https = TestEmulator.demoOverHttps(certificates.loopbackServer());
        TestProxy proxy = TestProxy.requiringBasic("alice", "the-right-one")) {
      SQLException e = failure(https.url(NO_CACHE, proxyAt(proxy), LOOPBACK_VIA_PROXY,
              "trustStore='" + certificates.trustStore("PKCS12") + "'",
              "trustStorePassword=" + TestCertificates.PASSWORD),
          proxyLogin("alice", PROXY_PASSWORD));

      assertTrue(e.getMessage().contains("the HTTP proxy 127.0.0.1:" + proxy.port()
          + " refused the credentials"), e.getMessage());
      assertEquals(0, https.totalCalls());
    }
  }

  @Test
  void anUnreachableProxyIsNamedInTheError() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    SQLException e = failure(emulator.url(trust, NO_CACHE, "maxRetries=0", "proxyHost=127.0.0.1",
        "proxyPort=" + closedPort, LOOPBACK_VIA_PROXY), new Properties());

    assertTrue(e.getMessage().contains("could not reach 127.0.0.1 through the HTTP proxy"
        + " 127.0.0.1:" + closedPort), e.getMessage());
  }

  @Test
  void withoutProxyHostTheJvmProxySettingsAreUsed() throws SQLException {
    // An emulator of its own: a pooled direct connection to the shared one would be reused.
    try (TestEmulator own = TestEmulator.demoOverHttps(TestCertificates.get().loopbackServer());
        TestProxy proxy = TestProxy.start();
        JvmProxySettings jvm = JvmProxySettings.set(proxy.port());
        Connection connection = own.connect(trust, NO_CACHE)) {
      assertEquals(1, count(connection));

      assertEquals(List.of("CONNECT 127.0.0.1:" + own.port()), proxy.passed());
    }
  }

  @Test
  void proxyCredentialsAlsoAnswerTheJvmsProxy() throws SQLException {
    try (TestEmulator own = TestEmulator.demoOverHttps(TestCertificates.get().loopbackServer());
        TestProxy proxy = TestProxy.requiringBasic("alice", PROXY_PASSWORD);
        JvmProxySettings jvm = JvmProxySettings.set(proxy.port());
        Connection connection = DriverManager.getConnection(own.url(trust, NO_CACHE),
            proxyLogin("alice", PROXY_PASSWORD))) {
      assertEquals(1, count(connection));

      assertEquals(List.of("CONNECT 127.0.0.1:" + own.port()), proxy.passed());
    }
  }

  @Test
  void proxyHostOverridesTheJvmProxySettings() throws SQLException {
    try (TestProxy jvmProxy = TestProxy.start();
        TestProxy ours = TestProxy.start();
        JvmProxySettings jvm = JvmProxySettings.set(jvmProxy.port());
        Connection connection = emulator.connect(trust, NO_CACHE, proxyAt(ours), LOOPBACK_VIA_PROXY)) {
      assertEquals(1, count(connection));

      assertEquals(List.of("CONNECT 127.0.0.1:" + emulator.port()), ours.passed());
      assertEquals(List.of(), jvmProxy.passed());
    }
  }

  /** The JVM's standard proxy properties pointed at a proxy for loopback, restored on close. */
  private static final class JvmProxySettings implements AutoCloseable {

    private static final List<String> NAMES =
        List.of("http.proxyHost", "http.proxyPort", "https.proxyHost", "https.proxyPort",
            "http.nonProxyHosts");

    private final Properties saved = new Properties();

    static JvmProxySettings set(int port) {
      JvmProxySettings settings = new JvmProxySettings();
      for (String name : NAMES) {
        String value = System.getProperty(name);
        if (value != null) {
          settings.saved.setProperty(name, value);
        }
      }
      for (String scheme : List.of("http", "https")) {
        System.setProperty(scheme + ".proxyHost", "127.0.0.1");
        System.setProperty(scheme + ".proxyPort", Integer.toString(port));
      }
      // Empty, not absent: the JVM adds loopback to any other list.
      System.setProperty("http.nonProxyHosts", "");
      return settings;
    }

    @Override
    public void close() {
      for (String name : NAMES) {
        String value = saved.getProperty(name);
        if (value == null) {
          System.clearProperty(name);
        } else {
          System.setProperty(name, value);
        }
      }
    }
  }
}
