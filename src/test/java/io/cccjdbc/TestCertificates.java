package io.cccjdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A throw-away certificate authority and two server certificates it signed, one for
 * {@code 127.0.0.1} and {@code localhost} and one for another host name. Made once per test run
 * with the JDK's keytool, so the test needs no library for X.509.
 */
public final class TestCertificates {

  public static final String PASSWORD = "test-store-password";

  private static TestCertificates made;

  private final Path directory;
  private final Certificate ca;
  private final Key serverKey;
  private final Certificate loopbackCertificate;
  private final Certificate wrongHostCertificate;

  private TestCertificates(Path directory) throws IOException, GeneralSecurityException {
    this.directory = directory;
    keytool("-genkeypair", "-alias", "ca", "-dname", "CN=ccc-jdbc test CA", "-ext", "bc:c",
        "-keystore", "ca.p12", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2");
    keytool("-genkeypair", "-alias", "server", "-dname", "CN=ccc-jdbc test server",
        "-keystore", "server.p12", "-keyalg", "EC", "-groupname", "secp256r1");
    keytool("-certreq", "-alias", "server", "-keystore", "server.p12", "-file", "server.csr");
    keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile", "server.csr",
        "-outfile", "loopback.crt", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2");
    keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile", "server.csr",
        "-outfile", "wrong-host.crt", "-ext", "SAN=dns:wrong-host.example", "-validity", "2");
    ca = load("ca.p12").getCertificate("ca");
    serverKey = load("server.p12").getKey("server", PASSWORD.toCharArray());
    loopbackCertificate = certificate("loopback.crt");
    wrongHostCertificate = certificate("wrong-host.crt");
  }

  public static synchronized TestCertificates get() {
    if (made == null) {
      try {
        Path directory = Files.createTempDirectory("ccc-jdbc-tls");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(directory)));
        made = new TestCertificates(directory);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    return made;
  }

  private static void deleteAll(Path directory) {
    try (var files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }

  /** A server context presenting the certificate for 127.0.0.1 and localhost. */
  public SSLContext loopbackServer() {
    return server(loopbackCertificate);
  }

  /** A server context presenting a certificate the CA issued for wrong-host.example. */
  public SSLContext wrongHostServer() {
    return server(wrongHostCertificate);
  }

  /** A new trust store file of this type holding the CA, protected by {@link #PASSWORD}. */
  public Path trustStore(String type) {
    return store(type, List.of(ca));
  }

  /** A new trust store file with no certificate in it. */
  public Path emptyTrustStore() {
    return store("PKCS12", List.of());
  }

  /** The CA certificate as a PEM file: a certificate, not a trust store. */
  public Path caPem() {
    try {
      Path file = Files.createTempFile(directory, "ca", ".pem");
      Files.writeString(file, "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder().encodeToString(ca.getEncoded())
          + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path store(String type, List<Certificate> certificates) {
    try {
      KeyStore store = KeyStore.getInstance(type);
      store.load(null, null);
      for (int i = 0; i < certificates.size(); i++) {
        store.setCertificateEntry("ca" + i, certificates.get(i));
      }
      Path file = Files.createTempFile(directory, "trust", "." + type.toLowerCase(Locale.ROOT));
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, PASSWORD.toCharArray());
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private SSLContext server(Certificate certificate) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("server", serverKey, PASSWORD.toCharArray(),
          new Certificate[] {certificate, ca});
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, PASSWORD.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private KeyStore load(String name) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(directory.resolve(name))) {
      store.load(in, PASSWORD.toCharArray());
    }
    return store;
  }

  private Certificate certificate(String name) throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(directory.resolve(name))) {
      return CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  private void keytool(String... arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    command.addAll(List.of(arguments));
    command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IOException("keytool " + String.join(" ", arguments) + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running keytool", e);
    }
  }
}
