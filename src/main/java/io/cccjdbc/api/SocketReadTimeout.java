package io.cccjdbc.api;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The read timeout (the longest wait for the next byte) as the socket's own timeout,
 * {@code SO_TIMEOUT}, which a blocking read honours by itself. OkHttp, given a read timeout,
 * sets it as {@code SO_TIMEOUT} too, but also guards every read with Okio's watchdog thread,
 * which is signalled on each read that starts: a futex wake of another thread per read. So the
 * HTTP client is given no read timeout, and this puts it back on the socket at two moments:
 * <ul>
 *   <li>while a connection is set up (a TLS handshake, a proxy's tunnel), through the sockets
 *       this factory makes: OkHttp asks them for no timeout, they keep this one;</li>
 *   <li>before each request, as a network interceptor, on the connection the request goes out
 *       on: connections are pooled across clients whose read timeouts may differ, and OkHttp
 *       resets the timeout of a connection to the client's (none) when it takes it.</li>
 * </ul>
 * This holds for HTTP/1.1 only, where one socket carries one request at a time; the client
 * must not speak HTTP/2.
 */
final class SocketReadTimeout extends SocketFactory implements Interceptor {

  private final int millis;

  SocketReadTimeout(int millis) {
    if (millis <= 0) {
      throw new IllegalArgumentException("a read timeout must be positive: " + millis);
    }
    this.millis = millis;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    if (connection != null) {
      connection.socket().setSoTimeout(millis);
    }
    return chain.proceed(chain.request());
  }

  @Override
  public Socket createSocket() {
    return new ConnectingSocket(millis);
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return connected(new InetSocketAddress(host, port),
        new InetSocketAddress(localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
      int localPort) throws IOException {
    return connected(new InetSocketAddress(address, port),
        new InetSocketAddress(localAddress, localPort));
  }

  private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
    Socket socket = createSocket();
    try {
      if (local != null) {
        socket.bind(local);
      }
      socket.connect(remote);
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  /**
   * Reads time out after the read timeout even when asked for none, until the first request
   * sets a timeout of its own: from then on, what is set is what holds.
   */
  private static final class ConnectingSocket extends Socket {

    private final int connectingMillis;
    private boolean connecting = true;

    ConnectingSocket(int connectingMillis) {
      this.connectingMillis = connectingMillis;
    }

    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
      if (timeout != 0) {
        connecting = false;
      }
      super.setSoTimeout(timeout == 0 && connecting ? connectingMillis : timeout);
    }
  }
}
