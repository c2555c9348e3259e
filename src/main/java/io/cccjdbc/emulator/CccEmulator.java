package io.cccjdbc.emulator;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local Alibaba Cloud Contact Center endpoint (OpenAPI 2020-07-01) answering the actions
 * registered in {@code Actions} (instances, directory lists, live states, call records and
 * interval reports) from a {@link Dataset}. It checks requests as the real service does, signature,
 * AccessKey, timestamp, nonce, STS token and parameters, and answers with the real status codes
 * and error bodies. It counts what it receives ({@link #counts()}) and can be scripted to
 * misbehave ({@link #inject(FaultRule)}, {@link #setLatency(Duration)}).
 *
 * <pre>{@code
 * try (CccEmulator emulator = CccEmulator.builder().build().start()) {
 *   String url = "jdbc:ccc:endpoint=" + emulator.endpoint() + ";user=" + CccEmulator.DEMO_ACCESS_KEY_ID
 *       + ";password=" + CccEmulator.DEMO_ACCESS_KEY_SECRET;
 * }
 * }</pre>
 */
public final class CccEmulator implements AutoCloseable {
  /** The AccessKey ID of the built-in demo credentials; they are public, like the demo data. */
  public static final String DEMO_ACCESS_KEY_ID = "ccc-jdbc-demo";
  /** The AccessKey secret of the built-in demo credentials. */
  public static final String DEMO_ACCESS_KEY_SECRET = "ccc-jdbc-demo-secret";

  /** Enough handler threads for 64 requests waiting out latency or faults at the same time. */
  static final int WORKER_THREADS = 64;

  private static final Logger LOG = LoggerFactory.getLogger(CccEmulator.class);

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, each
    // answer then waits for the client's delayed ACK, some 40 ms on loopback. The JDK reads
    // this setting once, when its first server starts, so it is set before ours does.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final Settings settings;
  private final RequestCounts counts = new RequestCounts();
  private final FaultScript faults = new FaultScript();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Set<Thread> workerThreads = ConcurrentHashMap.newKeySet();
  private volatile Duration latency;
  private volatile HttpServer server;
  private ExecutorService workers;

  private CccEmulator(Settings settings) {
    this.settings = settings;
    this.latency = settings.latency();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the address and starts answering.
   *
   * @throws IOException if the address cannot be bound
   * @throws IllegalStateException if already started or closed
   */
  public synchronized CccEmulator start() throws IOException {
    if (server != null || closing.getCount() == 0) {
      throw new IllegalStateException("an emulator starts once");
    }
    EmulatorHandler handler = new EmulatorHandler(new GatewayChecks(settings.credentials(), settings.clock()),
        new Actions(settings.dataset(), settings.clock()), counts, faults, () -> latency, closing);
    InetSocketAddress address = new InetSocketAddress(settings.bindAddress(), settings.port());
    HttpServer bound;
    if (settings.tls() == null) {
      bound = HttpServer.create(address, 128);
    } else {
      HttpsServer https = HttpsServer.create(address, 128);
      https.setHttpsConfigurator(new HttpsConfigurator(settings.tls()));
      bound = https;
    }
    bound.createContext("/", handler);
    workers = newWorkers();
    bound.setExecutor(workers);
    startAsDaemon(bound);
    server = bound;
    LOG.info("CCC emulator listening on {} ({}), serving {} instances", endpoint(),
        settings.bindAddress().isLoopbackAddress() ? "loopback only" : "NOT loopback only: reachable from other hosts",
        settings.dataset().size());
    return this;
  }

  /**
   * The JDK server's dispatcher thread takes its daemon status from the thread that starts
   * it; starting it from a daemon thread lets an application using the emulator (a demo
   * connection) exit when its main thread ends.
   */
  private static void startAsDaemon(HttpServer server) {
    Thread starter = new Thread(server::start, "ccc-emulator-starter");
    starter.setDaemon(true);
    starter.start();
    try {
      starter.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.stop(0);
      throw new IllegalStateException("interrupted while starting the emulator", e);
    }
  }

  /** The base URL, such as {@code http://127.0.0.1:40123}, or {@code https://...} when serving TLS. */
  public String endpoint() {
    InetAddress address = settings.bindAddress();
    String host = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    return (settings.tls() == null ? "http://" : "https://") + host + ":" + port();
  }

  public int port() {
    if (server == null) {
      throw new IllegalStateException("the emulator has not been started");
    }
    return server.getAddress().getPort();
  }

  /** The live request counts; see {@link RequestCounts} for what each one counts. */
  public RequestCounts counts() {
    return counts;
  }

  /** Adds a fault rule after those already injected. */
  public void inject(FaultRule rule) {
    faults.add(Objects.requireNonNull(rule));
  }

  /** Removes every fault rule, used up or not. */
  public void clearFaults() {
    faults.clear();
  }

  /** Delays every request from now on by this much before it is answered. */
  public void setLatency(Duration latency) {
    this.latency = requireNotNegative(latency);
  }

  /** Stops answering, drops requests still waiting and ends every thread the emulator started. */
  @Override
  public synchronized void close() {
    if (server == null) {
      closing.countDown();
      return;
    }
    // Stop listening before releasing held requests, so a client retrying a dropped request
    // finds the port closed rather than a last normal answer.
    server.stop(0);
    closing.countDown();
    workers.shutdownNow();
    // Joined rather than awaited: a pool counts as terminated a moment before its last thread ends.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try {
      for (Thread thread : workerThreads) {
        TimeUnit.NANOSECONDS.timedJoin(thread, Math.max(1, deadline - System.nanoTime()));
        if (thread.isAlive()) {
          LOG.warn("CCC emulator handler thread {} did not stop within 10 seconds", thread.getName());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ExecutorService newWorkers() {
    AtomicInteger serial = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKER_THREADS, WORKER_THREADS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), task -> {
          Thread thread = new Thread(task, "ccc-emulator-" + serial.incrementAndGet());
          thread.setDaemon(true);
          workerThreads.removeIf(idle -> !idle.isAlive());
          workerThreads.add(thread);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static Duration requireNotNegative(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("latency cannot be negative: " + duration);
    }
    return duration;
  }

  private record Settings(Dataset dataset, Map<String, Credential> credentials, InetAddress bindAddress,
      int port, Duration latency, Clock clock, SSLContext tls) {}

  /** Settings for an emulator; by default the demo data and credentials on an ephemeral loopback port. */
  public static final class Builder {
    private Dataset dataset;
    private final Map<String, Credential> credentials = new LinkedHashMap<>();
    private InetAddress bindAddress = InetAddress.getLoopbackAddress();
    private boolean allowNonLoopback;
    private int port;
    private Duration latency = Duration.ZERO;
    private Clock clock = Clock.systemUTC();
    private SSLContext tls;

    private Builder() {}

    /** The instances to serve; the demo dataset if not set. */
    public Builder dataset(Dataset dataset) {
      this.dataset = Objects.requireNonNull(dataset);
      return this;
    }

    /** Accepts this AccessKey. Once any credential is given, the demo credentials are no longer accepted. */
    public Builder credential(String accessKeyId, String accessKeySecret) {
      return add(new Credential(accessKeyId, accessKeySecret, null));
    }

    /** Accepts this STS AccessKey, only with this {@code SecurityToken} parameter. */
    public Builder stsCredential(String accessKeyId, String accessKeySecret, String securityToken) {
      return add(new Credential(accessKeyId, accessKeySecret, Objects.requireNonNull(securityToken)));
    }

    /** The address to listen on; 127.0.0.1 by default. Others need {@link #allowNonLoopback()}. */
    public Builder bindAddress(InetAddress address) {
      this.bindAddress = Objects.requireNonNull(address);
      return this;
    }

    /** Permits a bind address other hosts can reach, which exposes the data to them. */
    public Builder allowNonLoopback() {
      this.allowNonLoopback = true;
      return this;
    }

    /** The port; 0, the default, lets the system choose a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("not a TCP port: " + port);
      }
      this.port = port;
      return this;
    }

    /** Delays every request by this much; zero by default. */
    public Builder latency(Duration latency) {
      this.latency = requireNotNegative(latency);
      return this;
    }

    /**
     * Serves HTTPS instead of HTTP, presenting the certificate of this context's key manager; for
     * testing how a client verifies certificates.
     */
    public Builder https(SSLContext context) {
      this.tls = Objects.requireNonNull(context);
      return this;
    }

    /** The clock that timestamps and nonces are judged by, and that tells the service's today. */
    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /**
     * @throws IllegalArgumentException if the bind address is not loopback and that was not allowed
     */
    public CccEmulator build() {
      if (!bindAddress.isLoopbackAddress() && !allowNonLoopback) {
        throw new IllegalArgumentException("refusing to bind " + bindAddress.getHostAddress()
            + ": it is not a loopback address, so other hosts could reach the emulator;"
            + " allow it explicitly if that is intended");
      }
      Map<String, Credential> accepted = credentials.isEmpty()
          ? Map.of(DEMO_ACCESS_KEY_ID, new Credential(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, null))
          : credentials;
      return new CccEmulator(new Settings(dataset != null ? dataset : Dataset.demo(), Map.copyOf(accepted),
          bindAddress, port, latency, clock, tls));
    }

    private Builder add(Credential credential) {
      if (credentials.putIfAbsent(credential.accessKeyId(), credential) != null) {
        throw new IllegalArgumentException("the AccessKey ID " + credential.accessKeyId() + " is already registered");
      }
      return this;
    }
  }
}
