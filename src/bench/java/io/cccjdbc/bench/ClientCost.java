package io.cccjdbc.bench;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import io.cccjdbc.api.ApiRequest;
import io.cccjdbc.api.CccActions;
import io.cccjdbc.api.CccClient;
import io.cccjdbc.api.ClientOptions;
import io.cccjdbc.api.Credentials;
import io.cccjdbc.api.Endpoint;
import io.cccjdbc.api.HttpClients;
import io.cccjdbc.emulator.Dataset;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 5: the same GetInstance calls through our {@code api/} client and through
 * Alibaba Cloud's official {@code aliyun-java-sdk-core} 4.6.4 ({@code CommonRequest}),
 * against one emulator with no latency: throughput and the callers' CPU time per request.
 * The SDK's requests must pass the emulator's signature checks too.
 */
final class ClientCost {

  private static final int WARM_UP = 2000;
  private static final int REQUESTS = 4000;
  private static final int ROUNDS = 3;

  /** One GetInstance; returns the HTTP status so that a refused request is noticed. */
  @FunctionalInterface
  private interface Caller {
    int call() throws Exception;
  }

  private record Throughput(double perSecond, double cpuMicrosPerRequest) {
  }

  private ClientCost() {
  }

  static void run(Report report) throws Exception {
    try (BenchEmulator emulator = BenchEmulator.start(Dataset.demo(), Duration.ZERO)) {
      CccClient ours = new CccClient(
          HttpClients.withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30)),
          Endpoint.parse(emulator.emulator.endpoint()),
          new Credentials(emulator.accessKeyId, BenchEmulator.SECRET, null),
          ClientOptions.of("bench"));
      IAcsClient sdk = sdkClient(emulator);
      String domain = "127.0.0.1:" + emulator.emulator.port();
      ApiRequest request = ApiRequest.of(CccActions.GET_INSTANCE, Map.of("InstanceId", "ccc-test"));
      Caller ourCall = () -> ours.call(request).execute().items().get(0).string("Id") != null
          ? 200 : 500;
      Caller sdkCall = () -> sdkCall(sdk, domain);
      for (int threads : new int[] {1, 8}) {
        measure(ourCall, threads, WARM_UP);
        measure(sdkCall, threads, WARM_UP);
        Throughput mine = null;
        Throughput theirs = null;
        // Alternating rounds, best of each, so neither client gains from running second.
        for (int round = 0; round < ROUNDS; round++) {
          mine = best(mine, measure(ourCall, threads, REQUESTS));
          theirs = best(theirs, measure(sdkCall, threads, REQUESTS));
        }
        String what = "GetInstance, " + threads + " thread" + (threads > 1 ? "s" : "");
        report.add("5 client cost", what + ": ccc-jdbc api/ requests/s", rate(mine.perSecond()));
        report.add("5 client cost", what + ": aliyun-java-sdk-core requests/s",
            rate(theirs.perSecond()));
        report.add("5 client cost", what + ": throughput ratio ours/SDK",
            String.format(Locale.ROOT, "%.2f×", mine.perSecond() / theirs.perSecond()), "≥ 1.5×",
            mine.perSecond() >= 1.5 * theirs.perSecond());
        report.add("5 client cost", what + ": caller CPU per request, ours / SDK",
            String.format(Locale.ROOT, "%.0f µs / %.0f µs", mine.cpuMicrosPerRequest(),
                theirs.cpuMicrosPerRequest()));
      }
    }
  }

  private static IAcsClient sdkClient(BenchEmulator emulator) {
    DefaultProfile profile = DefaultProfile.getProfile("cn-shanghai", emulator.accessKeyId,
        BenchEmulator.SECRET);
    HttpClientConfig config = HttpClientConfig.getDefault();
    config.setProtocolType(ProtocolType.HTTP);
    config.setMaxRequests(64);
    config.setMaxRequestsPerHost(64);
    profile.setHttpClientConfig(config);
    return new DefaultAcsClient(profile);
  }

  private static int sdkCall(IAcsClient sdk, String domain) throws Exception {
    CommonRequest request = new CommonRequest();
    request.setSysDomain(domain);
    request.setSysProtocol(ProtocolType.HTTP);
    request.setSysMethod(MethodType.GET);
    request.setSysProduct("CCC");
    request.setSysVersion("2020-07-01");
    request.setSysAction("GetInstance");
    request.putQueryParameter("InstanceId", "ccc-test");
    CommonResponse response = sdk.getCommonResponse(request);
    if (!response.getData().contains("\"ccc-test\"")) {
      throw new IllegalStateException("the SDK's request was not answered: " + response.getData());
    }
    return response.getHttpStatus();
  }

  private static Throughput measure(Caller caller, int threads, int requests) throws Exception {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    AtomicLong cpuNanos = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          long cpuStart = cpu.getCurrentThreadCpuTime();
          for (int i = 0; i < requests / threads; i++) {
            int status = caller.call();
            if (status != 200) {
              throw new IllegalStateException("HTTP " + status);
            }
          }
          cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Throughput(requests / seconds, cpuNanos.get() / 1e3 / requests);
    } finally {
      pool.shutdown();
    }
  }

  private static Throughput best(Throughput current, Throughput candidate) {
    return current == null || candidate.perSecond() > current.perSecond() ? candidate : current;
  }

  private static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%.0f", perSecond);
  }
}
