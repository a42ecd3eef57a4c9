package org.groma.journal.log;

import java.util.List;
import java.util.Objects;

/**
 * Verification of Merkle inclusion and consistency proofs as pure functions, following the algorithms of
 * RFC 9162 §2.1.3.2 and §2.1.4.2 step by step.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class ProofVerifier {
  private ProofVerifier() {
  }

  /**
   * Checks that {@code leafHash} is leaf {@code index} of the tree of {@code treeSize} leaves with head
   * {@code root} (RFC 9162 §2.1.3.2).
   *
   * @throws ProofException with the computed and expected root when it does not hold
   */
  public static void verifyInclusion(MerkleHash leafHash, long index, long treeSize, List<MerkleHash> proof,
      MerkleHash root) throws ProofException {
    Objects.requireNonNull(leafHash, "leafHash");
    Objects.requireNonNull(proof, "proof");
    Objects.requireNonNull(root, "root");
    String what = "inclusion proof of leaf " + index + " in tree of size " + treeSize;
    if (index < 0 || index >= treeSize) { // step 1
      throw new ProofException(what + ": leaf index is not below the tree size");
    }
    long fn = index; // step 2
    long sn = treeSize - 1;
    byte[] r = leafHash.internalBytes(); // step 3
    for (MerkleHash p : proof) { // step 4
      if (sn == 0) {
        throw new ProofException(what + ": proof has " + proof.size() + " hashes, more than the path");
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = MerkleHash.nodeBytes(p.internalBytes(), r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = MerkleHash.nodeBytes(r, p.internalBytes());
      }
      fn >>= 1;
      sn >>= 1;
    }
    if (sn != 0) { // step 5
      throw new ProofException(what + ": proof has " + proof.size() + " hashes, fewer than the path");
    }
    MerkleHash computed = MerkleHash.wrap(r);
    if (!computed.equals(root)) {
      throw new ProofException(what + ": computed root " + computed.hex() + ", expected " + root.hex());
    }
  }

  /**
   * Checks that the tree of {@code newSize} leaves with head {@code newRoot} extends the tree of
   * {@code oldSize} leaves with head {@code oldRoot} (RFC 9162 §2.1.4.2). For oldSize = newSize the proof
   * must be empty and the heads equal; for oldSize = 0 the proof must be empty (every tree extends the
   * empty one).
   *
   * @throws ProofException with the computed and expected heads when it does not hold
   */
  public static void verifyConsistency(long oldSize, long newSize, MerkleHash oldRoot, MerkleHash newRoot,
      List<MerkleHash> proof) throws ProofException {
    Objects.requireNonNull(oldRoot, "oldRoot");
    Objects.requireNonNull(newRoot, "newRoot");
    Objects.requireNonNull(proof, "proof");
    String what = "consistency proof from size " + oldSize + " to size " + newSize;
    if (oldSize < 0 || oldSize > newSize) {
      throw new ProofException(what + ": the old size must be between 0 and the new size");
    }
    if (oldSize == newSize) {
      if (!proof.isEmpty()) {
        throw new ProofException(what + ": equal sizes need an empty proof, got " + proof.size() + " hashes");
      }
      if (!oldRoot.equals(newRoot)) {
        throw new ProofException(what + ": equal sizes with different roots " + oldRoot.hex()
            + " and " + newRoot.hex());
      }
      return;
    }
    if (oldSize == 0) {
      if (!proof.isEmpty()) {
        throw new ProofException(what + ": the empty tree needs an empty proof, got " + proof.size()
            + " hashes");
      }
      return;
    }
    if (proof.isEmpty()) { // step 1
      throw new ProofException(what + ": the proof is empty");
    }
    int i = 0;
    byte[] first;
    if (Long.bitCount(oldSize) == 1) { // step 2: prepend the old root
      first = oldRoot.internalBytes();
    } else {
      first = proof.get(i++).internalBytes();
    }
    long fn = oldSize - 1; // step 3
    long sn = newSize - 1;
    while ((fn & 1) == 1) { // step 4
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = first; // step 5
    byte[] sr = first;
    for (; i < proof.size(); i++) { // step 6
      byte[] c = proof.get(i).internalBytes();
      if (sn == 0) {
        throw new ProofException(what + ": proof has " + proof.size() + " hashes, more than needed");
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = MerkleHash.nodeBytes(c, fr);
        sr = MerkleHash.nodeBytes(c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = MerkleHash.nodeBytes(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    if (sn != 0) { // step 7
      throw new ProofException(what + ": proof has " + proof.size() + " hashes, fewer than needed");
    }
    MerkleHash oldComputed = MerkleHash.wrap(fr);
    if (!oldComputed.equals(oldRoot)) {
      throw new ProofException(what + ": computed old root " + oldComputed.hex() + ", expected "
          + oldRoot.hex());
    }
    MerkleHash newComputed = MerkleHash.wrap(sr);
    if (!newComputed.equals(newRoot)) {
      throw new ProofException(what + ": computed new root " + newComputed.hex() + ", expected "
          + newRoot.hex());
    }
  }
}
