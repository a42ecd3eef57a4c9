package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.groma.app.BadInputException;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ScriptedCommission;
import org.groma.app.keys.NodeSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

class SyncOptionsTest {

  @TempDir
  Path dir;

  @Test
  void sync_interval_reads_short_and_iso_durations_and_refuses_the_rest() {
    SyncOptions.DurationConverter c = new SyncOptions.DurationConverter();
    assertThat(c.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(c.convert("5s")).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.convert("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(c.convert("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(c.convert("PT30S")).isEqualTo(Duration.ofSeconds(30));
    assertThatThrownBy(() -> c.convert("0s")).isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> c.convert("5 seconds")).isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("is not a duration");
    assertThatThrownBy(() -> c.convert("99999999999s")).isInstanceOf(TypeConversionException.class);
  }

  @Test
  void serve_refuses_a_bad_interval_before_opening_anything() {
    Cli r = Cli.run("serve", "--data", dir.resolve("none.gpkg").toString(), "--sync-interval", "soon");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is not a duration");
  }

  @Test
  void the_operators_node_is_not_given_an_operator_and_peers_are_base_urls() {
    Random seed = new Random(7);
    KeyRing keys = new KeyRing(KeyRing.DEMO_LABELS, new SecureRandom() {
      @Override
      public void nextBytes(byte[] bytes) {
        seed.nextBytes(bytes);
      }
    });
    CommissionNode scripted = ScriptedCommission.create(dir.resolve("demo.gpkg"), "groma.test/demo", keys);
    try (CommissionNode node = scripted) {
      SyncOptions none = new SyncOptions();
      none.interval = Duration.ofSeconds(5);
      assertThat(none.start(node, new NodeSigner(), Clock.systemUTC())).isEmpty();

      SyncOptions onOperator = new SyncOptions();
      onOperator.interval = Duration.ofSeconds(5);
      onOperator.operator = URI.create("http://127.0.0.1:9");
      assertThatThrownBy(() -> onOperator.start(node, new NodeSigner().add(keys.key("operator")), Clock.systemUTC()))
          .isInstanceOf(BadInputException.class).hasMessageContaining("orders its own acts");

      SyncOptions badPeer = new SyncOptions();
      badPeer.interval = Duration.ofSeconds(5);
      badPeer.peers = List.of(URI.create("ftp://example.org/"));
      assertThatThrownBy(() -> badPeer.start(node, new NodeSigner(), Clock.systemUTC()))
          .isInstanceOf(BadInputException.class).hasMessageContaining("--peer ftp://example.org/");
    }
  }
}
