package io.cccjdbc.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.Response;

/**
 * One signed request, ready to send once. A retry is a new call, so it gets a fresh
 * nonce, timestamp and signature.
 */
public final class ApiCall {

  private final ApiRequest request;
  private final Call call;
  private final long callTimeoutNanos;
  private final ResponseDecoder decoder;
  private final boolean logHttp;
  private final ProxySelector proxies;
  private volatile boolean canceledByCaller;
  /** Whether the deadline of the call passed before it ended, which canceled it. */
  private volatile boolean overdue;

  /**
   * @param callTimeoutNanos the most the call may take in all, sending to the last byte of the
   *     answer; 0 for no limit
   * @param proxies the client's, to name a proxy in the way when the endpoint is not reached
   */
  ApiCall(ApiRequest request, Call call, long callTimeoutNanos, long maxResponseBytes,
      boolean logHttp, ProxySelector proxies, Scrubber scrubber) {
    this.request = request;
    this.call = call;
    this.callTimeoutNanos = callTimeoutNanos;
    this.decoder = new ResponseDecoder(request, maxResponseBytes, scrubber, () -> overdue);
    this.logHttp = logHttp;
    this.proxies = proxies;
  }

  public ApiRequest request() {
    return request;
  }

  /** Stops the call from any thread; a blocked {@link #execute()} then fails promptly. */
  public void cancel() {
    canceledByCaller = true;
    call.cancel();
  }

  public boolean isCanceled() {
    return call.isCanceled();
  }

  /** Sends the request as a first attempt; see {@link #execute(int)}. */
  public Page execute() {
    return execute(0);
  }

  /**
   * Sends the request and decodes the answer: its {@code Data} as a page (an object is a
   * page of one).
   *
   * @param retry how many times the same request was sent before, as the HTTP log shows it
   * @throws CccApiException if the service answered with an error code
   * @throws CccTransportException if no usable answer arrived
   */
  public Page execute(int retry) {
    long started = System.nanoTime();
    try {
      ResponseDecoder.Answer answer = send();
      if (logHttp) {
        HttpLog.answered(request, retry, answer.status(), answer.requestId(), started);
      }
      return answer.data();
    } catch (CccException e) {
      if (logHttp) {
        HttpLog.failed(request, retry, e, started);
      }
      throw e;
    }
  }

  private void expire() {
    overdue = true;
    call.cancel();
  }

  private ResponseDecoder.Answer send() {
    try (CallDeadlines.Watch deadline = callTimeoutNanos > 0
            ? CallDeadlines.shared().watch(callTimeoutNanos, this::expire)
            : null;
        Response response = call.execute()) {
      return decoder.decode(response);
    } catch (CccException e) {
      throw e;
    } catch (SocketTimeoutException e) {
      throw new CccTransportException(request, "timed out waiting for " + target()
          + " (" + e.getMessage() + "); raise readTimeout or check the network", true, e);
    } catch (IOException e) {
      if (overdue && !canceledByCaller) {
        throw new CccTransportException(request, "no answer within the deadline of one call"
            + " (connectTimeout + " + HttpSettings.CALL_TIMEOUT_READS + " x readTimeout); raise"
            + " readTimeout or check the network", false, CallDeadlines.timedOut(e));
      }
      if (e instanceof InterruptedIOException) {
        throw new CccTransportException(request, "interrupted", false, e);
      }
      if (e instanceof ProxyAuthenticationException) {
        throw new CccTransportException(request, e.getMessage(), false, e);
      }
      if (e instanceof SSLPeerUnverifiedException) {
        throw new CccTransportException(request, "the TLS certificate of " + host()
            + " was not issued for that host name (" + oneLine(e.getMessage()) + "); check that"
            + " endpoint names the service's host", false, e);
      }
      if (call.isCanceled()) {
        throw new CccTransportException(request, "canceled", false, e);
      }
      if (e instanceof SSLHandshakeException && isCertificateProblem(e)) {
        throw new CccTransportException(request, "the TLS certificate of " + host()
            + " is not trusted (" + oneLine(e.getMessage()) + "). If your network re-signs TLS"
            + " traffic with its own certificate authority, set trustStore to a trust store"
            + " holding that CA's certificate", false, e);
      }
      throw new CccTransportException(request, "could not reach " + target() + ": " + e, true, e);
    }
  }

  private static boolean isCertificateProblem(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CertificateException || t instanceof CertPathBuilderException
          || t instanceof CertPathValidatorException) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(String text) {
    return String.valueOf(text).strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private String host() {
    return call.request().url().host();
  }

  /** The host, and the proxy when there is one: an unreachable proxy is not the endpoint's fault. */
  private String target() {
    for (Proxy proxy : proxies.select(call.request().url().uri())) {
      if (proxy.type() == Proxy.Type.HTTP) {
        return host() + " through the HTTP proxy " + HttpProxy.name(proxy.address());
      }
    }
    return host();
  }
}
