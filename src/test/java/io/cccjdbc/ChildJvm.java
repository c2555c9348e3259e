package io.cccjdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code java} in a new process with the tests' class path, as a user's program runs. */
public final class ChildJvm {

  /** How a finished child ended; {@code timedOut} if it had to be killed. */
  public record Result(boolean timedOut, int exitCode, String output) {
  }

  private ChildJvm() {
  }

  /** Runs {@code java -cp <test class path> args...}, killing it after {@code limit}. */
  public static Result run(Duration limit, String... args) {
    return runWithClassPath(limit, System.getProperty("java.class.path"), args);
  }

  /** Runs {@code java -cp <classPath> args...}, killing it after {@code limit}. */
  public static Result runWithClassPath(Duration limit, String classPath, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath);
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[][] output = new byte[1][];
      Thread reader = new Thread(() -> {
        try {
          output[0] = process.getInputStream().readAllBytes();
        } catch (IOException e) {
          output[0] = new byte[0];
        }
      });
      reader.start();
      boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.destroyForcibly().waitFor();
      }
      reader.join();
      return new Result(!finished, finished ? process.exitValue() : -1,
          new String(output[0], StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
