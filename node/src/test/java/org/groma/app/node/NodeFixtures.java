package org.groma.app.node;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Command;
import org.groma.app.commission.DemoCommission;
import org.groma.app.testing.Seeded;
import org.groma.journal.sign.SigningKey;

/** The demo commission's history run through a real, signed journal, with seeded keys. */
final class NodeFixtures {

  static final String ORIGIN = "groma.test/commission/demo";
  static final List<String> LABELS = List.of("a-chair-1", "b-chair-1", "med-1", "a-expert-1", "b-expert-1",
      "b-expert-2", "operator", "witness-a", "witness-b");

  /** Seeded Ed25519 keys for every label of the demo script (label i from seed·100 + i). */
  static KeyRing keys(long seed) {
    return new KeyRing(LABELS, label -> SigningKey.generate(Seeded.random(seed * 100 + LABELS.indexOf(label))));
  }


  private NodeFixtures() {}


  /** A store at {@code file} holding the whole demo history (17 entries), signed with {@code keys}. */
  static CommissionNode demo(Path file, KeyRing keys) {
    return ScriptedCommission.create(file, ORIGIN, keys);
  }

  /**
   * The demo history under one checkpoint of all 17 entries, signed by the log operator and cosigned by both
   * parties' witnesses (at fixed times); closed, so the file is complete and has no WAL beside it.
   */
  static void cosignedDemo(Path file, KeyRing keys) {
    try (CommissionNode node = demo(file, keys)) {
      node.signCheckpoint(keys.key("operator"));
      node.cosign(DemoCommission.WITNESS_A_NAME, keys.key("witness-a"), clock("2024-07-01T00:00:00Z"));
      node.cosign(DemoCommission.WITNESS_B_NAME, keys.key("witness-b"), clock("2024-07-01T00:00:01Z"));
    }
  }

  static Command command(Actor labelled, KeyRing keys, String time, org.groma.app.commission.CommissionEvent e) {
    return new Command(keys.actor(labelled), Instant.parse(time), e);
  }

  static Clock clock(String iso) {
    return Clock.fixed(Instant.parse(iso), ZoneOffset.UTC);
  }
}
