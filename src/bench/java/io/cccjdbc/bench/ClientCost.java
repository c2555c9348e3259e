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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;

/**
 * Scenario 5: the same GetInstance calls through our {@code api/} client and through
 * Alibaba Cloud's official {@code aliyun-java-sdk-core} 4.6.4 ({@code CommonRequest}),
 * against one emulator with no latency. What is compared is the CPU time per request of every
 * thread of the process but the emulator's: the callers, and whatever threads a client wakes
 * (OkHttp's task runner and timeout watchdog, the driver's deadline thread, Apache's), so that
 * work moved off the caller's thread still counts. The emulator runs on the same cores and
 * bounds the throughput, so requests per second are given for scale only. The SDK's requests
 * must pass the emulator's signature checks too.
 */
final class ClientCost {

  private static final int WARM_UP = 3000;
  private static final int REQUESTS = 1000;
  private static final int ROUNDS = 16;
  private static final double TARGET = 2.0 / 3;

  /** One GetInstance; returns the HTTP status so that a refused request is noticed. */
  @FunctionalInterface
  private interface Caller {
    int call() throws Exception;
  }

  /** One round of one client: requests per second, CPU and user-mode CPU per request. */
  private record Round(double perSecond, double cpuMicros, double userMicros) {
  }

  private ClientCost() {
  }

  static void run(Report report) throws Exception {
    Set<Long> before = ThreadCpu.liveThreadIds();
    try (BenchEmulator emulator = BenchEmulator.start(Dataset.demo(), Duration.ZERO)) {
      // The JDK server's own threads (dispatcher, timer) are born with the emulator; its
      // workers, started on demand, are named ccc-emulator-N.
      Set<Long> emulatorThreads = ThreadCpu.liveThreadIds();
      emulatorThreads.removeAll(before);
      ThreadCpu threadCpu = new ThreadCpu(thread -> !emulatorThreads.contains(thread.getThreadId())
          && !thread.getThreadName().startsWith("ccc-emulator-"));
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
        measure(threadCpu, ourCall, threads, WARM_UP);
        measure(threadCpu, sdkCall, threads, WARM_UP);
        List<Round> mine = new ArrayList<>();
        List<Round> theirs = new ArrayList<>();
        // Alternating rounds, each client first in every other one; the ratio is the median
        // of each pair's, so that a busy moment of the shared machine falls on both sides.
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
          Round mineNow;
          Round theirsNow;
          if (round % 2 == 0) {
            mineNow = measure(threadCpu, ourCall, threads, REQUESTS);
            theirsNow = measure(threadCpu, sdkCall, threads, REQUESTS);
          } else {
            theirsNow = measure(threadCpu, sdkCall, threads, REQUESTS);
            mineNow = measure(threadCpu, ourCall, threads, REQUESTS);
          }
          mine.add(mineNow);
          theirs.add(theirsNow);
          ratios.add(mineNow.cpuMicros() / theirsNow.cpuMicros());
        }
        double ratio = median(ratios);
        String what = "GetInstance, " + threads + " thread" + (threads > 1 ? "s" : "");
        report.add("5 client cost", what
            + ": CPU per request of all threads but the emulator's (of it user mode), ours / SDK",
            String.format(Locale.ROOT, "%.0f µs (%.0f) / %.0f µs (%.0f) = %.2f×",
                median(mine, Round::cpuMicros), median(mine, Round::userMicros),
                median(theirs, Round::cpuMicros), median(theirs, Round::userMicros), ratio),
            "≤ 0.67×", ratio <= TARGET);
        report.add("5 client cost", what + ": requests/s, ours / SDK (the emulator bounds both)",
            String.format(Locale.ROOT, "%.0f / %.0f", median(mine, Round::perSecond),
                median(theirs, Round::perSecond)));
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

  private static Round measure(ThreadCpu threadCpu, Caller caller, int threads, int requests)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      ThreadCpu.Sample start = threadCpu.sample();
      long started = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = 0; i < requests / threads; i++) {
            int status = caller.call();
            if (status != 200) {
              throw new IllegalStateException("HTTP " + status);
            }
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      // Sampled while the callers are still alive: a thread's time is gone once it ends.
      ThreadCpu.Sample spent = threadCpu.sample().minus(start);
      return new Round(requests / seconds, spent.cpuNanos() / 1e3 / requests,
          spent.userNanos() / 1e3 / requests);
    } finally {
      pool.shutdown();
    }
  }

  private static double median(List<Round> rounds, ToDoubleFunction<Round> measure) {
    return median(rounds.stream().map(measure::applyAsDouble).toList());
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }
}
