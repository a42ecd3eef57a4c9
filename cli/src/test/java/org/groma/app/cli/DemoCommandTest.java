package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.groma.app.demo.DemoNode;
import org.groma.app.demo.DemoRoster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code groma demo} on a free port: builds, prints the accounts and the address, answers, and reruns. */
class DemoCommandTest {

  private static final Pattern SERVING = Pattern.compile("Serving .* at (http://127\\.0\\.0\\.1:(\\d+)/)");
  /** Generous bound on a cold build in a loaded test JVM; a hang, not speed, is what it catches. */
  private static final long START_TIMEOUT_S = 120;

  @TempDir Path dir;

  /** The command running in a thread of this JVM until it is interrupted. */
  private record Running(Thread thread, StringWriter out, StringWriter err, AtomicInteger exit, String url) {
    String stop() throws InterruptedException {
      thread.interrupt();
      thread.join(TimeUnit.SECONDS.toMillis(START_TIMEOUT_S));
      assertThat(thread.isAlive()).as("the command stops when interrupted").isFalse();
      return out.toString();
    }
  }

  private Running start(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread t = new Thread(() -> {
      CommandLine cmd = Main.commandLine();
      cmd.setOut(new PrintWriter(out, true));
      cmd.setErr(new PrintWriter(err, true));
      exit.set(cmd.execute(args));
    }, "groma-demo-test");
    t.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_S);
    while (System.nanoTime() < deadline && t.isAlive()) {
      Matcher m = SERVING.matcher(out.toString());
      if (m.find()) {
        return new Running(t, out, err, exit, m.group(1));
      }
      Thread.sleep(50);
    }
    t.interrupt();
    throw new AssertionError("groma demo did not start (exit " + exit.get() + "):\n" + out + err);
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void builds_the_demo_serves_it_on_a_free_port_and_reuses_it_on_the_next_run() throws Exception {
    String data = dir.resolve("demo").toString();
    Running first = start("demo", "--data", data, "--port", "0");
    JsonNode state = get(first.url() + "api/state");
    assertThat(state.path("origin").asText()).isEqualTo("groma.demo/demo-am-az");
    assertThat(state.path("state").path("commissionName").asText()).contains(DemoNode.LABEL);
    JsonNode commission = get(first.url() + "api/commission");
    assertThat(commission.path("demo").asBoolean()).as("the web map labels every screen DEMO DATA").isTrue();
    assertThat(commission.path("banner").asText()).startsWith("DEMO DATA");
    long size = state.path("size").asLong();
    String root = state.path("root").asText();
    String out = first.stop();
    assertThat(first.exit().get()).isZero();
    assertThat(out).contains("building the demo commission in " + data)
        .contains("verified " + Path.of(data, "demo.gpkg"))
        .contains(DemoRoster.B_CO_CHAIR.user()).contains(DemoRoster.B_CO_CHAIR.password())
        .contains(DemoNode.PASSPHRASE);
    for (var m : DemoRoster.MEMBERS) {
      assertThat(out).contains(m.user() + " ").contains(m.password());
    }
    assertThat(first.err().toString()).isEmpty();

    Running second = start("demo", "--data", data, "--port", "0");
    JsonNode again = get(second.url() + "api/state");
    assertThat(again.path("size").asLong()).isEqualTo(size);
    assertThat(again.path("root").asText()).isEqualTo(root);
    String out2 = second.stop();
    assertThat(out2).contains("reusing the demo commission in " + data).doesNotContain("building");
  }

  @Test
  void a_port_in_use_is_an_io_error_that_says_so() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      Cli r = Cli.run("demo", "--data", dir.resolve("demo").toString(), "--port",
          String.valueOf(taken.getLocalPort()));
      assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.IO_ERROR.code());
      assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .contains("Choose another port with --port");
    }
  }
}
