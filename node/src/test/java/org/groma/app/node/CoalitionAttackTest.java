package org.groma.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.DemoCommission;
import org.groma.app.store.CommissionStore;
import org.groma.app.store.StoredEntry;
import org.groma.journal.entry.Entry;
import org.groma.journal.entry.EntryCodec;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.json.JsonCanonicalizer;
import org.groma.journal.json.JsonObject;
import org.groma.journal.json.JsonParser;
import org.groma.journal.log.MerkleFrontier;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.Cosignature;
import org.groma.journal.note.NoteKeyType;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.sign.SigningKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust model under attack: every single key and every coalition of the commission's key holders tries
 * to move the agreed line of decision D-1 (proposal B-S1, in force since entry 14), to strip an endorsement,
 * or to rewrite a proposal under the genuine endorsements, on a store whose checkpoint of all 17 entries both
 * witnesses cosigned and both parties kept.
 *
 * <p>Key holders: party A (its co-chair, its expert, its witness), party B (its co-chair, its experts, its
 * witness), the mediator (its member) and the log operator. The forger is as clever as the format allows:
 * it re-signs every entry it holds the key of, rewrites the hashes later entries quote, cuts the journal
 * where it lacks a key, and signs and cosigns a new checkpoint with whatever checkpoint keys it holds.
 *
 * <p>What must hold: against a checkpoint either party kept, no forgery verifies; without one, a forgery
 * that verifies never shows a moved line in force unless both co-chairs signed it, nor final unless both
 * witnesses cosigned it. The outcomes are printed as the table in docs/security.md.
 */
class CoalitionAttackTest {

  static final KeyRing KEYS = NodeFixtures.keys(7);
  /** A lat shift of 0.01° (about 1.1 km) on B-S1's middle turning point. */
  static final long MOVE_NANODEG = 10_000_000;

  @TempDir static Path dir;
  static Path pristine;
  static List<SignedEntry> entries;
  static SignedNote kept;
  static int proposalSeq;
  static final Map<String, String> LABEL_BY_KEY_ID = new LinkedHashMap<>();
  static final Map<String, int[]> TALLY = new LinkedHashMap<>();

  @BeforeAll
  static void cosignedDemo() {
    pristine = dir.resolve("pristine.gpkg");
    NodeFixtures.cosignedDemo(pristine, KEYS);
    KEYS.byLabel().forEach((label, key) -> LABEL_BY_KEY_ID.put(key.keyId(), label));
    try (CommissionStore store = CommissionStore.open(pristine)) {
      try (Stream<StoredEntry> s = store.entries(0, store.size())) {
        entries = s.map(e -> EntryCodec.decode(e.entry())).toList();
      }
    }
    try (CommissionNode node = CommissionNode.open(pristine, CommissionNode.Options.full())) {
      kept = node.latestCheckpoint().orElseThrow();
      proposalSeq = (int) node.state().proposal("B-S1").orElseThrow().seq();
      assertThat(node.state().decision("D-1").orElseThrow().inForceSeq()).isEqualTo(14L);
    }
    VerifyReport honest = CommissionNode.audit(pristine, n -> {}, Optional.of(kept), Optional.empty());
    assertThat(honest.result().ok()).isTrue();
    assertThat(honest.decisions().get(0).isFinal()).isTrue();
  }

  record Coalition(String name, Set<String> labels) {
    boolean holds(String label) {
      return labels.contains(label);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("A", List.of("a-chair-1", "a-expert-1", "witness-a"));
    GROUPS.put("B", List.of("b-chair-1", "b-expert-1", "b-expert-2", "witness-b"));
    GROUPS.put("M", List.of("med-1"));
    GROUPS.put("OP", List.of("operator"));
  }

  static Stream<Arguments> coalitions() {
    List<Coalition> out = new ArrayList<>();
    for (String label : NodeFixtures.LABELS) {
      out.add(new Coalition("key " + label, Set.of(label)));
    }
    List<String> names = new ArrayList<>(GROUPS.keySet());
    for (int mask = 1; mask < 1 << names.size(); mask++) {
      Set<String> labels = new LinkedHashSet<>();
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        if ((mask & 1 << i) != 0) {
          parts.add(names.get(i));
          labels.addAll(GROUPS.get(names.get(i)));
        }
      }
      out.add(new Coalition(String.join("+", parts), labels));
    }
    Set<String> membersOnly = new LinkedHashSet<>(NodeFixtures.LABELS);
    membersOnly.removeAll(List.of("witness-a", "witness-b"));
    out.add(new Coalition("every member and the operator, no witness", membersOnly));
    Set<String> oneWitness = new LinkedHashSet<>(membersOnly);
    oneWitness.add("witness-b");
    out.add(new Coalition("every member, the operator and B's witness", oneWitness));
    return out.stream().map(Arguments::of);
  }

  /** The three attack classes each coalition tries. */
  enum Attack {
    /** Re-sign B-S1 with a moved line and keep every later entry byte for byte (the attack of issue 10). */
    REWRITE_UNDER_ENDORSEMENTS,
    /** Re-sign B-S1 with a moved line, re-sign what the coalition can after it, cut where it cannot. */
    MOVE_AND_RESIGN,
    /** Cut the journal before party B's endorsement (the decision no longer in force). */
    STRIP_ENDORSEMENT
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coalitions")
  void no_coalition_short_of_both_parties_moves_an_agreed_line_or_hides_it_from_a_kept_checkpoint(
      Coalition c) throws Exception {
    for (Attack attack : Attack.values()) {
      Optional<List<SignedEntry>> forged = forge(c, attack);
      if (forged.isEmpty()) {
        tally(attack, "impossible");
        continue;
      }
      Path file = dir.resolve(c.name().replaceAll("[^A-Za-z0-9+-]", "_") + "-" + attack + ".gpkg");
      write(file, forged.get(), c);

      VerifyReport withKept = CommissionNode.audit(file, n -> {}, Optional.of(kept), Optional.empty());
      assertThat(withKept.result().ok()).as("%s, %s, against the kept checkpoint", c, attack).isFalse();

      VerifyReport alone = CommissionNode.audit(file, n -> {}, Optional.empty(), Optional.empty());
      boolean movedInForce = false;
      boolean finalD1 = false;
      if (alone.result().ok()) {
        try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
          CommissionState s = node.state();
          var d1 = s.decision("D-1");
          movedInForce = d1.isPresent() && d1.get().inForce()
              && !s.geometryHash(d1.get()).equals(originalGeometry());
        }
        finalD1 = alone.decisions().stream().anyMatch(d -> d.id().equals("D-1") && d.isFinal());
      }
      if (movedInForce) {
        assertThat(c.holds("a-chair-1") && c.holds("b-chair-1")).as("%s moved D-1's line in force", c).isTrue();
      }
      if (finalD1 && !entries.equals(forged.get())) {
        assertThat(c.holds("witness-a") && c.holds("witness-b")).as("%s made a forged D-1 final", c).isTrue();
      }
      tally(attack, !alone.result().ok() ? "refused by verify alone"
          : movedInForce && finalD1 ? "MOVED AND FINAL"
          : movedInForce ? "verifies, moved line in force, not final; kept checkpoint refuses"
          : "verifies as a shorter or different history, nothing moved final; kept checkpoint refuses");
    }
  }

  private static String originalGeometry() {
    try (CommissionNode node = CommissionNode.open(pristine, CommissionNode.Options.full())) {
      return node.state().geometryHash(node.state().decision("D-1").orElseThrow());
    }
  }

  /** The forger's best journal for {@code attack}, or empty when the coalition cannot even begin it. */
  private static Optional<List<SignedEntry>> forge(Coalition c, Attack attack) {
    int start = attack == Attack.STRIP_ENDORSEMENT ? 14 : proposalSeq;
    if (attack != Attack.STRIP_ENDORSEMENT && !c.holds(labelOf(entries.get(start)))) {
      return Optional.empty();
    }
    List<SignedEntry> out = new ArrayList<>(entries.subList(0, start));
    if (attack == Attack.STRIP_ENDORSEMENT) {
      return Optional.of(out);
    }
    Map<String, String> replaced = new LinkedHashMap<>();
    MerkleFrontier f = new MerkleFrontier();
    out.forEach(e -> f.append(e.hash()));
    for (int seq = start; seq < entries.size(); seq++) {
      SignedEntry original = entries.get(seq);
      String label = labelOf(original);
      if (seq > start && attack == Attack.REWRITE_UNDER_ENDORSEMENTS) {
        out.add(original);
        f.append(original.hash());
        continue;
      }
      if (!c.holds(label)) {
        break;
      }
      String body = JsonCanonicalizer.canonicalString(original.entry().body());
      if (seq == start) {
        body = moveMiddlePoint(body);
        replaced.put(geometryOf(original.entry().body()), geometryOf(parse(body)));
      }
      for (Map.Entry<String, String> r : replaced.entrySet()) {
        body = body.replace(r.getKey(), r.getValue());
      }
      Entry e = original.entry();
      SignedEntry forged = SignedEntry.sign(Entry.of(e.origin(), e.seq(), e.time(), e.type(), e.author(),
          parse(body), f.root()), KEYS.key(label));
      replaced.put(original.hash().hex(), forged.hash().hex());
      out.add(forged);
      f.append(forged.hash());
    }
    return Optional.of(out);
  }

  private static String geometryOf(JsonObject proposalBody) {
    var p = (org.groma.app.commission.CommissionEvent.LineProposed) org.groma.app.commission.EventCodec.decode(
        "line-proposed", toJackson(proposalBody));
    return p.geometryHash();
  }

  private static com.fasterxml.jackson.databind.JsonNode toJackson(JsonObject o) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(JsonCanonicalizer.canonicalString(o));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String moveMiddlePoint(String body) {
    int line = body.indexOf("\"line\":[[");
    int second = body.indexOf("],[", line) + 3;
    int comma = body.indexOf(',', second);
    int end = body.indexOf(']', comma);
    long lat = Long.parseLong(body.substring(comma + 1, end));
    return body.substring(0, comma + 1) + (lat + MOVE_NANODEG) + body.substring(end);
  }

  private static JsonObject parse(String json) {
    return (JsonObject) JsonParser.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String labelOf(SignedEntry e) {
    return LABEL_BY_KEY_ID.get(e.entry().author().keyId());
  }

  /** Stores the forged journal, with a checkpoint of it if the coalition holds the operator's key. */
  private static void write(Path file, List<SignedEntry> forged, Coalition c) {
    try (CommissionStore store = CommissionStore.create(file, NodeFixtures.ORIGIN)) {
      for (int i = 0; i < forged.size(); i++) {
        SignedEntry e = forged.get(i);
        store.append(e.storedBytes(), e.hash().bytes(), i);
      }
      if (!c.holds("operator")) {
        return;
      }
      MerkleFrontier f = new MerkleFrontier();
      forged.forEach(e -> f.append(e.hash()));
      Checkpoint cp = new Checkpoint(NodeFixtures.ORIGIN, forged.size(), f.root());
      var stored = store.appendCheckpoint(forged.size(), cp.sign(DemoCommission.OPERATOR_NAME,
          KEYS.key("operator")).format());
      cosign(store, stored.seq(), cp, c, "witness-a", DemoCommission.WITNESS_A_NAME);
      cosign(store, stored.seq(), cp, c, "witness-b", DemoCommission.WITNESS_B_NAME);
    }
  }

  private static void cosign(CommissionStore store, long checkpointSeq, Checkpoint cp, Coalition c, String label,
      String name) {
    if (c.holds(label)) {
      SigningKey key = KEYS.key(label);
      NoteVerifierKey vk = new NoteVerifierKey(name, NoteKeyType.COSIGNATURE_V1, key.verifyingKey());
      store.appendCosignature(checkpointSeq, name,
          Cosignature.sign(cp, name, key, 1_719_792_000L).toNoteSignature(vk).line());
    }
  }

  private static synchronized void tally(Attack attack, String outcome) {
    TALLY.computeIfAbsent(attack + " | " + outcome, k -> new int[1])[0]++;
  }

  @AfterAll
  static void printTable() {
    System.out.println("attack | outcome | coalitions");
    TALLY.forEach((k, v) -> System.out.println(k + " | " + v[0]));
    System.out.println("kept checkpoint: every forgery refused; hex of the kept root "
        + HexFormat.of().formatHex(Checkpoint.parseBody(kept.text()).rootHash().bytes()));
  }
}
