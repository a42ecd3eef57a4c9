package org.groma.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.groma.app.commission.Act;
import org.groma.app.commission.EventCodec;
import org.groma.journal.entry.SignedEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event codec writes the journal's JSON value directly: every body of the shipped fixture journal (format
 * 1, signed by an earlier version) decodes and encodes back to the very bytes that were signed.
 */
class StoredBodiesTest {

  @TempDir Path dir;

  @Test
  void every_body_of_the_fixture_journal_encodes_to_its_signed_bytes() throws Exception {
    Path copy = dir.resolve("fixture.gpkg");
    Files.copy(NodeFixtureTest.FIXTURE, copy);
    Set<String> types = new HashSet<>();
    try (CommissionNode node = CommissionNode.open(copy, CommissionNode.Options.full())) {
      assertThat(node.size()).isEqualTo(NodeFixtureTest.SIZE);
      for (long seq = 0; seq < node.size(); seq++) {
        SignedEntry signed = node.entry(seq).orElseThrow();
        Act act = EntryMapping.act(signed);
        assertThat(EventCodec.encode(act.event()).canonicalBytes()).as("seq %d", seq)
            .isEqualTo(signed.entry().body().canonicalBytes());
        types.add(act.event().type());
      }
    }
    assertThat(types).hasSizeGreaterThanOrEqualTo(10);
  }
}
