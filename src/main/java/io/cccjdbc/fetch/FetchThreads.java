package io.cccjdbc.fetch;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that wait on API calls, shared by every connection of the driver. They are
 * daemons and die after a minute idle, so an application that forgets to close a
 * connection can still exit. How many run at once is bounded per statement, not here.
 */
final class FetchThreads {

  static final ExecutorService EXECUTOR = new ThreadPoolExecutor(
      0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
      new ThreadFactoryBuilder().setNameFormat("ccc-jdbc-fetch-%d").setDaemon(true).build());

  private FetchThreads() {
  }
}
