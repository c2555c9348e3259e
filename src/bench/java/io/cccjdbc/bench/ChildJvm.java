package io.cccjdbc.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** A fresh JVM on the self-contained jar, for what must be measured from a cold start. */
final class ChildJvm {

  /**
   * What the child printed, when its marker line came after the process started, and the CPU
   * time the child had used by then (all its threads; -1 where the platform does not tell).
   */
  record Outcome(List<String> lines, double millisToMarker, double cpuMillisToMarker) {
  }

  private ChildJvm() {
  }

  /** One jar per main class, so that a class-data sharing archive matches later runs. */
  private static final Map<Class<?>, Path> MAIN_JARS = new ConcurrentHashMap<>();

  /**
   * The child's main class, with its nested classes, in a jar of its own: class-data sharing
   * archives only classes from jars, and the test classes are a directory.
   */
  private static Path mainsJar(Path testClasses, Class<?> main) throws IOException {
    Path existing = MAIN_JARS.get(main);
    if (existing != null) {
      return existing;
    }
    String name = main.getName().replace('.', '/');
    String packageFolder = name.substring(0, name.lastIndexOf('/') + 1);
    Path folder = testClasses.resolve(packageFolder);
    String simple = main.getSimpleName();
    List<Path> classes;
    try (Stream<Path> files = Files.list(folder)) {
      classes = files.filter(path -> {
        String file = path.getFileName().toString();
        return file.equals(simple + ".class") || file.startsWith(simple + "$");
      }).toList();
    }
    Path jar = Files.createTempFile("ccc-bench-main", ".jar");
    MAIN_JARS.put(main, jar);
    jar.toFile().deleteOnExit();
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Path file : classes) {
        out.putNextEntry(new JarEntry(packageFolder + file.getFileName()));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  static Outcome run(Path jar, Path testClasses, List<String> jvmOptions, Class<?> main,
      String marker, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(jar + File.pathSeparator + mainsJar(testClasses, main));
    command.add(main.getName());
    command.addAll(List.of(args));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    double toMarker = -1;
    double cpuToMarker = -1;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (toMarker < 0 && line.startsWith(marker)) {
          toMarker = (System.nanoTime() - start) / 1e6;
          cpuToMarker = process.info().totalCpuDuration()
              .map(cpu -> cpu.toNanos() / 1e6).orElse(-1.0);
        }
        lines.add(line);
      }
    }
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0 || toMarker < 0) {
      throw new IllegalStateException("child JVM failed: " + command + "\n" + String.join("\n", lines));
    }
    return new Outcome(lines, toMarker, cpuToMarker);
  }
}
