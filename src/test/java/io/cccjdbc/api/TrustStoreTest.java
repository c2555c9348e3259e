package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestCertificates;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading trust stores, and what each way of getting it wrong says. */
class TrustStoreTest {

  private static final String PASSWORD = TestCertificates.PASSWORD;

  private static String failure(Path file, String password, String type) {
    TrustStoreException e = assertThrows(TrustStoreException.class,
        () -> TrustStore.load(file, password, type));
    assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    assertFalse(e.getMessage().contains("wrong-password"), e.getMessage());
    return e.getMessage();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PKCS12", "JKS"})
  void aStoreOfEitherTypeTrustsItsCertificateAuthority(String type) {
    TrustStore store = TrustStore.load(TestCertificates.get().trustStore(type), PASSWORD, type);

    assertEquals(1, store.trustManager().getAcceptedIssuers().length);
    assertEquals("CN=ccc-jdbc test CA",
        store.trustManager().getAcceptedIssuers()[0].getSubjectX500Principal().getName());
  }

  @Test
  void storesWithTheSameCertificatesShareOneSocketFactory() {
    TrustStore first =
        TrustStore.load(TestCertificates.get().trustStore("PKCS12"), PASSWORD, "PKCS12");
    TrustStore second = TrustStore.load(TestCertificates.get().trustStore("JKS"), PASSWORD, "JKS");

    assertSame(first.socketFactory(), second.socketFactory());
  }

  @Test
  void aMissingFileSaysSo() {
    Path missing = Path.of("target", "no-such-trust-store.p12");
    assertTrue(failure(missing, PASSWORD, "PKCS12").contains("there is no such file"));
  }

  @Test
  void aWrongPasswordSaysSo() {
    String message = failure(TestCertificates.get().trustStore("PKCS12"), "wrong-password",
        "PKCS12");
    assertTrue(message.contains("trustStorePassword is not its password"), message);
  }

  @Test
  void aJksStoreWithAWrongPasswordSaysSo() {
    String message =
        failure(TestCertificates.get().trustStore("JKS"), "wrong-password", "JKS");
    assertTrue(message.contains("trustStorePassword is not its password"), message);
  }

  @Test
  void aProtectedStoreWithoutPasswordAsksForIt() {
    String message = failure(TestCertificates.get().trustStore("PKCS12"), null, "PKCS12");
    assertTrue(message.contains("set trustStorePassword"), message);
  }

  @Test
  void aCertificateFileIsNotATrustStore() {
    String message = failure(TestCertificates.get().caPem(), null, "PKCS12");
    assertTrue(message.contains("could not be read as a PKCS12 trust store"), message);
    assertTrue(message.contains("trustStoreType"), message);
  }

  @Test
  void anUnknownTypeSaysWhichOnesWork() {
    String message = failure(TestCertificates.get().trustStore("PKCS12"), PASSWORD, "PEM");
    assertTrue(message.contains("set trustStoreType to PKCS12 or JKS"), message);
  }

  @Test
  void aStoreWithoutCertificatesTrustsNothingAndSaysSo() {
    String message = failure(TestCertificates.get().emptyTrustStore(), PASSWORD, "PKCS12");
    assertTrue(message.contains("holds no certificate"), message);
  }
}
