package io.cccjdbc.fetch;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that wait on API calls, shared by every connection of the driver. They are
 * daemons, so an application that forgets to close a connection can still exit, and they
 * die after two seconds idle, so a driver nobody uses holds no thread. How many run at once
 * is bounded per statement, not here.
 */
final class FetchThreads {

  static final ExecutorService EXECUTOR = new ThreadPoolExecutor(
      0, Integer.MAX_VALUE, 2, TimeUnit.SECONDS, new SynchronousQueue<>(),
      new ThreadFactoryBuilder().setNameFormat("ccc-jdbc-fetch-%d").setDaemon(true).build());

  private FetchThreads() {
  }
}
