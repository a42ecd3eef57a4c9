package org.groma.journal.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.groma.journal.TestResources;
import org.junit.jupiter.api.Test;

class MerkleLogTest {
  private static final int EXHAUSTIVE_MAX = 64;

  // ---- the RFC 6962 reference tree (transparency-dev/merkle test data) ----

  record Reference(List<byte[]> leaves, List<MerkleHash> roots, List<String[]> inclusions,
      List<String[]> consistencies) {
  }

  static Reference reference() {
    List<byte[]> leaves = new ArrayList<>();
    List<MerkleHash> roots = new ArrayList<>();
    List<String[]> inc = new ArrayList<>();
    List<String[]> con = new ArrayList<>();
    for (String line : TestResources.dataLines("vectors/merkle/rfc6962_reference.txt")) {
      String[] f = line.split(" ");
      switch (f[0]) {
        case "leaf" -> leaves.add(TestResources.hex(f[2]));
        case "root" -> roots.add(MerkleHash.fromHex(f[2]));
        case "inclusion" -> inc.add(f);
        case "consistency" -> con.add(f);
        default -> throw new IllegalStateException(line);
      }
    }
    return new Reference(leaves, roots, inc, con);
  }

  static List<MerkleHash> proof(String field) {
    if (field.equals("-")) {
      return List.of();
    }
    return Arrays.stream(field.split(",")).map(MerkleHash::fromHex).toList();
  }

  static MerkleLog referenceLog() {
    MerkleLog log = new MerkleLog();
    for (byte[] leaf : reference().leaves()) {
      log.append(MerkleHash.leaf(leaf));
    }
    return log;
  }

  @Test
  void reproduces_the_reference_roots_for_sizes_0_to_8() {
    Reference ref = reference();
    MerkleLog log = referenceLog();
    MerkleFrontier frontier = new MerkleFrontier();
    assertThat(frontier.root()).isEqualTo(ref.roots().get(0));
    for (int n = 0; n <= 8; n++) {
      assertThat(log.root(n)).as("size %d", n).isEqualTo(ref.roots().get(n));
      if (n > 0) {
        frontier.append(MerkleHash.leaf(ref.leaves().get(n - 1)));
        assertThat(frontier.root()).as("frontier size %d", n).isEqualTo(ref.roots().get(n));
      }
    }
    assertThat(MerkleHash.EMPTY_ROOT.hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void a_logs_frontier_extends_to_the_same_roots_as_the_log() {
    for (int n = 0; n <= 70; n++) {
      MerkleLog log = new MerkleLog();
      for (int i = 0; i < n; i++) {
        log.append(MerkleHash.leaf(new byte[] {(byte) i}));
      }
      MerkleFrontier f = log.frontier();
      assertThat(f.size()).isEqualTo(n);
      assertThat(f.root()).as("size %d", n).isEqualTo(log.root());
      for (int extra = 0; extra < 5; extra++) {
        MerkleHash leaf = MerkleHash.leaf(new byte[] {(byte) (n + extra), 1});
        f.append(leaf);
        log.append(leaf);
        assertThat(f.root()).as("size %d + %d", n, extra + 1).isEqualTo(log.root());
      }
    }
  }

  @Test
  void produces_and_verifies_the_reference_inclusion_proofs() throws ProofException {
    Reference ref = reference();
    MerkleLog log = referenceLog();
    for (String[] f : ref.inclusions()) {
      long index = Long.parseLong(f[1]);
      long size = Long.parseLong(f[2]);
      List<MerkleHash> expected = proof(f[3]);
      assertThat(log.inclusionProof(index, size)).as("leaf %d size %d", index, size).isEqualTo(expected);
      ProofVerifier.verifyInclusion(MerkleHash.leaf(ref.leaves().get((int) index)), index, size, expected,
          ref.roots().get((int) size));
    }
  }

  @Test
  void produces_and_verifies_the_reference_consistency_proofs() throws ProofException {
    Reference ref = reference();
    MerkleLog log = referenceLog();
    for (String[] f : ref.consistencies()) {
      long m = Long.parseLong(f[1]);
      long n = Long.parseLong(f[2]);
      List<MerkleHash> expected = proof(f[3]);
      assertThat(log.consistencyProof(m, n)).as("%d to %d", m, n).isEqualTo(expected);
      ProofVerifier.verifyConsistency(m, n, ref.roots().get((int) m), ref.roots().get((int) n), expected);
    }
  }

  // ---- naive reference implementation, straight from the recursive definitions of RFC 9162 §2.1 ----

  static MerkleHash mth(List<MerkleHash> d) {
    if (d.isEmpty()) {
      return MerkleHash.EMPTY_ROOT;
    }
    if (d.size() == 1) {
      return d.get(0);
    }
    int k = Integer.highestOneBit(d.size() - 1);
    return MerkleHash.node(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
  }

  static List<MerkleHash> naivePath(int m, List<MerkleHash> d) {
    List<MerkleHash> out = new ArrayList<>();
    if (d.size() <= 1) {
      return out;
    }
    int k = Integer.highestOneBit(d.size() - 1);
    if (m < k) {
      out.addAll(naivePath(m, d.subList(0, k)));
      out.add(mth(d.subList(k, d.size())));
    } else {
      out.addAll(naivePath(m - k, d.subList(k, d.size())));
      out.add(mth(d.subList(0, k)));
    }
    return out;
  }

  static List<MerkleHash> naiveSubproof(int m, List<MerkleHash> d, boolean b) {
    List<MerkleHash> out = new ArrayList<>();
    int n = d.size();
    if (m == n) {
      if (!b) {
        out.add(mth(d));
      }
      return out;
    }
    int k = Integer.highestOneBit(n - 1);
    if (m <= k) {
      out.addAll(naiveSubproof(m, d.subList(0, k), b));
      out.add(mth(d.subList(k, n)));
    } else {
      out.addAll(naiveSubproof(m - k, d.subList(k, n), false));
      out.add(mth(d.subList(0, k)));
    }
    return out;
  }

  static List<MerkleHash> leafHashes(int n) {
    List<MerkleHash> d = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      d.add(MerkleHash.leaf(("entry " + i).getBytes(StandardCharsets.UTF_8)));
    }
    return d;
  }

  @Test
  void agrees_with_the_naive_definition_on_every_inclusion_proof_up_to_64_leaves() throws ProofException {
    List<MerkleHash> d = leafHashes(EXHAUSTIVE_MAX);
    MerkleLog log = new MerkleLog();
    d.forEach(log::append);
    for (int n = 1; n <= EXHAUSTIVE_MAX; n++) {
      MerkleHash root = mth(d.subList(0, n));
      assertThat(log.root(n)).isEqualTo(root);
      for (int i = 0; i < n; i++) {
        List<MerkleHash> p = log.inclusionProof(i, n);
        assertThat(p).as("leaf %d size %d", i, n).isEqualTo(naivePath(i, d.subList(0, n)));
        ProofVerifier.verifyInclusion(d.get(i), i, n, p, root);
      }
    }
  }

  @Test
  void agrees_with_the_naive_definition_on_every_consistency_proof_up_to_64_leaves() throws ProofException {
    List<MerkleHash> d = leafHashes(EXHAUSTIVE_MAX);
    MerkleLog log = new MerkleLog();
    d.forEach(log::append);
    for (int n = 1; n <= EXHAUSTIVE_MAX; n++) {
      for (int m = 1; m <= n; m++) {
        List<MerkleHash> p = log.consistencyProof(m, n);
        List<MerkleHash> expected = m == n ? List.of() : naiveSubproof(m, d.subList(0, n), true);
        assertThat(p).as("%d to %d", m, n).isEqualTo(expected);
        ProofVerifier.verifyConsistency(m, n, log.root(m), log.root(n), p);
      }
    }
  }

  @Test
  void rejects_every_inclusion_proof_with_a_flipped_byte() {
    List<MerkleHash> d = leafHashes(EXHAUSTIVE_MAX);
    MerkleLog log = new MerkleLog();
    d.forEach(log::append);
    for (int n = 1; n <= EXHAUSTIVE_MAX; n++) {
      MerkleHash root = log.root(n);
      for (int i = 0; i < n; i++) {
        List<MerkleHash> p = log.inclusionProof(i, n);
        for (int h = 0; h < p.size(); h++) {
          for (int b = 0; b < MerkleHash.LENGTH; b++) {
            List<MerkleHash> t = flip(p, h, b);
            int leaf = i;
            int size = n;
            assertThatThrownBy(() -> ProofVerifier.verifyInclusion(d.get(leaf), leaf, size, t, root))
                .isInstanceOf(ProofException.class);
          }
        }
        if (n > 1) { // wrong index, truncated and extended proofs
          int leaf = i;
          int size = n;
          assertThatThrownBy(() -> ProofVerifier.verifyInclusion(d.get(leaf), (leaf + 1) % size, size,
              p, root)).isInstanceOf(ProofException.class);
          assertThatThrownBy(() -> ProofVerifier.verifyInclusion(d.get(leaf), leaf, size,
              p.subList(0, p.size() - 1), root)).isInstanceOf(ProofException.class);
          List<MerkleHash> longer = new ArrayList<>(p);
          longer.add(root);
          assertThatThrownBy(() -> ProofVerifier.verifyInclusion(d.get(leaf), leaf, size, longer, root))
              .isInstanceOf(ProofException.class);
        }
      }
    }
  }

  @Test
  void rejects_every_consistency_proof_with_a_flipped_byte() {
    List<MerkleHash> d = leafHashes(EXHAUSTIVE_MAX);
    MerkleLog log = new MerkleLog();
    d.forEach(log::append);
    for (int n = 2; n <= EXHAUSTIVE_MAX; n++) {
      for (int m = 1; m < n; m++) {
        List<MerkleHash> p = log.consistencyProof(m, n);
        MerkleHash oldRoot = log.root(m);
        MerkleHash newRoot = log.root(n);
        int mm = m;
        int nn = n;
        for (int h = 0; h < p.size(); h++) {
          for (int b = 0; b < MerkleHash.LENGTH; b++) {
            List<MerkleHash> t = flip(p, h, b);
            assertThatThrownBy(() -> ProofVerifier.verifyConsistency(mm, nn, oldRoot, newRoot, t))
                .as("%d to %d, hash %d byte %d", m, n, h, b).isInstanceOf(ProofException.class);
          }
        }
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(mm, nn, newRoot, oldRoot, p))
            .isInstanceOf(ProofException.class);
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(mm, nn, oldRoot, newRoot, List.of()))
            .isInstanceOf(ProofException.class);
      }
    }
  }

  @Test
  void errors_give_computed_and_expected_values() {
    MerkleLog log = referenceLog();
    MerkleHash wrongRoot = MerkleHash.leaf(new byte[] {42});
    MerkleHash leaf = log.leafHash(5);
    List<MerkleHash> p = log.inclusionProof(5, 8);
    assertThatThrownBy(() -> ProofVerifier.verifyInclusion(leaf, 5, 8, p, wrongRoot))
        .hasMessage("inclusion proof of leaf 5 in tree of size 8: computed root "
            + "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328, expected "
            + wrongRoot.hex());
    assertThatThrownBy(() -> ProofVerifier.verifyConsistency(6, 8, wrongRoot, log.root(8),
        log.consistencyProof(6, 8)))
        .hasMessage("consistency proof from size 6 to size 8: computed old root "
            + "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef, expected "
            + wrongRoot.hex());
    assertThatThrownBy(() -> ProofVerifier.verifyInclusion(leaf, 8, 8, p, log.root(8)))
        .hasMessageContaining("leaf index is not below the tree size");
  }

  @Test
  void trivial_consistency_cases() {
    MerkleLog log = referenceLog();
    assertThatCode(() -> ProofVerifier.verifyConsistency(0, 8, MerkleHash.EMPTY_ROOT, log.root(8), List.of()))
        .doesNotThrowAnyException();
    assertThatCode(() -> ProofVerifier.verifyConsistency(8, 8, log.root(8), log.root(8), List.of()))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ProofVerifier.verifyConsistency(8, 8, log.root(8), log.root(7), List.of()))
        .hasMessageContaining("different roots");
    assertThatThrownBy(() -> ProofVerifier.verifyConsistency(8, 7, log.root(8), log.root(7), List.of()))
        .hasMessageContaining("between 0 and the new size");
  }

  @Test
  void frontier_and_log_agree_on_random_sizes() {
    Random random = new Random(6962);
    MerkleLog log = new MerkleLog();
    MerkleFrontier frontier = new MerkleFrontier();
    for (int i = 0; i < 5000; i++) {
      byte[] data = new byte[random.nextInt(40)];
      random.nextBytes(data);
      MerkleHash h = MerkleHash.leaf(data);
      log.append(h);
      frontier.append(h);
      if (random.nextInt(50) == 0 || i == 4999) {
        assertThat(frontier.root()).isEqualTo(log.root());
        int m = 1 + random.nextInt((int) log.size());
        assertThatCode(() -> ProofVerifier.verifyConsistency(m, log.size(), log.root(m), log.root(),
            log.consistencyProof(m, log.size()))).doesNotThrowAnyException();
      }
    }
  }

  private static List<MerkleHash> flip(List<MerkleHash> p, int h, int b) {
    List<MerkleHash> t = new ArrayList<>(p);
    byte[] bytes = t.get(h).bytes();
    bytes[b] ^= 0x01;
    t.set(h, MerkleHash.of(bytes));
    return t;
  }
}
