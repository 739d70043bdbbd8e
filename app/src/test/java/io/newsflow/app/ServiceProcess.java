package io.newsflow.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A newsflow service (its own {@code main}) running in a separate JVM, to be killed like a real one. */
public final class ServiceProcess implements AutoCloseable {

  private final Process process;

  private ServiceProcess(Process process) {
    this.process = process;
  }

  /** Starts {@code mainClass} on this test's classpath with {@code env}, its output to {@code log}. */
  public static ServiceProcess start(Class<?> mainClass, Map<String, String> env, Path log) throws IOException {
    return start(mainClass, List.of(), env, log);
  }

  /** Starts {@code mainClass} with {@code args}, on this test's classpath with {@code env}. */
  public static ServiceProcess start(Class<?> mainClass, List<String> args, Map<String, String> env, Path log)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    return new ServiceProcess(builder.start());
  }

  /** kill -9: no shutdown hook, no clean close, whatever was in flight is lost. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** The exit code, once it has stopped. */
  public int exitValue() {
    return process.exitValue();
  }

  /** A polite stop (SIGTERM): the service closes its Streams application. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }
}
