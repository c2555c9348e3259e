package io.cccjdbc;

import com.google.common.net.InetAddresses;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP proxy on 127.0.0.1: it forwards absolute-form requests ({@code GET http://...})
 * and tunnels {@code CONNECT}, to loopback targets only, optionally demanding Basic credentials,
 * and records the target of every request it let through. One request per client connection,
 * answered with {@code Connection: close}.
 */
public final class TestProxy implements AutoCloseable {

  private final ServerSocket server;
  private final String expectedAuthorization;
  private final String challenge;
  private final List<String> passed = new CopyOnWriteArrayList<>();
  private final AtomicInteger challenges = new AtomicInteger();
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;

  private TestProxy(String expectedAuthorization, String challenge) {
    this.expectedAuthorization = expectedAuthorization;
    this.challenge = challenge;
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    acceptor = daemon("test-proxy-accept", this::acceptAll);
  }

  public static TestProxy start() {
    return new TestProxy(null, null);
  }

  /** A proxy that answers 407 to any request without these Basic credentials. */
  public static TestProxy requiringBasic(String user, String password) {
    return new TestProxy("Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
        "Basic realm=\"test\"");
  }

  /** A proxy that answers 407 to every request, offering only this scheme, such as NTLM. */
  public static TestProxy offeringOnly(String scheme) {
    return new TestProxy(scheme + " never-matches", scheme);
  }

  public int port() {
    return server.getLocalPort();
  }

  /** What passed, in order: {@code GET 127.0.0.1:1234} or {@code CONNECT 127.0.0.1:1234}. */
  public List<String> passed() {
    return List.copyOf(passed);
  }

  /** How many requests were answered 407. */
  public int challenges() {
    return challenges.get();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // Closing is all that is wanted.
    }
    sockets.forEach(TestProxy::closeQuietly);
    try {
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void acceptAll() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        sockets.add(client);
        daemon("test-proxy-serve", () -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = new BufferedInputStream(client.getInputStream());
      OutputStream out = client.getOutputStream();
      String[] requestLine = readLine(in).split(" ");
      List<String> headers = readHeaders(in);
      if (expectedAuthorization != null
          && !expectedAuthorization.equals(header(headers, "Proxy-Authorization"))) {
        challenges.incrementAndGet();
        write(out, "HTTP/1.1 407 Proxy Authentication Required\r\n"
            + "Proxy-Authenticate: " + challenge + "\r\nContent-Length: 0\r\n"
            + "Connection: close\r\n\r\n");
        return;
      }
      if (requestLine[0].equals("CONNECT")) {
        tunnel(requestLine[1], in, out);
      } else {
        forward(requestLine[0], URI.create(requestLine[1]), headers, out);
      }
    } catch (IOException e) {
      // The client or the target went away; nothing to report to either.
    } finally {
      sockets.remove(client);
    }
  }

  private void tunnel(String target, InputStream clientIn, OutputStream clientOut)
      throws IOException {
    int colon = target.lastIndexOf(':');
    try (Socket upstream = connectLoopback(target.substring(0, colon),
        Integer.parseInt(target.substring(colon + 1)), clientOut)) {
      if (upstream == null) {
        return;
      }
      passed.add("CONNECT " + target);
      write(clientOut, "HTTP/1.1 200 Connection established\r\n\r\n");
      Thread up = daemon("test-proxy-tunnel", () -> pipe(clientIn, upstream));
      upstream.getInputStream().transferTo(clientOut);
      up.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void forward(String method, URI target, List<String> headers, OutputStream clientOut)
      throws IOException {
    try (Socket upstream = connectLoopback(target.getHost(), target.getPort(), clientOut)) {
      if (upstream == null) {
        return;
      }
      passed.add(method + " " + target.getHost() + ":" + target.getPort());
      StringBuilder request = new StringBuilder(method).append(' ').append(target.getRawPath())
          .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
          .append(" HTTP/1.1\r\n");
      for (String header : headers) {
        String name = header.substring(0, header.indexOf(':')).toLowerCase(Locale.ROOT);
        if (!name.startsWith("proxy-") && !name.equals("connection")) {
          request.append(header).append("\r\n");
        }
      }
      write(upstream.getOutputStream(), request.append("Connection: close\r\n\r\n").toString());
      InputStream upstreamIn = new BufferedInputStream(upstream.getInputStream());
      StringBuilder head = new StringBuilder(readLine(upstreamIn)).append("\r\n");
      for (String header : readHeaders(upstreamIn)) {
        if (!header.toLowerCase(Locale.ROOT).startsWith("connection:")) {
          head.append(header).append("\r\n");
        }
      }
      write(clientOut, head.append("Connection: close\r\n\r\n").toString());
      upstreamIn.transferTo(clientOut);
    }
  }

  /**
   * Null, after answering 403, for a target that is not loopback, decided without DNS: tests
   * never leave the host.
   */
  private Socket connectLoopback(String host, int port, OutputStream clientOut)
      throws IOException {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    boolean loopback = bare.equalsIgnoreCase("localhost")
        || InetAddresses.isInetAddress(bare) && InetAddresses.forString(bare).isLoopbackAddress();
    if (!loopback) {
      write(clientOut, "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      return null;
    }
    Socket upstream = new Socket(bare, port);
    sockets.add(upstream);
    return upstream;
  }

  private static void pipe(InputStream from, Socket to) {
    try {
      from.transferTo(to.getOutputStream());
      to.shutdownOutput();
    } catch (IOException e) {
      closeQuietly(to);
    }
  }

  private static String header(List<String> headers, String name) {
    for (String header : headers) {
      int colon = header.indexOf(':');
      if (header.substring(0, colon).equalsIgnoreCase(name)) {
        return header.substring(colon + 1).strip();
      }
    }
    return null;
  }

  private static List<String> readHeaders(InputStream in) throws IOException {
    List<String> headers = new ArrayList<>();
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      headers.add(line);
    }
    return headers;
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed in the middle of a header");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing is all that is wanted.
    }
  }

  private static Thread daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
