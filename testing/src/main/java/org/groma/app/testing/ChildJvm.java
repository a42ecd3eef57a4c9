package org.groma.app.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A child JVM on the test class path for crash tests: it prints {@code READY ...} once it is working and
 * {@code ACK <value>} for each acknowledged write; {@link #kill} ends it with SIGKILL
 * ({@code destroyForcibly}) and waits until every line it printed has been read.
 */
public final class ChildJvm {

  private final Process process;
  private final Thread reader;
  private final CountDownLatch ready = new CountDownLatch(1);
  private final List<String> unexpected = new ArrayList<>();

  private ChildJvm(Process process, Consumer<String> onAck) {
    this.process = process;
    this.reader = Thread.ofPlatform().start(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.startsWith("ACK ")) {
            onAck.accept(line.substring(4));
          } else if (line.startsWith("READY ")) {
            ready.countDown();
          } else {
            unexpected.add(line);
          }
        }
      } catch (IOException e) {
        // The pipe closes when the child is killed; everything read before counts.
      }
    });
  }

  /** Starts {@code main} with {@code args} in a small JVM (128 MB heap, C1 only, for a quick start). */
  public static ChildJvm start(Class<?> main, List<String> args, Consumer<String> onAck) throws IOException {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), main.getName()));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    return new ChildJvm(process, onAck);
  }

  /** Waits until the child printed READY. */
  public boolean awaitReady(long seconds) throws InterruptedException {
    return ready.await(seconds, TimeUnit.SECONDS);
  }

  public boolean isReady() {
    return ready.getCount() == 0;
  }

  /** SIGKILL; returns once the child is gone and its output read. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the child JVM did not end within 30 s of SIGKILL");
    }
    reader.join();
  }

  /** Lines that were neither READY nor ACK (a stack trace on stdout, say). */
  public List<String> unexpected() {
    return unexpected;
  }
}
