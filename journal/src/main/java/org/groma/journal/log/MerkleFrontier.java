package org.groma.journal.log;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a Merkle tree (a "compact range"): the roots of the perfect subtrees that make up the
 * tree, at most one per level, from which the tree head follows. Appending is amortised O(1) hashes and
 * the memory is O(log n), so a verifier can stream a journal of any length in constant memory.
 *
 * <h2>Algorithm</h2>
 * The tree of size n is the concatenation of perfect subtrees whose sizes are the set bits
 * of n, largest first (RFC 9162 §2.1.1's split at the largest power of two). Appending a leaf merges equal
 * subtrees like a binary counter; the head folds the subtrees from the right.
 *
 * <h2>Thread safety</h2>
 * Not thread-safe.
 */
public final class MerkleFrontier {
  /** Subtree roots, largest (leftmost) first; entry i covers 2^(levels[i]) leaves. */
  private final List<byte[]> roots = new ArrayList<>();
  private final List<Integer> levels = new ArrayList<>();
  private long size;

  public long size() {
    return size;
  }

  /** For {@link MerkleLog#frontier()}: one perfect subtree, appended right of those already added. */
  void addSubtree(byte[] root, int level) {
    roots.add(root);
    levels.add(level);
  }

  void setSize(long size) {
    this.size = size;
  }

  public void append(MerkleHash leafHash) {
    byte[] h = leafHash.internalBytes();
    int level = 0;
    while (!levels.isEmpty() && levels.getLast() == level) {
      h = MerkleHash.nodeBytes(roots.removeLast(), h);
      levels.removeLast();
      level++;
    }
    roots.add(h);
    levels.add(level);
    size++;
  }

  /** The tree head of the leaves appended so far (RFC 9162 §2.1.1). */
  public MerkleHash root() {
    if (roots.isEmpty()) {
      return MerkleHash.EMPTY_ROOT;
    }
    byte[] h = roots.getLast();
    for (int i = roots.size() - 2; i >= 0; i--) {
      h = MerkleHash.nodeBytes(roots.get(i), h);
    }
    return MerkleHash.wrap(h);
  }
}
