package org.groma.journal;

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
import org.groma.journal.log.MerkleFrontier;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.sign.SigningKey;

/** Builds seeded synthetic journals for tests. */
public final class TestJournal {
  public static final String ORIGIN = "groma.test/commission/a-b";
  public static final Instant START = Instant.parse("2024-05-15T10:00:00.000Z");

  public final SigningKey expertA;
  public final SigningKey expertB;
  public final SigningKey mediator;
  public final List<SignedEntry> entries = new ArrayList<>();
  private final MerkleFrontier frontier = new MerkleFrontier();

  public TestJournal(long seed) {
    expertA = SigningKey.generate(seeded(seed));
    expertB = SigningKey.generate(seeded(seed + 1));
    mediator = SigningKey.generate(seeded(seed + 2));
  }

  public static SecureRandom seeded(long seed) {
    Random r = new Random(seed);
    return new SecureRandom() {
      @Override
      public void nextBytes(byte[] bytes) {
        r.nextBytes(bytes);
      }
    };
  }

  /** Appends n line-proposed / note entries with bodies of about 300 bytes. */
  public TestJournal append(int n) {
    for (int i = 0; i < n; i++) {
      long seq = entries.size();
      SigningKey key = switch ((int) (seq % 3)) {
        case 0 -> expertA;
        case 1 -> expertB;
        default -> mediator;
      };
      Party party = seq % 3 == 0 ? Party.A : seq % 3 == 1 ? Party.B : Party.MEDIATOR;
      String member = party == Party.MEDIATOR ? "Mediator One" : "Expert " + party;
      long lon = 45_000_000_000L + seq * 1_000;
      long lat = 41_000_000_000L + seq * 777;
      JsonObject body = JsonObject.builder()
          .put("section", "S-" + (seq % 7))
          .put("line", Nanodegrees.line(new long[][] {
            {lon, lat}, {lon + 12_345, lat + 6_789}, {lon + 24_690, lat + 13_578}, {lon + 37_035, lat + 20_367}}))
          .put("note", "Proposal for the section as surveyed on the ground, seq " + seq)
          .build();
      Entry e = Entry.of(ORIGIN, seq, START.plusSeconds(seq * 60), seq % 3 == 2 ? "note" : "line-proposed",
          Author.of(party, member, key.verifyingKey()), body, frontier.root());
      SignedEntry signed = SignedEntry.sign(e, key);
      entries.add(signed);
      frontier.append(signed.hash());
    }
    return this;
  }

  /** The Merkle root of the first {@code size} entries (what an entry at seq {@code size} commits to). */
  public MerkleHash root(int size) {
    MerkleFrontier f = new MerkleFrontier();
    entries.subList(0, size).forEach(e -> f.append(e.hash()));
    return f.root();
  }

  public List<byte[]> stored() {
    return entries.stream().map(SignedEntry::storedBytes).toList();
  }
}
