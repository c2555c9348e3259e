package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestCertificates;
import io.cccjdbc.TestEmulator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The driver against an HTTPS emulator whose certificate a test CA signed, as on a network that
 * re-signs TLS: trusted only through trustStore, and host names are checked all the same.
 */
class TrustStoreTlsTest {

  private static final String QUERY = "SELECT COUNT(*) FROM instances WHERE instance_id = 'ccc-test'";
  private static final String NO_CACHE = "cacheTtl=0";
  private static final String STORE_PASSWORD = "trustStorePassword=" + TestCertificates.PASSWORD;

  private static TestCertificates certificates;
  private static TestEmulator emulator;

  @BeforeAll
  static void start() {
    certificates = TestCertificates.get();
    emulator = TestEmulator.demoOverHttps(certificates.loopbackServer());
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static String trustStore(String type) {
    return "trustStore='" + certificates.trustStore(type) + "'";
  }

  private static long count(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(QUERY)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static SQLException queryFailure(TestEmulator target, String... settings) {
    return assertThrows(SQLException.class, () -> {
      try (Connection connection = target.connect(settings)) {
        count(connection);
      }
    });
  }

  private static SQLException connectFailure(String... settings) {
    SQLException e = assertThrows(SQLException.class, () -> emulator.connect(settings).close());
    assertEquals("08001", e.getSQLState());
    assertFalse(e.getMessage().contains(TestCertificates.PASSWORD), e.getMessage());
    return e;
  }

  @ParameterizedTest
  @ValueSource(strings = {"PKCS12", "JKS"})
  void withTheCaInTrustStoreQueriesSucceedOverHttps(String type) throws SQLException {
    assertTrue(emulator.endpoint().startsWith("https://127.0.0.1:"), emulator.endpoint());
    try (Connection connection = emulator.connect(NO_CACHE, trustStore(type), STORE_PASSWORD,
        "trustStoreType=" + type)) {
      assertEquals(1, count(connection));
    }
  }

  @Test
  void withTheJvmsDefaultTrustTheCertificateIsRefusedAndTrustStoreSuggested() {
    SQLException e = queryFailure(emulator, NO_CACHE);

    assertTrue(e.getMessage().contains("the TLS certificate of 127.0.0.1 is not trusted"),
        e.getMessage());
    assertTrue(e.getMessage().contains("set trustStore"), e.getMessage());
    assertInstanceOf(SQLNonTransientConnectionException.class, e);
  }

  @Test
  void aCertificateForAnotherHostIsRefusedEvenWhenItsCaIsTrusted() {
    try (TestEmulator wrongHost = TestEmulator.demoOverHttps(certificates.wrongHostServer())) {
      SQLException e = queryFailure(wrongHost, NO_CACHE, trustStore("PKCS12"), STORE_PASSWORD);

      assertTrue(e.getMessage().contains(
          "the TLS certificate of 127.0.0.1 was not issued for that host name"), e.getMessage());
      assertTrue(e.getMessage().contains("wrong-host.example"), e.getMessage());
      assertEquals(0, wrongHost.totalCalls());
    }
  }

  @Test
  void aMissingTrustStoreFailsTheConnection() {
    SQLException e = connectFailure("trustStore=target/no-such-store.p12");

    assertEquals("Cannot use trustStore 'target/no-such-store.p12': there is no such file; give"
        + " the path of the trust store file.", e.getMessage());
  }

  @Test
  void aWrongTrustStorePasswordFailsTheConnection() {
    SQLException e = connectFailure(trustStore("PKCS12"), "trustStorePassword=Wr0ng-Pass");

    assertTrue(e.getMessage().endsWith(": trustStorePassword is not its password; check it."),
        e.getMessage());
    assertFalse(e.getMessage().contains("Wr0ng-Pass"), e.getMessage());
  }

  @Test
  void aFileOfAnotherKindFailsTheConnectionNamingTrustStoreType() {
    SQLException e = connectFailure("trustStore='" + certificates.caPem() + "'");

    assertTrue(e.getMessage().contains("could not be read as a PKCS12 trust store"),
        e.getMessage());
    assertTrue(e.getMessage().contains("check that trustStoreType (PKCS12 or JKS) is its type"),
        e.getMessage());
  }

  @Test
  void aTrustStorePasswordWithoutTrustStoreIsAnError() {
    SQLException e = connectFailure(STORE_PASSWORD);

    assertTrue(e.getMessage().startsWith("trustStorePassword is set but trustStore is not"),
        e.getMessage());
  }
}
