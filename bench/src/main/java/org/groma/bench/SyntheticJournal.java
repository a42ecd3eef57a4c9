package org.groma.bench;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.groma.journal.entry.Author;
import org.groma.journal.entry.Entry;
import org.groma.journal.entry.Nanodegrees;
import org.groma.journal.entry.Party;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.json.JsonObject;
import org.groma.journal.sign.SigningKey;
import org.groma.journal.verify.MapKeyDirectory;

/**
 * A seeded synthetic journal: entries by three authors (party A, party B, mediator) with bodies of about
 * 300 bytes (a section name, a four-point line in nanodegrees and a sentence of text).
 */
final class SyntheticJournal {
  static final String ORIGIN = "groma.bench/commission/a-b";

  final SigningKey[] keys = new SigningKey[3];
  final List<byte[]> stored = new ArrayList<>();

  SyntheticJournal(int entries, long seed) {
    for (int i = 0; i < keys.length; i++) {
      Random r = new Random(seed + i);
      keys[i] = SigningKey.generate(new SecureRandom() {
        @Override
        public void nextBytes(byte[] bytes) {
          r.nextBytes(bytes);
        }
      });
    }
    Instant start = Instant.parse("2024-05-15T10:00:00Z");
    org.groma.journal.log.MerkleFrontier frontier = new org.groma.journal.log.MerkleFrontier();
    for (int seq = 0; seq < entries; seq++) {
      int k = seq % 3;
      Party party = k == 0 ? Party.A : k == 1 ? Party.B : Party.MEDIATOR;
      long lon = 45_000_000_000L + seq * 1_000L;
      long lat = 41_000_000_000L + seq * 777L;
      JsonObject body = JsonObject.builder()
          .put("section", "S-" + (seq % 7))
          .put("line", Nanodegrees.line(new long[][] {
            {lon, lat}, {lon + 12_345, lat + 6_789}, {lon + 24_690, lat + 13_578}, {lon + 37_035, lat + 20_367}}))
          .put("note", "Proposal for the section as surveyed on the ground by the joint field team, seq " + seq)
          .build();
      Entry e = Entry.of(ORIGIN, seq, start.plusSeconds(seq * 60L), k == 2 ? "note" : "line-proposed",
          Author.of(party, "Member " + party, keys[k].verifyingKey()), body, frontier.root());
      SignedEntry signed = SignedEntry.sign(e, keys[k]);
      frontier.append(signed.hash());
      stored.add(signed.storedBytes());
    }
  }

  MapKeyDirectory keyDirectory() {
    MapKeyDirectory d = new MapKeyDirectory();
    for (SigningKey k : keys) {
      d.add(k.verifyingKey());
    }
    return d;
  }

  double averageEntryBytes() {
    return stored.stream().mapToInt(b -> b.length).average().orElse(0);
  }
}
