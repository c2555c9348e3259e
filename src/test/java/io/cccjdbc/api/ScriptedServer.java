package io.cccjdbc.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on 127.0.0.1 that answers each request by the next step of a script, on
 * connections it keeps open: for the timeouts, which need a server that stalls or trickles
 * exactly where a test says.
 */
final class ScriptedServer implements AutoCloseable {

  /** What the server does with one request, given the connection's output. */
  @FunctionalInterface
  interface Step {
    void answer(OutputStream out) throws IOException, InterruptedException;
  }

  static final byte[] BODY = "{\"RequestId\":\"R-1\",\"Code\":\"OK\",\"Data\":{\"Id\":\"ccc-test\"}}"
      .getBytes(StandardCharsets.UTF_8);

  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final BlockingQueue<Step> script = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> requests = new LinkedBlockingQueue<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();

  ScriptedServer() throws IOException {
    server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  Endpoint endpoint() {
    return new Endpoint("http", "127.0.0.1", server.getLocalPort());
  }

  ScriptedServer then(Step step) {
    script.add(step);
    return this;
  }

  /** The request line of the next request the server reads, waiting for it. */
  String nextRequest() throws InterruptedException {
    return requests.take();
  }

  int connections() {
    return connections.get();
  }

  /** The answer of a CCC call that succeeds: headers and body in one go. */
  static void answer(OutputStream out) throws IOException {
    headers(out);
    out.write(BODY);
    out.flush();
  }

  static void headers(OutputStream out) throws IOException {
    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + BODY.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        connections.incrementAndGet();
        threads.execute(() -> serve(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      BufferedReader in = new BufferedReader(
          new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      OutputStream out = socket.getOutputStream();
      String requestLine;
      while ((requestLine = in.readLine()) != null) {
        for (String header = in.readLine(); header != null && !header.isEmpty();
            header = in.readLine()) {
          // a GET has no body: the request ends with its headers
        }
        Step step = script.take();
        requests.add(requestLine);
        step.answer(out);
      }
    } catch (IOException | InterruptedException ended) {
      // the client went away or the server closed: the connection ends
    }
  }

  @Override
  public void close() {
    try {
      server.close();
      for (Socket socket : sockets) {
        socket.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    threads.shutdownNow();
  }
}
