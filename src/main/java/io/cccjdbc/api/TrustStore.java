package io.cccjdbc.api;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate authorities that TLS server certificates are checked against, read from a
 * trust store file instead of the JVM's default. Verification itself is the JDK's (PKIX) and host
 * names are still checked by OkHttp: a trust store only changes whom to trust.
 */
public final class TrustStore {

  /**
   * Stores with the same certificates share one socket factory, and so OkHttp's pooled
   * connections, whichever file or connection they came from.
   */
  private static final Cache<Set<X509Certificate>, TrustStore> BY_CERTIFICATES =
      CacheBuilder.newBuilder().maximumSize(16).build();

  private final X509TrustManager trustManager;
  private final SSLSocketFactory socketFactory;

  private TrustStore(X509TrustManager trustManager, SSLSocketFactory socketFactory) {
    this.trustManager = trustManager;
    this.socketFactory = socketFactory;
  }

  /**
   * Reads the file; it is read again on every call, so a replaced file takes effect for the
   * next connection.
   *
   * @param password null when the store has none
   * @param type a {@link KeyStore} type, such as PKCS12 or JKS
   * @throws TrustStoreException if the file is missing, unreadable, of another type, protected
   *     by another password, or holds no certificate
   */
  public static TrustStore load(Path file, String password, String type) {
    X509TrustManager trustManager = trustManager(read(file, password, type));
    X509Certificate[] issuers = trustManager.getAcceptedIssuers();
    if (issuers.length == 0) {
      throw new TrustStoreException("it holds no certificate to trust; add the certificate of the"
          + " CA that signs your network's TLS certificates" + (password == null
          ? ", and set trustStorePassword if the store has a password" : ""), null);
    }
    try {
      return BY_CERTIFICATES.get(Set.copyOf(Arrays.asList(issuers)),
          () -> new TrustStore(trustManager, socketFactory(trustManager)));
    } catch (ExecutionException e) {
      throw new TrustStoreException("TLS could not be set up with it: " + e.getCause(),
          e.getCause());
    }
  }

  X509TrustManager trustManager() {
    return trustManager;
  }

  SSLSocketFactory socketFactory() {
    return socketFactory;
  }

  private static KeyStore read(Path file, String password, String type) {
    KeyStore store;
    try {
      store = KeyStore.getInstance(type);
    } catch (KeyStoreException e) {
      throw new TrustStoreException("this Java runtime does not know the trust store type " + type
          + "; set trustStoreType to PKCS12 or JKS", e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password == null ? null : password.toCharArray());
      return store;
    } catch (NoSuchFileException e) {
      throw new TrustStoreException("there is no such file; give the path of the trust store"
          + " file", e);
    } catch (AccessDeniedException e) {
      throw new TrustStoreException("this process may not read the file; check its permissions",
          e);
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new TrustStoreException(password == null
            ? "it has a password; set trustStorePassword"
            : "trustStorePassword is not its password; check it", e);
      }
      throw new TrustStoreException("it could not be read as a " + type + " trust store (" + e
          + "); check that trustStoreType (PKCS12 or JKS) is its type and that it is a trust"
          + " store, not a certificate or key file", e);
    } catch (GeneralSecurityException e) {
      throw new TrustStoreException("a certificate in it could not be read (" + e + ")", e);
    }
  }

  private static X509TrustManager trustManager(KeyStore store) {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          return x509;
        }
      }
      throw new TrustStoreException("the Java runtime made no X.509 trust manager from it", null);
    } catch (GeneralSecurityException e) {
      throw new TrustStoreException("the Java runtime could not use it (" + e + ")", e);
    }
  }

  private static SSLSocketFactory socketFactory(X509TrustManager trustManager)
      throws GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustManager}, null);
    return context.getSocketFactory();
  }
}
